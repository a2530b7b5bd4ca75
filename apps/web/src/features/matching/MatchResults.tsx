import { Alert, Anchor, List, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type MatchRequest, matchingApi, matchingKeys, type Notice } from './api.ts';
import { apiFilters, type Filters, FiltersBar, NO_FILTERS } from './FiltersBar.tsx';
import { ResultCard } from './ResultCard.tsx';
import { WhyNotPanel } from './WhyNotPanel.tsx';

interface MatchResultsProps {
  /** The page's request (null until the form is submitted). */
  base: MatchRequest | null;
  /** Catalogue search segment of the candidates ("venues", "artists"…), for "why not". */
  plural: string;
  criteria: string[];
}

/** Every requested date is off in the requester's own calendar: that alone explains no result. */
export const everyDateOff = (notices: readonly Notice[], dates: number) =>
  notices.length > 0 && notices.length === dates;

/**
 * Saving results to the shortlist. `saveProps(key, request, id)` gives a result card its saved /
 * saving / onSave props; `key` names the result among the page's (the candidate, or the candidate
 * on a date).
 */
export function useShortlistSave() {
  const client = useQueryClient();
  const [saved, setSaved] = useState<Set<string>>(new Set());
  const save = useMutation({
    mutationFn: ({ request, id }: { request: MatchRequest; id: string; key: string }) =>
      matchingApi.save(request, id),
    onSuccess: (_entry, { key }) => {
      setSaved((s) => new Set(s).add(key));
      void client.invalidateQueries({ queryKey: ['matching', 'shortlist'] });
    },
  });
  const saveProps = (key: string, request: MatchRequest, id: string) => ({
    saved: saved.has(key),
    saving: save.isPending && save.variables?.key === key,
    onSave: () => save.mutate({ request, id, key }),
  });
  return { save, saveProps };
}

/** The requested dates the user's own profile is unavailable: every date, or those left out. */
export function OwnCalendarNotices({ notices, dates }: { notices: Notice[]; dates: number }) {
  const { t } = useTranslation('matching');
  const allDatesOff = everyDateOff(notices, dates);
  if (notices.length === 0) return null;
  return (
    <Alert color="yellow" data-testid="match-notices">
      <Text size="sm" fw={600}>
        {t(allDatesOff ? 'results.ownCalendarAll' : 'results.ownCalendarSome')}
      </Text>
      <List size="sm">
        {notices.map((n) => (
          <List.Item key={n.text}>{n.text}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Results of every matcher: filters and sort, ranked cards with breakdown bars, save, "why not". */
export function MatchResults({ base, plural, criteria }: MatchResultsProps) {
  const { t, i18n } = useTranslation('matching');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [debounced] = useDebouncedValue(filters, 300);
  const request: MatchRequest | null = base
    ? { ...base, filters: apiFilters(debounced), sort: debounced.sort, locale: i18n.language.slice(0, 2) }
    : null;
  const search = useQuery({
    queryKey: matchingKeys.search(request),
    queryFn: ({ signal }) => matchingApi.search(request as MatchRequest, signal), // enabled only with a request
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
  const { save, saveProps } = useShortlistSave();
  if (!request) return null;
  const data = search.data;
  return (
    <Stack data-testid="match-results">
      <FiltersBar value={filters} onChange={setFilters} criteria={criteria} />
      {search.error && <ProblemAlert error={search.error} />}
      {save.error && <ProblemAlert error={save.error} />}
      {search.isPending && <Loader aria-label="…" />}
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="match-count">
            {t('results.count', { count: data.results.length, total: data.stats.candidates })} ·{' '}
            <Anchor
              component={Link}
              to="/app/matching/weights"
              size="sm"
              underline="always"
              data-testid="results-weights"
            >
              {t('results.weights', { version: data.weights.version })}
            </Anchor>
          </Text>
          <OwnCalendarNotices notices={data.notices} dates={data.dates.length} />
          {data.results.length === 0 && !everyDateOff(data.notices, data.dates.length) && (
            <Text>{t('results.none')}</Text>
          )}
          {data.results.map((r) => (
            <ResultCard
              key={r.candidate.id}
              result={r}
              {...saveProps(r.candidate.id, request, r.candidate.id)}
            />
          ))}
        </>
      )}
      <WhyNotPanel request={request} plural={plural} />
    </Stack>
  );
}
