import { Badge, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { membersQueryKey, settingsApi } from './api.ts';
import { InviteMemberForm } from './InviteMemberForm.tsx';

export function MembersSettings() {
  const { t } = useTranslation();
  const { user, currentOrg } = useAuthenticatedSession();
  const orgId = currentOrg?.id ?? '';
  const query = useQuery({
    queryKey: membersQueryKey(orgId),
    queryFn: ({ signal }) => settingsApi.listMembers(orgId, signal),
    enabled: orgId !== '',
  });
  const role = currentOrg?.role;
  const canInvite = role === 'owner' || role === 'admin';

  return (
    <Stack gap="md" maw={760}>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="members-title">
        <Title order={2} size="h4" id="members-title" mb="sm">
          {t('settings.members.title')}
        </Title>
        {query.isPending && <Skeleton h={120} aria-label={t('common.loading')} />}
        {query.isError && <ProblemAlert error={query.error} />}
        {query.data && (
          <Table verticalSpacing="xs" data-testid="members-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fields.displayName')}</Table.Th>
                <Table.Th scope="col">{t('fields.role')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((member) => (
                <Table.Tr key={member.userId} data-testid="member-row">
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {member.displayName}
                      {member.userId === user.id && ` ${t('settings.members.you')}`}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      {member.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={member.role === 'owner' ? 'violet' : 'gray'}>
                      {t(`roles.${member.role}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {canInvite && currentOrg && (
        <InviteMemberForm orgId={currentOrg.id} canAppointOwner={role === 'owner'} />
      )}
    </Stack>
  );
}
