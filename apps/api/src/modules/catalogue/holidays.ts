import Holidays from 'date-holidays';

/**
 * Public holidays from the date-holidays data set (kept up to date upstream, not hand-written):
 * national ones, plus the canton's or state's when given (e.g. CH-GE, FR-57 for Alsace-Moselle).
 */
export function publicHolidays(country: string, subdivision: string | null, from: string, to: string) {
  const hd = subdivision ? new Holidays(country, subdivision) : new Holidays(country);
  const out: { date: string; name: string }[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const h of hd.getHolidays(year) || []) {
      const date = h.date.slice(0, 10);
      if (h.type === 'public' && date >= from && date <= to) out.push({ date, name: h.name });
    }
  }
  return out;
}
