/**
 * Allocation-free arithmetic on 'YYYY-MM-DD' days for the scoring hot path (no Date, no regex).
 * Inputs are trusted to be valid days: requests are validated at the API boundary.
 */

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function epochDay(day: string): number {
  let y = digits(day, 0, 4);
  const m = digits(day, 5, 7);
  const d = digits(day, 8, 10);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return (((epochDay(day) + 4) % 7) + 7) % 7;
}

/** Friday and Saturday nights are the ones promoters want (touring primer). */
export function isWeekendNight(day: string): boolean {
  const w = weekday(day);
  return w === 5 || w === 6;
}

export function monthOf(day: string): number {
  return digits(day, 5, 7);
}

/** 'MM-DD' part, comparable as a string for seasons that do not cross the new year. */
export function monthDayOf(day: string): string {
  return day.slice(5);
}

export function daysApart(a: string, b: string): number {
  return Math.abs(epochDay(a) - epochDay(b));
}

/** Linear membership test: calendars are short lists and this stays allocation-free. */
export function contains(days: readonly string[] | undefined, day: string): boolean {
  if (days === undefined) return false;
  for (let i = 0; i < days.length; i++) if (days[i] === day) return true;
  return false;
}
