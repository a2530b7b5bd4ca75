import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  apiQuery,
  EMPTY_FILTERS,
  filtersToParams,
  parseFilters,
  type SearchFilters,
  SORTS,
} from './search-params.ts';

const lyon: SearchFilters = {
  ...EMPTY_FILTERS,
  capacityMin: 300,
  capacityMax: 800,
  townId: 42,
  townName: 'Lyon',
  radiusKm: 150,
  dateFrom: '2026-12-05',
};

describe('apiQuery', () => {
  it.each<[string, SearchFilters, Record<string, string>]>([
    ['nothing but the page size', EMPTY_FILTERS, { limit: '20' }],
    [
      'the booker journey',
      lyon,
      {
        capacityMin: '300',
        capacityMax: '800',
        townId: '42',
        radiusKm: '150',
        dateFrom: '2026-12-05',
        dateTo: '2026-12-05',
        limit: '20',
      },
    ],
    [
      'budget in cents, swapped when reversed',
      { ...EMPTY_FILTERS, budgetMin: 5000, budgetMax: 2000 },
      { priceMin: '200000', priceMax: '500000', limit: '20' },
    ],
    [
      'a date range',
      { ...EMPTY_FILTERS, dateFrom: '2026-06-01', dateTo: '2026-06-03' },
      { dateFrom: '2026-06-01', dateTo: '2026-06-03', limit: '20' },
    ],
    [
      'an end before the start is ignored',
      { ...EMPTY_FILTERS, dateFrom: '2026-06-03', dateTo: '2026-06-01' },
      { dateFrom: '2026-06-03', dateTo: '2026-06-03', limit: '20' },
    ],
    ['no distance sort without a town', { ...EMPTY_FILTERS, sort: 'distance' }, { limit: '20' }],
    [
      'lists comma-joined',
      { ...EMPTY_FILTERS, genres: ['rock', 'jazz'], departement: ['69', '38'] },
      { genres: 'rock,jazz', departement: '69,38', limit: '20' },
    ],
    ['radius only with a town', { ...EMPTY_FILTERS, radiusKm: 30 }, { limit: '20' }],
  ])('%s', (_name, filters, expected) => {
    expect(Object.fromEntries(new URLSearchParams(apiQuery(filters)))).toEqual(expected);
  });
});

describe('page URL', () => {
  it('keeps only what differs from the defaults', () => {
    expect(filtersToParams(lyon).toString()).toBe(
      'capMin=300&capMax=800&town=42&townName=Lyon&radius=150&from=2026-12-05',
    );
  });

  it.each([
    ['capMin=abc&rating=9&sort=cheapest&from=05/12/2026', EMPTY_FILTERS],
    ['town=0&radius=-5', EMPTY_FILTERS],
  ])('drops bad values of %s', (query, expected) => {
    expect(parseFilters(new URLSearchParams(query))).toEqual(expected);
  });

  it('round-trips any filters through the URL', () => {
    const word = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    const n = fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null });
    const day = fc
      .date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const filters = fc.record({
      q: fc.stringMatching(/^[a-zé ]{0,12}$/).map((s) => s.trim()),
      genres: fc.array(word, { maxLength: 3 }),
      capacityMin: n,
      capacityMax: n,
      budgetMin: n,
      budgetMax: n,
      townId: fc.option(fc.integer({ min: 1, max: 50_000 }), { nil: null }),
      townName: fc.constant(''),
      radiusKm: fc.integer({ min: 1, max: 1500 }),
      dateFrom: fc.oneof(fc.constant(''), day),
      dateTo: fc.constant(''),
      country: fc.subarray(['FR', 'BE', 'CH', 'LU']),
      region: fc.array(word, { maxLength: 2 }),
      departement: fc.array(word, { maxLength: 2 }),
      languages: fc.subarray(['fr', 'en', 'nl', 'de']),
      categories: fc.array(word, { maxLength: 2 }),
      minRating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      sort: fc.option(fc.constantFrom(...SORTS), { nil: null }),
    });
    fc.assert(
      fc.property(filters, (f) => {
        // Without a town the radius is not part of the search, so it comes back as the default.
        const expected = f.townId === null ? { ...f, radiusKm: 100 } : { ...f, townName: f.townName };
        expect(parseFilters(filtersToParams(f))).toEqual(expected);
      }),
    );
  });
});

describe('activeFilterCount', () => {
  it.each([
    [EMPTY_FILTERS, 0],
    [lyon, 3],
    [{ ...EMPTY_FILTERS, q: 'jazz', minRating: 4 }, 2],
  ])('%#', (filters, count) => {
    expect(activeFilterCount(filters)).toBe(count);
  });
});
