import { Group, Radio, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_TYPE_ICONS } from '../../app/account-types.ts';
import { PUBLIC_ACCOUNT_TYPES, type PublicAccountType } from '../../app/api/types.ts';

interface AccountTypePickerProps {
  value: PublicAccountType | '';
  onChange: (value: PublicAccountType) => void;
  error?: ReactNode;
}

function isPublicAccountType(value: string): value is PublicAccountType {
  return (PUBLIC_ACCOUNT_TYPES as readonly string[]).includes(value);
}

/** The ten account types open at sign-up, as radio cards (arrow keys move between them). */
export function AccountTypePicker({ value, onChange, error }: AccountTypePickerProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      name="accountType"
      label={t('auth.signup.accountTypeLabel')}
      description={t('auth.signup.accountTypeHelp')}
      value={value}
      onChange={(next) => {
        if (isPublicAccountType(next)) onChange(next);
      }}
      error={error}
      required
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt="xs">
        {PUBLIC_ACCOUNT_TYPES.map((type) => {
          const Icon = ACCOUNT_TYPE_ICONS[type];
          return (
            <Radio.Card key={type} value={type} p="sm" radius="md" data-testid={`account-type-${type}`}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={4} />
                <ThemeIcon variant="light" color="violet" size="lg" radius="md" aria-hidden>
                  <Icon size={22} />
                </ThemeIcon>
                <Stack gap={2}>
                  <Text fw={600}>{t(`accountTypes.${type}.title`)}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`accountTypes.${type}.description`)}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
