import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../reference/index.ts';
import { assess } from './assess.ts';
import { compileProblem } from './compile.ts';
import { naivePlan } from './naive.ts';
import type { Stop, TourProblem } from './problem.ts';
import { retime } from './retime.ts';

const FROM = '2026-03-02';
const DAYS = 10;

const problemArb = fc
  .record({
    points: fc.array(
      fc.record({
        lat: fc.double({ min: 43, max: 50, noNaN: true }),
        lon: fc.double({ min: -1, max: 7, noNaN: true }),
        capacity: fc.integer({ min: 100, max: 3000 }),
        open: fc.uniqueArray(fc.integer({ min: 0, max: DAYS - 1 }), { minLength: 1, maxLength: DAYS }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    maxRun: fc.integer({ min: 1, max: 3 }),
    maxDrive: fc.constantFrom(300_000, 600_000),
  })
  .map(
    ({ points, maxRun, maxDrive }): TourProblem => ({
      currency: 'EUR',
      start: { location: { lat: 48.8566, lon: 2.3522, country: 'FR' } },
      dateRange: { from: FROM, to: addDays(FROM, DAYS - 1) },
      showsWanted: points.length,
      party: { size: 4, vehicle: 'van' },
      stops: points.map(
        (p, i): Stop => ({
          id: `s${i}`,
          location: { lat: p.lat, lon: p.lon, country: 'FR' },
          capacity: p.capacity,
          windows: p.open.map((d) => ({ kind: 'days', from: addDays(FROM, d), to: addDays(FROM, d) })),
        }),
      ),
      rules: { maxConsecutiveShowDays: maxRun, maxDriveMetresPerDay: maxDrive },
    }),
  );

/** Every strictly increasing day sequence of length n in 0..D-1, by recursion (small n, D only). */
function* increasing(n: number, from: number, D: number): Generator<number[]> {
  if (n === 0) {
    yield [];
    return;
  }
  for (let d = from; d <= D - n; d++) for (const rest of increasing(n - 1, d + 1, D)) yield [d, ...rest];
}

describe('retime', () => {
  it('finds the cheapest feasible dates for a running order (brute force agrees)', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const cp = compileProblem(problem);
        const order = problem.stops.map((_, i) => i);
        let best = Number.POSITIVE_INFINITY;
        for (const days of increasing(order.length, 0, cp.dayCount)) {
          const score = assess(cp, order, days, order.length, null);
          if (score.hard === 0) best = Math.min(best, score.objective);
        }
        const days = retime(cp, order);
        if (best === Number.POSITIVE_INFINITY) {
          expect(days).toBeNull();
          return;
        }
        expect(days).not.toBeNull();
        const score = assess(cp, order, days!, order.length, null);
        expect(score.hard).toBe(0);
        expect(score.objective).toBeCloseTo(best, 3);
      }),
      { numRuns: 150 },
    );
  });
});

describe('naivePlan', () => {
  it("takes each venue's first available date in the booker's order, keeping the hard rules", () => {
    const open = [{ kind: 'days' as const, from: FROM, to: addDays(FROM, 13) }];
    const problem: TourProblem = {
      currency: 'EUR',
      start: { location: { lat: 48.8566, lon: 2.3522, country: 'FR' } },
      dateRange: { from: FROM, to: addDays(FROM, 13) },
      showsWanted: 4,
      party: { size: 4, vehicle: 'van' },
      stops: [
        { id: 'lille', location: { lat: 50.6292, lon: 3.0573 }, capacity: 500, windows: open },
        { id: 'amiens', location: { lat: 49.8941, lon: 2.2958 }, capacity: 500, windows: open },
        { id: 'rouen', location: { lat: 49.4432, lon: 1.0999 }, capacity: 500, windows: open },
        { id: 'reims', location: { lat: 49.2583, lon: 4.0317 }, capacity: 500, windows: open },
      ],
    };
    const tour = naivePlan(compileProblem(problem));
    // Each takes the first day not yet taken; Reims's first free day (03-05) would be a fourth show
    // day in a row (the default maximum is 3), so it gets the day after.
    expect(tour.shows).toEqual([
      { stopId: 'lille', date: '2026-03-02' },
      { stopId: 'amiens', date: '2026-03-03' },
      { stopId: 'rouen', date: '2026-03-04' },
      { stopId: 'reims', date: '2026-03-06' },
    ]);
  });
});
