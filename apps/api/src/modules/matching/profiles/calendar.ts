/**
 * Calendar projection for matching: the catalogue stores day ranges and weekly rules; the scoring
 * core wants lists of days. Ranges are expanded within a horizon around today, and day strings
 * are interned so that 100,000 profiles share one string per calendar day.
 */
const DAY_MS = 86_400_000;

export class DayPool {
  private readonly pool = new Map<string, string>();
  intern(day: string): string {
    const known = this.pool.get(day);
    if (known !== undefined) return known;
    this.pool.set(day, day);
    return day;
  }
}

export function dayToEpoch(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

export function epochToDay(epoch: number): string {
  return new Date(epoch * DAY_MS).toISOString().slice(0, 10);
}

export interface Horizon {
  readonly from: number;
  readonly to: number;
}

/** Days from a week before today to 18 months after: far enough for touring, bounded in memory. */
export function horizonAround(today: string): Horizon {
  const t = dayToEpoch(today);
  return { from: t - 7, to: t + 548 };
}

export interface SlotLike {
  readonly start: string;
  readonly end: string;
  readonly status: string;
}
export interface RuleLike {
  readonly weekdays: readonly number[];
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * Busy days (booked or unavailable slots, weekly rules) and declared open days ('available' slots)
 * within the horizon, sorted. An 'option' is a pencilled hold: the day stays bookable.
 */
export function expandCalendar(
  slots: readonly SlotLike[],
  rules: readonly RuleLike[],
  horizon: Horizon,
  pool: DayPool,
): { busy: string[]; available: string[] } {
  const busy = new Set<number>();
  const available = new Set<number>();
  for (const s of slots) {
    const target =
      s.status === 'booked' || s.status === 'unavailable'
        ? busy
        : s.status === 'available'
          ? available
          : null;
    if (!target) continue;
    const from = Math.max(dayToEpoch(s.start), horizon.from);
    const to = Math.min(dayToEpoch(s.end), horizon.to);
    for (let d = from; d <= to; d++) target.add(d);
  }
  for (const r of rules) {
    const from = Math.max(r.from ? dayToEpoch(r.from) : horizon.from, horizon.from);
    const to = Math.min(r.to ? dayToEpoch(r.to) : horizon.to, horizon.to);
    for (let d = from; d <= to; d++) {
      // epoch day 0 (1970-01-01) was a Thursday: ISO weekday 4
      const iso = ((((d + 3) % 7) + 7) % 7) + 1;
      if (r.weekdays.includes(iso)) busy.add(d);
    }
  }
  for (const d of busy) available.delete(d);
  const toDays = (set: Set<number>) => [...set].sort((a, b) => a - b).map((d) => pool.intern(epochToDay(d)));
  return { busy: toDays(busy), available: toDays(available) };
}
