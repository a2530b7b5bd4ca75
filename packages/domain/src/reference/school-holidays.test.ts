import { describe, expect, it } from 'vitest';
import { isSchoolHoliday, SCHOOL_HOLIDAYS, type SchoolCalendar, zoneOfAcademie } from './school-holidays.ts';

const A: SchoolCalendar = { country: 'FR', zone: 'A' };
const B: SchoolCalendar = { country: 'FR', zone: 'B' };
const C: SchoolCalendar = { country: 'FR', zone: 'C' };
const FWB: SchoolCalendar = { country: 'BE', zone: 'FWB' };

describe('isSchoolHoliday', () => {
  it.each<[string, SchoolCalendar, string]>([
    // FR dates are "end of classes → resumption": both ends are school days (or the Saturday of the end of classes).
    ['2025-10-18', A, 'not_holiday'],
    ['2025-10-19', A, 'holiday'],
    ['2025-11-02', C, 'holiday'],
    ['2025-11-03', C, 'not_holiday'],
    ['2026-02-10', A, 'holiday'],
    ['2026-02-10', B, 'not_holiday'],
    ['2026-03-01', B, 'holiday'],
    ['2026-03-05', C, 'holiday'],
    ['2026-04-25', C, 'holiday!'],
    ['2026-04-25', B, 'holiday'],
    ['2026-08-15', B, 'holiday!'],
    ['2026-09-15', A, 'not_holiday'],
    ['2027-03-01', B, 'holiday'],
    ['2027-03-01', A, 'unknown'],
    ['2027-04-20', C, 'unknown'],
    ['2025-06-01', A, 'unknown'],
    // FWB publishes first and last holiday days.
    ['2025-10-20', FWB, 'holiday'],
    ['2025-11-02', FWB, 'holiday'],
    ['2025-11-03', FWB, 'not_holiday'],
    ['2026-02-16', FWB, 'holiday'],
    ['2026-04-27', FWB, 'holiday'],
    ['2026-07-20', FWB, 'holiday!'],
    ['2026-09-10', FWB, 'unknown'],
  ])('%s in %o → %s', (date, calendar, expected) => {
    const answer = isSchoolHoliday(date, calendar);
    const summary = answer.kind === 'holiday' && answer.unconfirmed ? 'holiday!' : answer.kind;
    expect(summary).toBe(expected);
  });

  it('throws on a malformed date', () => {
    expect(() => isSchoolHoliday('2026-02-30', A)).toThrow(RangeError);
  });

  it('every period ends after it starts and has a source', () => {
    for (const p of SCHOOL_HOLIDAYS) {
      expect(p.to > p.from).toBe(true);
      expect(p.source).not.toBe('');
    }
  });
});

describe('zoneOfAcademie', () => {
  it.each([
    ['Lyon', 'A'],
    ['Clermont-Ferrand', 'A'],
    ['Besançon', 'A'],
    ['Orléans-Tours', 'B'],
    ['nancy metz', 'B'],
    ['Créteil', 'C'],
    ['Versailles', 'C'],
    ['Corse', null],
  ])('%s → %s', (name, zone) => {
    expect(zoneOfAcademie(name)).toBe(zone);
  });
});
