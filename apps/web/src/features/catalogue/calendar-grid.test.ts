import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, gridRange, monthGrid } from './calendar-grid.ts';
import type { Calendar } from './types.ts';

describe('gridRange', () => {
  it.each([
    ['2026-12', '2026-11-30', '2027-01-03'],
    ['2026-02', '2026-01-26', '2026-03-01'],
    ['2027-03', '2027-03-01', '2027-04-04'],
  ])('%s spans %s → %s', (month, from, to) => {
    expect(gridRange(month)).toEqual({ from, to });
  });

  it('always shows whole weeks starting on Monday and the whole month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        const cells = monthGrid(month, undefined);
        expect(cells.length % 7).toBe(0);
        expect(cells[0]?.weekday).toBe(1);
        expect(cells.filter((c) => c.inMonth).length).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      }),
    );
  });
});

describe('monthGrid', () => {
  const calendar: Calendar = {
    slots: [
      {
        id: 'a',
        startDate: '2026-12-04',
        endDate: '2026-12-06',
        status: 'option',
        reason: 'Hold',
        source: 'manual',
      },
      {
        id: 'b',
        startDate: '2026-12-05',
        endDate: '2026-12-05',
        status: 'booked',
        reason: 'Concert',
        source: 'ical',
      },
    ],
    rules: [{ id: 'r', weekdays: [1], validFrom: null, validTo: '2026-12-20', reason: 'Relâche' }],
    holidays: [{ date: '2026-12-25', name: 'Noël' }],
  };
  const byDate = new Map(monthGrid('2026-12', calendar).map((c) => [c.date, c]));
  it.each([
    ['2026-12-04', 'option', false, null],
    ['2026-12-05', 'booked', false, null],
    ['2026-12-07', null, true, null],
    ['2026-12-28', null, false, null],
    ['2026-12-25', null, false, 'Noël'],
  ])('%s', (date, status, recurring, holiday) => {
    const cell = byDate.get(date);
    expect(cell?.status).toBe(status);
    expect(cell?.recurring).toBe(recurring);
    expect(cell?.holiday).toBe(holiday);
  });

  it('moves across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });
});
