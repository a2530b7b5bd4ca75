import { Badge, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../api/types.ts';
import { sessionStore } from '../auth/session-store.ts';

interface OrgSwitcherProps {
  organisations: Membership[];
  current: Membership;
}

/** A select when the user belongs to several organisations, otherwise just the organisation's name. */
export function OrgSwitcher({ organisations, current }: OrgSwitcherProps) {
  const { t } = useTranslation();
  if (organisations.length < 2) {
    return (
      <Stack gap={4} data-testid="current-organisation">
        <Text fw={600} size="sm" lineClamp={2}>
          {current.name}
        </Text>
        <Badge variant="light" color="violet" size="sm">
          {t(`accountTypes.${current.accountType}.title`)}
        </Badge>
      </Stack>
    );
  }
  return (
    <NativeSelect
      label={t('org.switcherLabel')}
      data-testid="org-switcher"
      value={current.id}
      onChange={(event) => sessionStore.selectOrganisation(event.currentTarget.value)}
      data={organisations.map((o) => ({
        value: o.id,
        label: `${o.name} — ${t(`accountTypes.${o.accountType}.title`)}`,
      }))}
    />
  );
}
