import { holidayDays, SCHOOL_HOLIDAYS } from '@flowstage/domain/reference';
import type { TourEvaluation, TourProblem } from '@flowstage/domain/touring';
import { Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Show } from './api.ts';
import { classifyDays, type DayKind, daysOf, stopName } from './tour-edit.ts';

const COLOURS: Record<DayKind, string> = {
  show: '#d0ebff',
  travel: '#fff3bf',
  off: '#ebfbee',
  home: '#f8f9fa',
};

/** Days in school holidays for any zone of the tour's venues (shaded: small rooms avoid them). */
function schoolDays(problem: TourProblem): Set<string> {
  const zones = new Set(
    problem.stops.map((s) =>
      s.schoolCalendar ? `${s.schoolCalendar.country}:${s.schoolCalendar.zone}` : 'FR:C',
    ),
  );
  const out = new Set<string>();
  for (const period of SCHOOL_HOLIDAYS) {
    if (!period.zones.some((z) => zones.has(`${period.country}:${z}`))) continue;
    const { first, last } = holidayDays(period);
    if (last < problem.dateRange.from || first > problem.dateRange.to) continue;
    for (const d of daysOf({ from: first, to: last })) out.add(d);
  }
  return out;
}

/**
 * Calendar strip: one cell per day (shows, travel days, days off, home; school holidays hatched).
 * Shows are draggable onto another day; each also has a keyboard/touch alternative (date picker).
 */
export function Timeline({
  problem,
  evaluation,
  locked,
  onMove,
  onToggleLock,
}: {
  problem: TourProblem;
  evaluation: TourEvaluation;
  locked: readonly Show[];
  onMove: (stopId: string, date: string) => void;
  onToggleLock: (show: Show) => void;
}) {
  const { t, i18n } = useTranslation('touring');
  const days = useMemo(() => daysOf(problem.dateRange), [problem.dateRange]);
  const school = useMemo(() => schoolDays(problem), [problem]);
  const kinds = classifyDays(problem.dateRange, evaluation.shows, evaluation.legs);
  const byDate = new Map(evaluation.shows.map((s, i) => [s.date, { show: s, n: i + 1 }]));
  const hardDates = new Set(
    evaluation.violations.filter((v) => v.severity === 'hard').flatMap((v) => v.dates),
  );
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'narrow', timeZone: 'UTC' });
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('detail.dragHint')}
      </Text>
      <Group gap={6} aria-hidden>
        {(['show', 'travel', 'off', 'home'] as const).map((k) => (
          <Group key={k} gap={4}>
            <span
              style={{
                width: 12,
                height: 12,
                background: COLOURS[k],
                border: '1px solid #adb5bd',
                display: 'inline-block',
              }}
            />
            <Text size="xs">{t(`days.${k}`)}</Text>
          </Group>
        ))}
        <Group gap={4}>
          <span
            style={{
              width: 12,
              height: 12,
              background: 'repeating-linear-gradient(45deg,#fff,#fff 2px,#ffc9c9 2px,#ffc9c9 4px)',
              border: '1px solid #adb5bd',
              display: 'inline-block',
            }}
          />
          <Text size="xs">{t('days.school')}</Text>
        </Group>
      </Group>
      <ol
        aria-label={t('detail.timeline')}
        data-testid="timeline"
        style={{
          display: 'flex',
          gap: 2,
          overflowX: 'auto',
          paddingBottom: 6,
          listStyle: 'none',
          margin: 0,
          paddingLeft: 0,
        }}
      >
        {days.map((day) => {
          const hit = byDate.get(day);
          const kind = kinds.get(day) ?? 'home';
          return (
            <li
              key={day}
              data-testid={`day-${day}`}
              data-kind={kind}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const stopId = e.dataTransfer.getData('text/plain');
                if (stopId) onMove(stopId, day);
              }}
              style={{
                minWidth: 54,
                minHeight: 86,
                padding: 3,
                borderRadius: 4,
                border: `1px solid ${hit && hardDates.has(day) ? '#e03131' : '#ced4da'}`,
                background: school.has(day)
                  ? `repeating-linear-gradient(45deg,${COLOURS[kind]},${COLOURS[kind]} 4px,#ffc9c9 4px,#ffc9c9 6px)`
                  : COLOURS[kind],
              }}
            >
              <Text size="xs" c="dark.6" ta="center">
                {weekday.format(new Date(`${day}T00:00:00Z`))} {day.slice(8)}/{day.slice(5, 7)}
              </Text>
              {hit && (
                <Paper
                  withBorder
                  p={2}
                  draggable
                  data-testid={`show-${hit.show.stopId}`}
                  onDragStart={(e) => e.dataTransfer.setData('text/plain', hit.show.stopId)}
                  style={{ cursor: 'grab', background: '#fff' }}
                >
                  <Text size="xs" fw={700} lineClamp={2}>
                    {hit.n}. {stopName(problem, hit.show.stopId)}
                  </Text>
                  <UnstyledButton
                    aria-label={`${locked.some((l) => l.stopId === hit.show.stopId) ? t('detail.unlock') : t('detail.lock')} ${stopName(problem, hit.show.stopId)}`}
                    aria-pressed={locked.some((l) => l.stopId === hit.show.stopId)}
                    onClick={() => onToggleLock(hit.show)}
                    data-testid={`lock-${hit.show.stopId}`}
                  >
                    <IconLock
                      size={14}
                      color={locked.some((l) => l.stopId === hit.show.stopId) ? '#862e9c' : '#868e96'}
                    />
                  </UnstyledButton>
                </Paper>
              )}
            </li>
          );
        })}
      </ol>
    </Stack>
  );
}
