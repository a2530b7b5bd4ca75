import { createRequire } from 'node:module';
import type DateHolidays from 'date-holidays';

export interface PublicHoliday {
  readonly date: string;
  readonly name: string;
}

let library: typeof DateHolidays | undefined;

/**
 * date-holidays holds the rules of every country (≈ 10 MB of heap once loaded): it is required on
 * the first look-up rather than at start, which most API processes never make. Its CommonJS
 * build keeps the callers synchronous (the tour solver runs on a worker thread without awaiting).
 */
function holidaysOf(country: string, subdivision: string | null): DateHolidays {
  library ??= createRequire(import.meta.url)('date-holidays') as typeof DateHolidays;
  return subdivision ? new library(country, subdivision) : new library(country);
}

// date-holidays computes a country's rules on each first use (≈ 100–300 ms): cached per year.
const years = new Map<string, readonly PublicHoliday[]>();

function ofYear(country: string, subdivision: string | null, year: number): readonly PublicHoliday[] {
  const key = `${country}|${subdivision ?? ''}|${year}`;
  let days = years.get(key);
  if (!days) {
    days = (holidaysOf(country, subdivision).getHolidays(year) || [])
      .filter((h) => h.type === 'public')
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
    years.set(key, days);
  }
  return days;
}

/**
 * Public holidays from the date-holidays data set (kept up to date upstream, not hand-written)
 * between two days inclusive: national ones, plus the canton's or state's when given (e.g. CH-GE,
 * FR-57 for Alsace-Moselle).
 */
export function publicHolidays(
  country: string,
  subdivision: string | null,
  from: string,
  to: string,
): PublicHoliday[] {
  const out: PublicHoliday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++)
    for (const h of ofYear(country, subdivision, year)) if (h.date >= from && h.date <= to) out.push(h);
  return out;
}
