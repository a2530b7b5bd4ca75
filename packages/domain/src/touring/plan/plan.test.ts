import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../reference/index.ts';
import { evaluateTour } from './evaluate.ts';
import { planTour } from './plan.ts';
import type { Stop, TourProblem } from './problem.ts';

/** A clock advancing 1 ms per call: budgets become iteration counts, so runs do not depend on machine speed. */
function tickingClock(): () => number {
  let t = 0;
  return () => t++;
}

const FROM = '2026-03-02';

const stopArb = (i: number) =>
  fc
    .record({
      lat: fc.double({ min: 43, max: 50, noNaN: true }),
      lon: fc.double({ min: -1, max: 7, noNaN: true }),
      capacity: fc.integer({ min: 100, max: 3000 }),
      open: fc.uniqueArray(fc.integer({ min: 0, max: 27 }), { minLength: 1, maxLength: 14 }),
      radius: fc.boolean(),
      school: fc.boolean(),
    })
    .map(
      (r): Stop => ({
        id: `s${i}`,
        location: { lat: r.lat, lon: r.lon, country: 'FR' },
        capacity: r.capacity,
        windows: r.open.map((d) => ({ kind: 'days', from: addDays(FROM, d), to: addDays(FROM, d) })),
        ...(r.radius ? { radiusClause: { radiusMetres: 100_000, days: 5 } } : {}),
        ...(r.school ? { schoolCalendar: { country: 'FR', zone: 'A' } } : {}),
      }),
    );

const problemArb = fc
  .integer({ min: 3, max: 12 })
  .chain((m) =>
    fc.record({
      stops: fc.tuple(...Array.from({ length: m }, (_, i) => stopArb(i))),
      wanted: fc.integer({ min: 1, max: m }),
      festival: fc.option(fc.integer({ min: 0, max: 25 }), { nil: undefined }),
      maxDrive: fc.constantFrom(300_000, 600_000),
    }),
  )
  .map(
    ({ stops, wanted, festival, maxDrive }): TourProblem => ({
      currency: 'EUR',
      start: { location: { lat: 48.8566, lon: 2.3522, country: 'FR' } },
      dateRange: { from: FROM, to: addDays(FROM, 27) },
      showsWanted: wanted,
      party: { size: 4, vehicle: 'van' },
      stops,
      festivals:
        festival === undefined
          ? []
          : [
              {
                name: 'F',
                location: { lat: 46, lon: 3 },
                from: addDays(FROM, festival),
                to: addDays(FROM, festival + 2),
                radiusMetres: 200_000,
              },
            ],
      schoolHolidays: [
        {
          country: 'FR',
          zones: ['A'],
          name: 'test',
          from: addDays(FROM, 5),
          to: addDays(FROM, 12),
          convention: 'first_to_last_day',
          source: 'test fixture',
        },
      ],
      rules: { maxDriveMetresPerDay: maxDrive },
    }),
  );

describe('planTour', () => {
  it('returns only tours that keep every hard rule, or an explained failure', () => {
    fc.assert(
      fc.property(problemArb, fc.integer(), (problem, seed) => {
        const result = planTour(problem, { seed, timeBudgetMs: 400, clock: tickingClock() });
        if (!result.ok) {
          expect(result.reason).not.toBe('invalid_problem');
          if (result.reason === 'infeasible') {
            expect(result.conflicts.length).toBeGreaterThan(0);
            expect(
              result.bestPartial.violations.filter(
                (v) =>
                  v.severity === 'hard' &&
                  v.rule !== 'show_count' &&
                  v.rule !== 'fixed_show' &&
                  v.rule !== 'required_stop_missing',
              ),
            ).toEqual([]);
          }
          return;
        }
        expect(result.variants.length).toBeGreaterThan(0);
        for (const variant of result.variants) {
          // Re-evaluate from the public tour alone: the optimiser's internal state is not trusted.
          const again = evaluateTour(problem, variant.tour, {
            vehicle: variant.evaluation.breakdown.vehicle,
          });
          expect(again.violations.filter((v) => v.severity === 'hard')).toEqual([]);
          expect(again.breakdown).toEqual(variant.evaluation.breakdown);
          expect(variant.tour.shows).toHaveLength(problem.showsWanted ?? 0);
          const b = again.breakdown;
          expect(b.travelCostCents).toBe(
            b.distanceCostCents + b.vehicleHireCents + b.hotelCents + b.perDiemCents,
          );
          const soft = again.violations.filter((v) => v.severity === 'soft' && v.rule !== 'skipped_stop');
          expect(b.rulePenaltyCents).toBeCloseTo(
            soft.reduce((s, v) => s + v.penaltyCents, 0),
            -1,
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps confirmed shows on their date', () => {
    const problem: TourProblem = {
      currency: 'EUR',
      start: { location: { lat: 48.8566, lon: 2.3522, country: 'FR' } },
      dateRange: { from: FROM, to: addDays(FROM, 13) },
      showsWanted: 3,
      party: { size: 5, vehicle: 'van' },
      stops: [
        {
          id: 'lyon',
          location: { lat: 45.764, lon: 4.8357 },
          capacity: 900,
          windows: [{ kind: 'days', from: FROM, to: addDays(FROM, 13) }],
          fixedDate: addDays(FROM, 6),
        },
        {
          id: 'dijon',
          location: { lat: 47.322, lon: 5.0415 },
          capacity: 500,
          windows: [{ kind: 'days', from: FROM, to: addDays(FROM, 13) }],
        },
        {
          id: 'grenoble',
          location: { lat: 45.1885, lon: 5.7245 },
          capacity: 700,
          windows: [{ kind: 'days', from: FROM, to: addDays(FROM, 13) }],
        },
        {
          id: 'brest',
          location: { lat: 48.3904, lon: -4.4861 },
          capacity: 1500,
          windows: [{ kind: 'days', from: FROM, to: addDays(FROM, 13) }],
        },
      ],
    };
    const result = planTour(problem, { seed: 3, timeBudgetMs: 500, clock: tickingClock() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const v of result.variants) {
      expect(v.tour.shows).toContainEqual({ stopId: 'lyon', date: addDays(FROM, 6) });
      // Brest is 900 km away from the cluster: the cheapest plan leaves it out.
      if (v.kinds.includes('cheapest')) expect(v.tour.shows.map((s) => s.stopId)).not.toContain('brest');
      expect(v.savingsVsNaive.travelCostPct).toBeGreaterThanOrEqual(0);
    }
  });

  it('explains a conflict between two confirmed shows', () => {
    const open = [{ kind: 'days' as const, from: FROM, to: addDays(FROM, 9) }];
    const problem: TourProblem = {
      currency: 'EUR',
      start: { location: { lat: 48.8566, lon: 2.3522, country: 'FR' } },
      dateRange: { from: FROM, to: addDays(FROM, 9) },
      showsWanted: 2,
      party: { size: 2, vehicle: 'van' },
      stops: [
        {
          id: 'brest',
          location: { lat: 48.3904, lon: -4.4861 },
          capacity: 800,
          windows: open,
          fixedDate: addDays(FROM, 2),
        },
        {
          id: 'nice',
          location: { lat: 43.7102, lon: 7.262 },
          capacity: 800,
          windows: open,
          fixedDate: addDays(FROM, 3),
        },
      ],
    };
    const result = planTour(problem, { seed: 1, timeBudgetMs: 100, clock: tickingClock() });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'infeasible') return;
    expect(result.conflicts[0]?.rules).toEqual(['max_drive_per_day']);
    expect(result.conflicts[0]?.stopIds).toEqual(['brest', 'nice']);
  });
});
