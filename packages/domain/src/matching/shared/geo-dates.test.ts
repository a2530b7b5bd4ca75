import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysApart, epochDay, isWeekendNight, monthOf, weekday } from './dates.ts';
import { haversineMetres } from './geo.ts';

describe('haversineMetres', () => {
  it.each([
    ['Paris → Lyon', { lat: 48.8566, lon: 2.3522 }, { lat: 45.764, lon: 4.8357 }, 391_500],
    ['Bruxelles → Luxembourg', { lat: 50.8467, lon: 4.3525 }, { lat: 49.6116, lon: 6.1319 }, 187_000],
    ['Genève → Lausanne', { lat: 46.2044, lon: 6.1432 }, { lat: 46.5197, lon: 6.6323 }, 51_000],
  ])('%s', (_name, a, b, expected) => {
    expect(Math.abs(haversineMetres(a, b) - expected)).toBeLessThan(expected * 0.01);
  });

  it('is symmetric and zero on the same point', () => {
    const p = fc.record({
      lat: fc.double({ min: -80, max: 80, noNaN: true }),
      lon: fc.double({ min: -179, max: 179, noNaN: true }),
    });
    fc.assert(
      fc.property(p, p, (a, b) => {
        expect(haversineMetres(a, b)).toBeCloseTo(haversineMetres(b, a), 6);
        expect(haversineMetres(a, a)).toBe(0);
      }),
    );
  });
});

describe('allocation-free day arithmetic', () => {
  it('agrees with Date.UTC on every day of 1990–2100', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          const utc = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
          expect(epochDay(day)).toBe(utc / 86_400_000);
          expect(weekday(day)).toBe(new Date(utc).getUTCDay());
          expect(monthOf(day)).toBe(d.getUTCMonth() + 1);
        },
      ),
    );
  });

  it.each([
    ['2026-10-09', true],
    ['2026-10-10', true],
    ['2026-10-11', false],
    ['2026-10-13', false],
  ])('%s is a weekend night: %s', (day, expected) => {
    expect(isWeekendNight(day)).toBe(expected);
  });

  it('counts days across a leap year', () => {
    expect(daysApart('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysApart('2026-12-31', '2026-01-01')).toBe(364);
  });
});
