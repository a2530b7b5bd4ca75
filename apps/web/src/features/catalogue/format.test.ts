import { describe, expect, it } from 'vitest';
import { formatDistance, formatMoneyRange, formatRange } from './format.ts';

// Intl puts narrow no-break spaces in French numbers: compare with plain spaces.
const plain = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('catalogue formats', () => {
  it.each([
    [4321, 'fr', '4,3 km'],
    [123_456, 'fr', '123 km'],
    [123_456, 'en', '123 km'],
  ])('distance %d m in %s', (metres, locale, text) => {
    expect(plain(formatDistance(metres, locale))).toBe(text);
  });

  it.each<[number | null, number | null, string, string, string | null]>([
    [null, null, 'EUR', 'fr', null],
    [150_000, 400_000, 'EUR', 'fr', '1 500–4 000 €'],
    [150_000, 150_000, 'EUR', 'en', '€1,500'],
    [null, 90_000, 'CHF', 'fr', '900 CHF'],
  ])('money %s–%s %s in %s', (min, max, currency, locale, text) => {
    expect(plain(formatMoneyRange(min, max, currency, locale))).toBe(text);
  });

  it.each<[number | null, number | null, string | null]>([
    [null, null, null],
    [300, 800, '300–800'],
    [500, 500, '500'],
  ])('range %s–%s', (min, max, text) => {
    expect(plain(formatRange(min, max, 'fr'))).toBe(text);
  });
});
