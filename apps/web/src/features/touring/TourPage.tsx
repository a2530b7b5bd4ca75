import { SCHOOL_HOLIDAYS } from '@flowstage/domain/reference';
import { compileProblem, evaluateCompiled } from '@flowstage/domain/touring';
import { Alert, Button, Group, Paper, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { downloadExport, type Show, type Tour, touringApi, tourKey } from './api.ts';
import { DaySheets } from './DaySheets.tsx';
import { Timeline } from './Timeline.tsx';
import { TourMap } from './TourMap.tsx';
import { moveShow, stopName, toggleLock } from './tour-edit.ts';
import { Metrics, VariantCards } from './VariantCards.tsx';

function Editor({ tour, orgId }: { tour: Tour; orgId: string }) {
  const { t } = useTranslation('touring');
  const queryClient = useQueryClient();
  const result = tour.result;
  const initialIndex = tour.selection ? tour.selection.variantIndex : result ? 0 : null;
  const [activeIndex, setActiveIndex] = useState<number | null>(initialIndex);
  const [shows, setShows] = useState<Show[]>(tour.selection?.shows ?? result?.variants[0]?.tour.shows ?? []);
  const [locked, setLocked] = useState<Show[]>(tour.locked);
  const [evalMs, setEvalMs] = useState<number | null>(null);
  useEffect(() => {
    setShows(tour.selection?.shows ?? tour.result?.variants[0]?.tour.shows ?? []);
    setActiveIndex(tour.selection ? tour.selection.variantIndex : tour.result ? 0 : null);
    setLocked(tour.locked);
  }, [tour]);

  // Compiled once per problem (distances, calendars); each edit is then a ~1 ms evaluation.
  const compiled = useMemo(
    () => compileProblem({ ...tour.problem, schoolHolidays: SCHOOL_HOLIDAYS }),
    [tour.problem],
  );
  const evaluation = useMemo(() => {
    const start = performance.now();
    const e = evaluateCompiled(compiled, { shows });
    setEvalMs(performance.now() - start);
    return e;
  }, [compiled, shows]);

  const save = (updated: Tour) => {
    queryClient.setQueryData(tourKey(orgId, tour.id), updated);
    void queryClient.invalidateQueries({ queryKey: ['tours', orgId], exact: true });
  };
  const optimise = useMutation({
    mutationFn: () =>
      touringApi.optimise(orgId, tour.id, {
        locked: shows.filter((s) => locked.some((l) => l.stopId === s.stopId)),
      }),
    onSuccess: save,
  });
  const select = useMutation({
    mutationFn: () => touringApi.select(orgId, tour.id, { variantIndex: activeIndex, shows }),
    onSuccess: (updated) => {
      save(updated);
      notifications.show({ color: 'green', message: t('detail.saved') });
    },
  });
  const exporting = useMutation({
    mutationFn: (format: 'ics' | 'csv' | 'pdf') => downloadExport(orgId, tour.id, format),
  });

  const onMove = (stopId: string, date: string) => {
    setShows((current) => moveShow(current, stopId, date));
    setLocked((current) => current.map((l) => (l.stopId === stopId ? { stopId, date } : l)));
    setActiveIndex(null);
  };

  return (
    <Stack>
      <Group>
        <Button onClick={() => optimise.mutate()} loading={optimise.isPending} data-testid="optimise">
          {result
            ? locked.length > 0
              ? t('detail.reoptimise')
              : t('detail.optimise')
            : t('detail.optimise')}
        </Button>
        {result && (
          <Text size="xs" c="dimmed">
            {t('detail.time', { ms: result.timeUsedMs })}
          </Text>
        )}
      </Group>
      {optimise.error && <ProblemAlert error={optimise.error} />}
      {!result && <Alert>{t('detail.notPlanned')}</Alert>}
      {result && (
        <>
          <Title order={2} size="h4">
            {t('detail.variants')}
          </Title>
          <VariantCards
            result={result}
            activeIndex={activeIndex}
            onChoose={(i) => {
              setActiveIndex(i);
              setShows(result.variants[i]?.tour.shows ?? []);
            }}
          />
          <Paper withBorder p="sm" data-testid="live-panel">
            <Group justify="space-between" align="flex-start">
              <Stack gap={2}>
                <Text fw={600}>{activeIndex === null ? t('detail.editing') : t('detail.chosen')}</Text>
                <Metrics evaluation={evaluation} testId="live" />
                {evalMs !== null && (
                  <Text size="xs" c="dimmed" data-testid="eval-ms">
                    {evalMs.toFixed(1)} ms
                  </Text>
                )}
              </Stack>
              <Stack gap={4}>
                <Button
                  onClick={() => select.mutate()}
                  loading={select.isPending}
                  data-testid="save-selection"
                >
                  {t('detail.save')}
                </Button>
                <Text size="sm" fw={600}>
                  {t('detail.exports')}
                </Text>
                <Group gap={4}>
                  {(['ics', 'pdf', 'csv'] as const).map((f) => (
                    <Button
                      key={f}
                      size="xs"
                      variant="default"
                      onClick={() => exporting.mutate(f)}
                      data-testid={`export-${f}`}
                    >
                      {t(`detail.${f}`)}
                    </Button>
                  ))}
                </Group>
              </Stack>
            </Group>
            {evaluation.violations.filter((v) => v.rule !== 'skipped_stop').length > 0 && (
              <Stack gap={0} mt="xs" data-testid="live-violation-list">
                {evaluation.violations
                  .filter((v) => v.rule !== 'skipped_stop')
                  .slice(0, 8)
                  .map((v) => (
                    <Text
                      key={`${v.rule}-${v.stopIds.join()}-${v.dates.join()}`}
                      size="xs"
                      c={v.severity === 'hard' ? 'red.8' : 'dark.4'}
                    >
                      {v.dates.join(' → ')} {t(`rules.${v.rule}`)}
                      {v.stopIds.length > 0
                        ? ` (${v.stopIds.map((id) => stopName(tour.problem, id)).join(', ')})`
                        : ''}
                    </Text>
                  ))}
              </Stack>
            )}
            {select.error && <ProblemAlert error={select.error} />}
            {exporting.error && <ProblemAlert error={exporting.error} />}
          </Paper>
          <TourMap problem={tour.problem} shows={evaluation.shows} locked={locked} />
          <Timeline
            problem={tour.problem}
            evaluation={evaluation}
            locked={locked}
            onMove={onMove}
            onToggleLock={(show) => setLocked((current) => toggleLock(current, show))}
          />
          <Table data-testid="show-table">
            <Table.Tbody>
              {evaluation.shows.map((s, i) => (
                <Table.Tr key={s.stopId}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{stopName(tour.problem, s.stopId)}</Table.Td>
                  <Table.Td>
                    <TextInput
                      type="date"
                      size="xs"
                      aria-label={t('detail.moveTo', { name: stopName(tour.problem, s.stopId) })}
                      value={s.date}
                      min={tour.problem.dateRange.from}
                      max={tour.problem.dateRange.to}
                      onChange={(e) => e.currentTarget.value && onMove(s.stopId, e.currentTarget.value)}
                      data-testid={`date-${s.stopId}`}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {result.skipped.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('detail.skipped')}: {result.skipped.map((s) => stopName(tour.problem, s.stopId)).join(', ')}
            </Text>
          )}
          <DaySheets tour={tour} orgId={orgId} shows={evaluation.shows} />
        </>
      )}
    </Stack>
  );
}

export function TourPage() {
  const { tourId = '' } = useParams();
  const { currentOrg } = useAuthenticatedSession();
  const orgId = currentOrg?.id ?? '';
  const query = useQuery({
    queryKey: tourKey(orgId, tourId),
    queryFn: ({ signal }) => touringApi.get(orgId, tourId, signal),
    enabled: orgId !== '' && tourId !== '',
  });
  return (
    <Stack data-testid="tour-page">
      <Title order={1}>{query.data?.name ?? ' '}</Title>
      {query.isPending && <Skeleton height={200} />}
      {query.error && <ProblemAlert error={query.error} />}
      {query.data && <Editor tour={query.data} orgId={orgId} />}
    </Stack>
  );
}
