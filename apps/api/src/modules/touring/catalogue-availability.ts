import type { DbOrTx } from '@flowstage/db';
import { addDays, dayOfWeek, daysBetween } from '@flowstage/domain/reference';
import { profilesByIds } from '../catalogue/index.ts';
import type { TourProblemInput } from './problem.schema.ts';

type Stop = TourProblemInput['stops'][number];
type Calendar = Awaited<ReturnType<typeof profilesByIds>>[number];

/**
 * Venues picked from the catalogue play only on days their calendar leaves open: each such stop's
 * windows become the booker's windows minus the days the venue's calendar marks booked or unavailable
 * (slots and weekly rules, read through the catalogue's public surface). A confirmed date stays open —
 * the calendar may show it booked precisely because of this show. Stops without a catalogue profile,
 * or whose profile is gone, keep their windows.
 */
export async function withCatalogueAvailability(
  db: DbOrTx,
  problem: TourProblemInput,
  stopDetails: Readonly<Record<string, { catalogueProfileId?: string | undefined }>>,
): Promise<TourProblemInput> {
  const profileOf = (stop: Stop): string | undefined => stopDetails[stop.id]?.catalogueProfileId;
  const ids = [...new Set(problem.stops.map(profileOf).filter((id): id is string => id !== undefined))];
  if (ids.length === 0) return problem;
  const calendars = new Map((await profilesByIds(db, ids)).map((row) => [row.id, row]));
  return {
    ...problem,
    stops: problem.stops.map((stop) => {
      const calendar = calendars.get(profileOf(stop) ?? '');
      return calendar ? { ...stop, windows: openWindows(problem, stop, calendar) } : stop;
    }),
  };
}

function openWindows(problem: TourProblemInput, stop: Stop, calendar: Calendar): Stop['windows'] {
  const { from } = problem.dateRange;
  const dayCount = daysBetween(from, problem.dateRange.to) + 1;
  const open = new Uint8Array(dayCount);
  for (const w of stop.windows) {
    const [a, b] =
      w.kind === 'days'
        ? [daysBetween(from, w.from), daysBetween(from, w.to)]
        : [Math.floor(w.start / 86_400), Math.floor(Math.max(w.start, w.end - 1) / 86_400)];
    for (let d = Math.max(0, a); d <= Math.min(dayCount - 1, b); d++) open[d] = 1;
  }
  for (let d = 0; d < dayCount; d++) {
    const day = addDays(from, d);
    if (open[d] && day !== stop.fixedDate && busy(calendar, day)) open[d] = 0;
  }
  const windows: Stop['windows'] = [];
  for (let d = 0; d < dayCount; d++) {
    if (!open[d] || (d > 0 && open[d - 1])) continue;
    let end = d;
    while (end + 1 < dayCount && open[end + 1]) end++;
    windows.push({ kind: 'days', from: addDays(from, d), to: addDays(from, end) });
  }
  return windows;
}

/** The catalogue's reading of a calendar day (as in its own availability search). */
function busy(calendar: Calendar, day: string): boolean {
  if (
    calendar.slots.some(
      (s) => s.start <= day && day <= s.end && (s.status === 'booked' || s.status === 'unavailable'),
    )
  )
    return true;
  // Weekly rules use ISO weekdays (1 = Monday … 7 = Sunday); dayOfWeek is 0 = Sunday.
  const weekday = dayOfWeek(day) === 0 ? 7 : dayOfWeek(day);
  return calendar.rules.some(
    (r) =>
      r.weekdays.includes(weekday) && (r.from === null || r.from <= day) && (r.to === null || day <= r.to),
  );
}
