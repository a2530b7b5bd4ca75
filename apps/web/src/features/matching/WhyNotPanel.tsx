import { Alert, Button, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type MatchRequest, matchingApi, matchingKeys } from './api.ts';
import { Breakdown } from './Breakdown.tsx';

/** "Why not this one?": pick any published profile of the candidate kind and see why. */
export function WhyNotPanel({ request, plural }: { request: MatchRequest; plural: string }) {
  const { t } = useTranslation('matching');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const lookup = useQuery({
    queryKey: matchingKeys.lookup(plural, debounced),
    queryFn: ({ signal }) => matchingApi.lookup(plural, debounced, signal),
    enabled: debounced.length >= 2,
  });
  const ask = useMutation({ mutationFn: (id: string) => matchingApi.whyNot(request, id) });
  const data = (lookup.data ?? []).map((p) => ({
    value: p.id,
    label: p.city ? `${p.name} · ${p.city}` : p.name,
  }));
  const answer = ask.data;
  return (
    <Paper withBorder p="sm" data-testid="why-not">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('whyNot.title')}
        </Title>
        <Group align="flex-end" gap="xs">
          <Select
            label={t('whyNot.pick')}
            placeholder={t('whyNot.placeholder')}
            searchable
            data={data}
            searchValue={search}
            onSearchChange={setSearch}
            value={picked}
            onChange={setPicked}
            filter={({ options }) => options}
            nothingFoundMessage={debounced.length >= 2 && !lookup.isFetching ? '—' : undefined}
            style={{ flex: 1, minWidth: 200 }}
            data-testid="why-not-select"
          />
          <Button
            onClick={() => picked && ask.mutate(picked)}
            disabled={!picked}
            loading={ask.isPending}
            data-testid="why-not-ask"
          >
            {t('whyNot.ask')}
          </Button>
        </Group>
        {ask.error && <ProblemAlert error={ask.error} />}
        {answer && (
          <Alert color={answer.verdict === 'excluded' ? 'red' : 'blue'} data-testid="why-not-answer">
            <Text fw={600}>{answer.candidate.name}</Text>
            {answer.verdict === 'excluded' ? (
              <>
                <Text size="sm">{t('whyNot.excluded')}</Text>
                <List size="sm" data-testid="why-not-reasons">
                  {answer.reasons.map((r) => (
                    <List.Item key={r.code + r.text}>{r.text}</List.Item>
                  ))}
                </List>
              </>
            ) : (
              <Stack gap="xs">
                <Text size="sm">
                  {answer.verdict === 'filtered'
                    ? t('whyNot.filtered', { score: answer.score })
                    : answer.rank
                      ? t('whyNot.eligibleRank', { score: answer.score, rank: answer.rank })
                      : `${t('whyNot.eligible', { score: answer.score })} ${t('whyNot.beyond')}`}
                </Text>
                <Breakdown lines={answer.lines} />
              </Stack>
            )}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
