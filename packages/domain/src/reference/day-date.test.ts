import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, daysBetween, halfYearStart, isIsoDay } from './day-date.ts';

describe('day dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
  ])('isIsoDay(%s) = %s', (text, expected) => {
    expect(isIsoDay(text)).toBe(expected);
  });

  it.each([
    ['2026-03-02', 30, '2026-04-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-03-28', 2, '2026-03-30'], // across the spring DST change
  ])('addDays(%s, %i) = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it.each([
    ['2026-01-01', '2026-01-01'],
    ['2026-06-30', '2026-01-01'],
    ['2026-07-01', '2026-07-01'],
    ['2026-12-31', '2026-07-01'],
  ])('halfYearStart(%s) = %s', (day, expected) => {
    expect(halfYearStart(day)).toBe(expected);
  });

  it('knows the weekday', () => {
    expect(dayOfWeek('2026-03-15')).toBe(0);
    expect(dayOfWeek('2026-07-04')).toBe(6);
  });

  it('rejects malformed days', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('addDays and daysBetween are inverse', () => {
    const day = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2100-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (d, n) => daysBetween(d, addDays(d, n)) === n),
    );
  });
});
