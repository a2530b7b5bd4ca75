import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ACCOUNT_TYPE_ICONS } from '../../app/account-types.ts';
import type { AccountType, MemberRole } from '../../app/api/types.ts';

/**
 * First-run guidance per account type. The type-specific modules do not exist yet, so the actions
 * point at what already helps: a complete organisation profile (used by matching) and the team.
 */
export function EmptyState({ accountType, role }: { accountType: AccountType; role: MemberRole }) {
  const { t } = useTranslation();
  const Icon = ACCOUNT_TYPE_ICONS[accountType];
  const canEdit = role === 'owner' || role === 'admin';
  return (
    <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md" bg="violet.0" data-testid="dashboard-empty">
      <Stack gap="sm" align="flex-start">
        <ThemeIcon size={48} radius="xl" color="violet" aria-hidden>
          <Icon size={28} />
        </ThemeIcon>
        <Title order={2} size="h3">
          {t(`dashboard.empty.${accountType}.title`)}
        </Title>
        <Text>{t(`dashboard.empty.${accountType}.body`)}</Text>
        <Group gap="sm">
          <Button component={Link} to="/app/settings/organisation" data-testid="empty-cta">
            {canEdit ? t('dashboard.empty.completeProfile') : t('dashboard.empty.viewProfile')}
          </Button>
          {canEdit && (
            <Button component={Link} to="/app/settings/members" variant="outline">
              {t('dashboard.empty.inviteTeam')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
