/**
 * Calendar day arithmetic on 'YYYY-MM-DD' strings. Days are computed in UTC so that
 * time zones and daylight saving never shift a legal deadline by one day.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar day written 'YYYY-MM-DD' (rejects 2026-02-30). */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === text;
}

function toEpochDay(day: string): number {
  if (!isIsoDay(day)) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
}

function fromEpochDay(epochDay: number): string {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromEpochDay(toEpochDay(day) + days);
}

/** Number of days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** First day of the half-year (01-01 or 07-01) containing `day`. */
export function halfYearStart(day: string): string {
  if (!isIsoDay(day)) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${month <= 6 ? '01' : '07'}-01`;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: string): number {
  return new Date(toEpochDay(day) * MS_PER_DAY).getUTCDay();
}
