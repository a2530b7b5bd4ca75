// Display of search figures: distances from metres, money from integer cents, ranges.

export function formatDistance(metres: number, locale: string): string {
  const km = metres / 1000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}

export function formatMoney(cents: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    cents / 100,
  );
}

/** "1 500 – 4 000 €", or a single amount when both ends match; null when unknown. */
export function formatMoneyRange(
  min: number | null,
  max: number | null,
  currency: string,
  locale: string,
): string | null {
  if (min === null && max === null) return null;
  if (min === null || max === null || min === max)
    return formatMoney((min ?? max) as number, currency, locale);
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).formatRange(
    min / 100,
    max / 100,
  );
}

export function formatRange(min: number | null, max: number | null, locale: string): string | null {
  if (min === null && max === null) return null;
  const nf = new Intl.NumberFormat(locale);
  if (min === null || max === null || min === max) return nf.format((min ?? max) as number);
  return nf.formatRange(min, max);
}
