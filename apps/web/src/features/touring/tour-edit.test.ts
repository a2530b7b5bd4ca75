import { compileProblem, evaluateCompiled, type TourProblem } from '@flowstage/domain/touring';
import { describe, expect, it } from 'vitest';
import { classifyDays, moveShow, toggleLock } from './tour-edit.ts';

const shows = [
  { stopId: 'a', date: '2026-03-06' },
  { stopId: 'b', date: '2026-03-07' },
  { stopId: 'c', date: '2026-03-13' },
];

describe('moveShow', () => {
  it.each([
    ['to a free date', 'a', '2026-03-10', ['b@2026-03-07', 'a@2026-03-10', 'c@2026-03-13']],
    ['onto another show: swaps them', 'a', '2026-03-13', ['b@2026-03-07', 'c@2026-03-06', 'a@2026-03-13']],
    ['to its own date: no change', 'b', '2026-03-07', ['a@2026-03-06', 'b@2026-03-07', 'c@2026-03-13']],
  ])('%s', (_name, stopId, date, expected) => {
    const moved = moveShow(shows, stopId, date).map((s) => `${s.stopId}@${s.date}`);
    expect([...moved].sort()).toEqual([...expected].sort());
    expect(new Set(moveShow(shows, stopId, date).map((s) => s.date)).size).toBe(3);
  });
});

describe('toggleLock', () => {
  it('locks then unlocks', () => {
    const once = toggleLock([], shows[0]!);
    expect(once).toEqual([shows[0]]);
    expect(toggleLock(once, shows[0]!)).toEqual([]);
  });
});

describe('classifyDays and the in-browser evaluation', () => {
  const open = [{ kind: 'days' as const, from: '2026-03-02', to: '2026-03-29' }];
  const problem: TourProblem = {
    currency: 'EUR',
    start: { location: { lat: 48.8566, lon: 2.3522, country: 'FR' } },
    dateRange: { from: '2026-03-02', to: '2026-03-29' },
    showsWanted: 3,
    party: { size: 4, vehicle: 'van' },
    stops: [
      { id: 'a', location: { lat: 50.6292, lon: 3.0573 }, capacity: 400, windows: open },
      { id: 'b', location: { lat: 49.8941, lon: 2.2958 }, capacity: 500, windows: open },
      { id: 'c', location: { lat: 49.4432, lon: 1.0999 }, capacity: 600, windows: open },
    ],
  };
  it('marks shows, and recomputes cost when a show moves', () => {
    const cp = compileProblem(problem);
    const before = evaluateCompiled(cp, { shows });
    const kinds = classifyDays(problem.dateRange, shows, before.legs);
    expect(kinds.get('2026-03-06')).toBe('show');
    expect(kinds.get('2026-03-02')).toBe('home');
    const after = evaluateCompiled(cp, { shows: moveShow(shows, 'c', '2026-03-08') });
    expect(after.breakdown.travelCostCents).toBeLessThan(before.breakdown.travelCostCents);
  });
});
