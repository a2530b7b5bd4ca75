// Month grid of an availability calendar: pure date arithmetic on 'YYYY-MM-DD' strings (UTC).
import type { AvailabilityStatus, Calendar } from './types.ts';

export interface DayCell {
  date: string;
  inMonth: boolean;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  status: AvailabilityStatus | null;
  reason: string | null;
  /** Closed by a weekly rule. */
  recurring: boolean;
  holiday: string | null;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const parse = (day: string) => new Date(`${day}T00:00:00Z`);

export function addMonths(month: string, delta: number): string {
  const d = parse(`${month}-01`);
  d.setUTCMonth(d.getUTCMonth() + delta);
  return iso(d).slice(0, 7);
}

/** First and last day shown for a month: whole weeks, Monday first. */
export function gridRange(month: string): { from: string; to: string } {
  const first = parse(`${month}-01`);
  const start = new Date(first);
  start.setUTCDate(1 - ((first.getUTCDay() + 6) % 7));
  const last = parse(`${addMonths(month, 1)}-01`);
  last.setUTCDate(0);
  const end = new Date(last);
  end.setUTCDate(last.getUTCDate() + (7 - (((last.getUTCDay() + 6) % 7) + 1)));
  return { from: iso(start), to: iso(end) };
}

/** Busy beats held beats open when entries overlap, so the cell shows the strongest constraint. */
const STRENGTH: Record<AvailabilityStatus, number> = { available: 0, option: 1, unavailable: 2, booked: 3 };

export function monthGrid(month: string, calendar: Calendar | undefined): DayCell[] {
  const { from, to } = gridRange(month);
  const cells: DayCell[] = [];
  for (let d = parse(from); iso(d) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = iso(d);
    const weekday = ((d.getUTCDay() + 6) % 7) + 1;
    let status: AvailabilityStatus | null = null;
    let reason: string | null = null;
    for (const slot of calendar?.slots ?? []) {
      if (
        slot.startDate <= date &&
        date <= slot.endDate &&
        (status === null || STRENGTH[slot.status] > STRENGTH[status])
      ) {
        status = slot.status;
        reason = slot.reason;
      }
    }
    const rule = (calendar?.rules ?? []).find(
      (r) =>
        r.weekdays.includes(weekday) &&
        (!r.validFrom || r.validFrom <= date) &&
        (!r.validTo || date <= r.validTo),
    );
    cells.push({
      date,
      inMonth: date.startsWith(month),
      weekday,
      status,
      reason: reason ?? rule?.reason ?? null,
      recurring: rule !== undefined,
      holiday: calendar?.holidays.find((h) => h.date === date)?.name ?? null,
    });
  }
  return cells;
}
