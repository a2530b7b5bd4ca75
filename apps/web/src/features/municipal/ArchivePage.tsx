import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import {
  type ArchivedDocument,
  type ArchiveFilter,
  downloadFile,
  municipalApi,
  municipalKeys,
} from './api.ts';
import { day } from './format.ts';
import { MunicipalProblem } from './MunicipalProblem.tsx';

const KINDS = ['contract', 'purchase_order', 'invoice', 'cahier_des_charges'] as const;

function ArchivedCard({
  orgId,
  doc,
  canDelete,
}: {
  orgId: string;
  doc: ArchivedDocument;
  canDelete: boolean;
}) {
  const { t, i18n } = useTranslation('municipal');
  const lang = i18n.language;
  const download = useMutation({ mutationFn: () => downloadFile(orgId, `/archive/${doc.id}`, doc.fileName) });
  // The server refuses while the retention runs; the refusal is the answer shown to the user.
  const remove = useMutation({ mutationFn: () => municipalApi.deleteArchived(orgId, doc.id) });
  return (
    <Card withBorder data-testid="archived-document">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap">
          <Text fw={700}>{doc.reference}</Text>
          <Badge variant="outline" color="dark">
            {t(`archive.kind.${doc.kind}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {[doc.eventTitle, doc.companyName, day(doc.createdAt.slice(0, 10), lang)]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Text size="sm" component="div">
          {t('archive.sha256')}{' '}
          <Code style={{ wordBreak: 'break-all' }} data-testid="content-hash">
            {doc.sha256}
          </Code>
        </Text>
        <Group gap={6} wrap="nowrap">
          <IconLock size={16} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm" data-testid="retain-until">
            {t('archive.retainUntil', { date: day(doc.retainUntil, lang) })}
          </Text>
        </Group>
        <Group>
          <Button size="xs" onClick={() => download.mutate()} loading={download.isPending}>
            {t('archive.download')}
          </Button>
          {canDelete && (
            <Button
              size="xs"
              variant="outline"
              color="red.9"
              onClick={() => remove.mutate()}
              loading={remove.isPending}
              data-testid="delete-archived"
            >
              {t('archive.delete')}
            </Button>
          )}
        </Group>
        <MunicipalProblem error={download.error ?? remove.error} />
        {remove.isSuccess && <Alert color="teal">{t('archive.deleted')}</Alert>}
      </Stack>
    </Card>
  );
}

/** Write-once archive: retrieval by year, event, company or kind; each copy carries its SHA-256. */
export function ArchivePage() {
  const { t } = useTranslation('municipal');
  const { currentOrg } = useAuthenticatedSession();
  const orgId = currentOrg?.id ?? '';
  const isCommune = currentOrg?.accountType === 'municipality';
  usePageTitle(t('archive.title'));
  const thisYear = new Date().getFullYear();
  const [filter, setFilter] = useState<ArchiveFilter>({
    year: String(thisYear),
    eventId: '',
    companyId: '',
    kind: '',
  });
  const docs = useQuery({
    queryKey: [...municipalKeys.all(orgId), 'archive', filter],
    queryFn: () => municipalApi.archive(orgId, filter),
    enabled: orgId !== '',
  });
  // Choices come from the unfiltered year so that narrowing one filter never hides the others' options.
  const year = useQuery({
    queryKey: [...municipalKeys.all(orgId), 'archive', { year: filter.year }],
    queryFn: () => municipalApi.archive(orgId, { year: filter.year, eventId: '', companyId: '', kind: '' }),
    enabled: orgId !== '',
  });
  const choices = (pairs: [string | null, string | null][]) => [
    { value: '', label: t('archive.any') },
    ...[...new Map(pairs.flatMap(([id, label]) => (id ? [[id, label ?? id] as const] : []))).entries()].map(
      ([value, label]) => ({ value, label }),
    ),
  ];
  const all = year.data?.items ?? [];
  const set = (key: keyof ArchiveFilter) => (e: React.ChangeEvent<HTMLSelectElement>) =>
    setFilter({ ...filter, [key]: e.currentTarget.value });
  const canDelete = isCommune && (currentOrg?.role === 'owner' || currentOrg?.role === 'admin');

  return (
    <Stack gap="md" data-testid="archive-page">
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('archive.title')}
      </Title>
      <Text size="sm">{t('archive.intro')}</Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <NativeSelect
          label={t('dashboard.year')}
          value={filter.year}
          onChange={(e) => setFilter({ year: e.currentTarget.value, eventId: '', companyId: '', kind: '' })}
          data={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => String(y))}
        />
        <NativeSelect
          label={t('budget.event')}
          value={filter.eventId}
          onChange={set('eventId')}
          data={choices(all.map((d) => [d.eventId, d.eventTitle]))}
        />
        <NativeSelect
          label={t('quotes.company')}
          value={filter.companyId}
          onChange={set('companyId')}
          data={choices(all.map((d) => [d.companyOrganisationId, d.companyName]))}
        />
        <NativeSelect
          label={t('archive.kindLabel')}
          value={filter.kind}
          onChange={set('kind')}
          data={[
            { value: '', label: t('archive.any') },
            ...KINDS.map((k) => ({ value: k, label: t(`archive.kind.${k}`) })),
          ]}
        />
      </SimpleGrid>
      <MunicipalProblem error={docs.error} />
      {docs.data && docs.data.items.length === 0 && <Text c="dimmed">{t('archive.none')}</Text>}
      {(docs.data?.items ?? []).map((d) => (
        <ArchivedCard key={d.id} orgId={orgId} doc={d} canDelete={canDelete} />
      ))}
    </Stack>
  );
}
