import { describe, expect, it } from 'vitest';
import { currencyForCountry, formatDay, formatMetric, isMoneyMetric } from './format.ts';

// Intl output uses narrow no-break spaces in some locales; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMetric', () => {
  it.each([
    ['holds', 3, 'fr', 'EUR', '3'],
    ['openDates', 12345, 'fr', 'EUR', '12 345'],
    ['openDates', 12345, 'en', 'EUR', '12,345'],
    ['budgetCents', 1_250_000, 'fr', 'EUR', '12 500 €'],
    ['budgetCents', 1_250_000, 'en', 'EUR', '€12,500'],
    ['committedCents', 0, 'de', 'EUR', '0 €'],
    ['budgetCents', 1_250_000, 'fr', 'CHF', '12 500 CHF'],
    ['profileCompletion', 43, 'fr', 'EUR', '43 %'],
    ['profileCompletion', 100, 'en', 'EUR', '100%'],
    ['completionPercent', 5, 'de', 'EUR', '5 %'],
  ])('%s=%d in %s', (key, value, locale, currency, expected) => {
    expect(plain(formatMetric(key, value, locale, currency))).toBe(expected);
  });
});

describe('formatDay', () => {
  it.each([
    ['2026-07-14', 'fr', 'mar. 14 juil. 2026'],
    ['2026-07-14', 'en', 'Tue, Jul 14, 2026'],
    ['2026-01-01', 'de', 'Do., 1. Jan. 2026'],
    ['not-a-day', 'fr', 'not-a-day'],
  ])('%s in %s', (day, locale, expected) => {
    expect(plain(formatDay(day, locale))).toBe(expected);
  });
});

describe('money helpers', () => {
  it.each([
    ['budgetCents', true],
    ['paymentsDue', false],
    ['cents', false],
  ])('isMoneyMetric(%s) = %s', (key, expected) => {
    expect(isMoneyMetric(key)).toBe(expected);
  });

  it.each([
    ['FR', 'EUR'],
    ['BE', 'EUR'],
    ['LU', 'EUR'],
    ['CH', 'CHF'],
  ] as const)('%s pays in %s', (country, currency) => {
    expect(currencyForCountry(country)).toBe(currency);
  });
});
