import { Badge, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type Contract, contractsApi } from './api.ts';

/** Word runs keyed by where they start in the combined text (removed runs count too, so keys stay unique). */
function withOffsets<T extends { value: string }>(words: readonly T[]) {
  let offset = 0;
  return words.map((w) => {
    const run = { ...w, offset };
    offset += w.value.length;
    return run;
  });
}

const KIND_COLOR = { added: 'teal.9', removed: 'red.9', modified: 'orange.9' } as const;

/** Versions side by side: which clauses were added, removed or changed, and the changed words. */
export function VersionDiff({ orgId, contract }: { orgId: string; contract: Contract }) {
  const { t } = useTranslation('contracts');
  const last = contract.currentVersion;
  const [from, setFrom] = useState(Math.max(1, last - 1));
  const [to, setTo] = useState(last);
  const diff = useQuery({
    queryKey: ['contracts', orgId, contract.id, 'diff', from, to],
    queryFn: () => contractsApi.diff(orgId, contract.id, from, to),
    enabled: from !== to,
  });
  const options = contract.versions.map((v) => ({ value: String(v.version), label: `v${v.version}` }));
  return (
    <Stack gap="sm" data-testid="contract-diff">
      <Title order={2} fz="lg">
        {t('diff.title')}
      </Title>
      <Group>
        <Select
          label={t('diff.from')}
          data={options}
          value={String(from)}
          onChange={(v) => v && setFrom(Number(v))}
          allowDeselect={false}
          w={120}
        />
        <Select
          label={t('diff.to')}
          data={options}
          value={String(to)}
          onChange={(v) => v && setTo(Number(v))}
          allowDeselect={false}
          w={120}
        />
      </Group>
      {from === to && <Text c="dimmed">{t('diff.pick')}</Text>}
      {diff.error && <ProblemAlert error={diff.error} />}
      {diff.data?.identical && <Text>{t('diff.identical')}</Text>}
      {diff.data?.clauses.map((c) => (
        <Card key={`${c.kind}-${c.id}`} withBorder data-testid="diff-clause" data-kind={c.kind}>
          <Group gap="xs">
            <Badge color={KIND_COLOR[c.kind]} variant="filled">
              {t(`diff.kind.${c.kind}`)}
            </Badge>
            <Text fw={600}>{c.title}</Text>
          </Group>
          {c.words && (
            <Text mt="xs" fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {withOffsets(c.words).map(({ offset, value, added, removed }) =>
                added ? (
                  <ins key={offset} style={{ background: '#d3f9d8', color: '#0b4f1c' }}>
                    {value}
                  </ins>
                ) : removed ? (
                  <del key={offset} style={{ background: '#ffe3e3', color: '#8a1111' }}>
                    {value}
                  </del>
                ) : (
                  <span key={offset}>{value}</span>
                ),
              )}
            </Text>
          )}
        </Card>
      ))}
      {diff.data && !diff.data.identical && (
        <details>
          <summary>{t('diff.patch')}</summary>
          <pre style={{ fontSize: 12, overflowX: 'auto' }} data-testid="diff-patch">
            {diff.data.patch}
          </pre>
        </details>
      )}
    </Stack>
  );
}
