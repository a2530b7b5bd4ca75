import type { Country } from '../../app/api/types.ts';

/**
 * The dashboard contract sends money as integer cents without a currency; until it does, the
 * organisation's country decides (Switzerland pays in francs, the other three in euros).
 */
export function currencyForCountry(country: Country): 'EUR' | 'CHF' {
  return country === 'CH' ? 'CHF' : 'EUR';
}

export function isMoneyMetric(key: string): boolean {
  return key.endsWith('Cents');
}

/** Percentages arrive as whole numbers 0–100. */
export function isPercentMetric(key: string): boolean {
  return key === 'profileCompletion' || key.endsWith('Percent');
}

export function formatMetric(key: string, value: number, locale: string, currency: string): string {
  if (isPercentMetric(key)) {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
  }
  if (isMoneyMetric(key)) {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      value / 100,
    );
  }
  return new Intl.NumberFormat(locale).format(value);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Formats a 'YYYY-MM-DD' day without time-zone drift (the day is a calendar day, not an instant). */
export function formatDay(day: string, locale: string): string {
  const match = DAY.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
