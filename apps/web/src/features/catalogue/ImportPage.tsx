import { allowedProfileKinds } from '@flowstage/domain/catalogue';
import {
  Accordion,
  Alert,
  Button,
  Checkbox,
  Code,
  FileInput,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { catalogueApi, saveBlob } from './api.ts';
import { csvTemplate, formatOfFile } from './import-file.ts';
import type { ImportReport, ProfileKind } from './types.ts';

function ReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation('catalogue');
  return (
    <Stack gap="xs" data-testid="import-report">
      <Text fw={500}>
        {t(report.dryRun ? 'import.checked' : 'import.done', {
          records: report.records,
          valid: report.valid,
          imported: report.imported,
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('import.encoding', { encoding: report.encoding, format: report.format.toUpperCase() })}
      </Text>
      {report.errors.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder data-testid="import-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.record')}</Table.Th>
                <Table.Th>{t('import.line')}</Table.Th>
                <Table.Th>{t('import.field')}</Table.Th>
                <Table.Th>{t('import.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((e) => (
                <Table.Tr key={`${e.record}:${e.field}:${e.message}`}>
                  <Table.Td>{e.record}</Table.Td>
                  <Table.Td>{e.line ?? '—'}</Table.Td>
                  <Table.Td>
                    <Code>{e.field}</Code>
                  </Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

export function ImportPage() {
  const { t } = useTranslation('catalogue');
  usePageTitle(t('import.title'));
  const { currentOrg } = useAuthenticatedSession();
  const queryClient = useQueryClient();
  const kinds = currentOrg ? allowedProfileKinds(currentOrg.accountType) : [];
  const [kind, setKind] = useState<ProfileKind | null>(kinds[0] ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [publish, setPublish] = useState(false);
  const format = file ? formatOfFile(file.name) : null;
  const columns = useQuery({
    queryKey: ['catalogue', 'import-columns', kind],
    queryFn: () => catalogueApi.importColumns(kind ?? 'artist'),
    enabled: kind !== null,
    staleTime: Infinity,
  });
  const run = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => {
      if (!currentOrg || !kind || !file || !format) throw new Error('import form incomplete');
      return catalogueApi.importFile(currentOrg.id, kind, file, format, dryRun, publish);
    },
    onSuccess: (report) => {
      if (!report.dryRun) {
        void queryClient.invalidateQueries({ queryKey: ['catalogue'] });
        notifications.show({
          color: 'teal',
          message: t('import.done', {
            records: report.records,
            valid: report.valid,
            imported: report.imported,
          }),
        });
      }
    },
  });
  const report = run.data;

  if (!currentOrg || !kind) return <Alert color="gray">{t('import.notAllowed')}</Alert>;
  return (
    <Stack gap="md" maw={900} data-testid="import-page">
      <Title order={1} size="h2">
        {t('import.heading')}
      </Title>
      <Text c="dimmed">{t('import.intro')}</Text>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <NativeSelect
            label={t('search.kindLabel')}
            data={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            value={kind}
            onChange={(e) => {
              setKind(kinds.find((k) => k === e.currentTarget.value) ?? kind);
              run.reset();
            }}
            data-testid="import-kind"
          />
          <FileInput
            label={t('import.file')}
            description={t('import.fileHelp')}
            accept=".csv,.json,.xml,text/csv,application/json,application/xml"
            value={file}
            onChange={(f) => {
              setFile(f);
              run.reset();
            }}
            clearable
            error={file && !format ? t('import.badFormat') : undefined}
            data-testid="import-file"
          />
          <Checkbox
            label={t('import.publish')}
            checked={publish}
            onChange={(e) => setPublish(e.currentTarget.checked)}
          />
          <Group gap="xs">
            <Button
              onClick={() => run.mutate({ dryRun: true })}
              disabled={!file || !format}
              loading={run.isPending && run.variables?.dryRun}
              data-testid="import-check"
            >
              {t('import.check')}
            </Button>
            <Button
              color="teal"
              onClick={() => run.mutate({ dryRun: false })}
              disabled={!report?.dryRun || report.errors.length > 0 || report.valid === 0}
              loading={run.isPending && run.variables?.dryRun === false}
              data-testid="import-commit"
            >
              {t('import.commit', { count: report?.valid ?? 0 })}
            </Button>
          </Group>
          <ProblemAlert error={run.error} />
          {report && <ReportView report={report} />}
        </Stack>
      </Paper>
      <Accordion variant="contained">
        <Accordion.Item value="columns">
          <Accordion.Control>{t('import.columns')}</Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs">
              <Button
                variant="light"
                size="xs"
                leftSection={<IconDownload size={14} aria-hidden />}
                style={{ alignSelf: 'flex-start' }}
                disabled={!columns.data}
                onClick={() =>
                  columns.data &&
                  saveBlob(
                    new Blob([csvTemplate(columns.data.items)], { type: 'text/csv' }),
                    `${kind}-template.csv`,
                  )
                }
              >
                {t('import.template')}
              </Button>
              <Table.ScrollContainer minWidth={400}>
                <Table withTableBorder>
                  <Table.Tbody>
                    {columns.data?.items.map((c) => (
                      <Table.Tr key={c.path}>
                        <Table.Td>
                          <Code>{c.path}</Code>
                        </Table.Td>
                        <Table.Td>{c.type}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
