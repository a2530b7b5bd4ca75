import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { contractsApi } from './api.ts';
import { ClauseEditor } from './ClauseEditor.tsx';
import { VersionDiff } from './VersionDiff.tsx';

/** A contract: its versions, what changed between two of them, and the guided editor for its owner. */
export function ContractPage() {
  const { t, i18n } = useTranslation('contracts');
  const { contractId = '' } = useParams();
  const { currentOrg } = useAuthenticatedSession();
  const orgId = currentOrg?.id ?? '';
  const contract = useQuery({
    queryKey: ['contracts', orgId, contractId],
    queryFn: () => contractsApi.contract(orgId, contractId),
    enabled: orgId !== '',
  });
  const c = contract.data;
  const current = useQuery({
    queryKey: ['contracts', orgId, contractId, 'version', c?.currentVersion],
    queryFn: () => contractsApi.version(orgId, contractId, c?.currentVersion ?? 1),
    enabled: c !== undefined,
  });
  usePageTitle(c ? `${c.reference} — ${t('title')}` : t('title'));
  if (contract.error) return <ProblemAlert error={contract.error} />;
  if (!c) return null;
  const editable = c.organisationId === orgId && (c.status === 'draft' || c.status === 'sent');
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  return (
    <Stack gap="lg" data-testid="contract-page">
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {c.reference}
          </Title>
          <Badge data-testid="contract-status">{t(`status.${c.status}`)}</Badge>
        </Group>
        <Text>{c.title}</Text>
      </Stack>
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('versions')}
        </Title>
        <Table data-testid="contract-versions" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('version')}</Table.Th>
              <Table.Th>{t('createdAt')}</Table.Th>
              <Table.Th>SHA-256</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.versions.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  v{v.version}
                  {v.version === c.currentVersion && ` (${t('current')})`}
                </Table.Td>
                <Table.Td>{date(v.createdAt)}</Table.Td>
                <Table.Td>
                  <code>{v.pdfSha256.slice(0, 16)}…</code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {c.versions.length > 1 && <VersionDiff orgId={orgId} contract={c} />}
      {editable && current.data && (
        <ClauseEditor key={current.data.version} orgId={orgId} contractId={c.id} base={current.data} />
      )}
    </Stack>
  );
}
