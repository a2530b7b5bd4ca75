import type { IsoDay, Stop, TourProblem } from '@flowstage/domain/touring';
import type { Show } from './api.ts';

/**
 * Moves a show to another date. Dropping it on a date another show already has swaps the two
 * (that is how the booker reorders); otherwise only the moved show changes. Returns shows by date.
 */
export function moveShow(shows: readonly Show[], stopId: string, date: IsoDay): Show[] {
  const moving = shows.find((s) => s.stopId === stopId);
  if (!moving || moving.date === date) return [...shows];
  const occupant = shows.find((s) => s.date === date && s.stopId !== stopId);
  return shows
    .map((s) => {
      if (s.stopId === stopId) return { stopId, date };
      if (occupant && s.stopId === occupant.stopId) return { stopId: s.stopId, date: moving.date };
      return s;
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function addDaysIso(day: IsoDay, n: number): IsoDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export function daysOf(range: { from: IsoDay; to: IsoDay }): IsoDay[] {
  const out: IsoDay[] = [];
  for (let d = range.from; d <= range.to && out.length < 400; d = addDaysIso(d, 1)) out.push(d);
  return out;
}

export type DayKind = 'show' | 'travel' | 'off' | 'home';

/**
 * What each day of the range is for the party: a show, a travel day (the day after a show when
 * the next one is not the next day, or a drive home), a day off on the road, or at home.
 */
export function classifyDays(
  range: { from: IsoDay; to: IsoDay },
  shows: readonly Show[],
  legs: readonly { toStopId: string | null; viaHome: boolean; travelDays: number }[],
): Map<IsoDay, DayKind> {
  const sorted = [...shows].sort((a, b) => (a.date < b.date ? -1 : 1));
  const kinds = new Map<IsoDay, DayKind>();
  for (const d of daysOf(range)) kinds.set(d, 'home');
  for (let i = 0; i < sorted.length; i++) {
    const show = sorted[i]!;
    kinds.set(show.date, 'show');
    const next = sorted[i + 1];
    if (!next) {
      const day = addDaysIso(show.date, 1);
      if (kinds.get(day) === 'home') kinds.set(day, 'travel');
      continue;
    }
    const leg = legs.find((l) => l.toStopId === next.stopId);
    let day = addDaysIso(show.date, 1);
    let travel = leg ? (leg.viaHome ? 1 : Math.max(0, leg.travelDays - 1)) : 0;
    while (day < next.date) {
      if (leg?.viaHome) {
        // Drive home the day after the show, drive out the day before the next; home in between.
        const last = addDaysIso(next.date, -1);
        kinds.set(day, day === addDaysIso(show.date, 1) || day === last ? 'travel' : 'home');
      } else kinds.set(day, travel-- > 0 ? 'travel' : 'off');
      day = addDaysIso(day, 1);
    }
  }
  return kinds;
}

/** Stops the booker locked keep their date when the rest is re-optimised. */
export function toggleLock(locked: readonly Show[], show: Show): Show[] {
  return locked.some((l) => l.stopId === show.stopId)
    ? locked.filter((l) => l.stopId !== show.stopId)
    : [...locked, show];
}

export function stopName(problem: TourProblem, stopId: string): string {
  const stop: Stop | undefined = problem.stops.find((s) => s.id === stopId);
  return stop?.name ?? stopId;
}

export const euros = (cents: number, currency = 'EUR', locale = 'fr'): string =>
  new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    cents / 100,
  );
