import { describe, expect, it } from 'vitest';
import { summerDay } from './summer-day.ts';

const at = (day: string) => new Date(`${day}T10:00:00Z`);

describe('summerDay', () => {
  it('starts on the next 1 July outside the summer', () => {
    expect(summerDay(0, at('2026-11-26'))).toBe('2027-07-01');
    expect(summerDay(2, at('2026-11-26'))).toBe('2027-07-03');
    expect(summerDay(0, at('2027-03-10'))).toBe('2027-07-01');
  });

  it('starts two weeks ahead when that is already summer, the whole circuit before September', () => {
    expect(summerDay(0, at('2027-07-10'))).toBe('2027-07-24');
    expect(summerDay(3, at('2027-07-10'))).toBe('2027-07-27');
    expect(summerDay(0, at('2027-08-25'))).toBe('2028-07-01');
    expect(summerDay(1, at('2027-08-17'))).toBe('2028-07-02');
  });
});
