import { SCHOOL_HOLIDAYS } from '@flowstage/domain/reference';
import {
  type Conflict,
  type PlanVariant,
  planTour,
  type TourEvaluation,
  type TourProblem,
  type ValidationError,
} from '@flowstage/domain/touring';
import { publicHolidays } from '../../lib/public-holidays.ts';
import { MAX_TIME_BUDGET_MS, type SolveBody } from './problem.schema.ts';

export interface SkippedStop {
  readonly stopId: string;
  readonly reason: 'no_open_day' | 'not_selected';
  readonly message: string;
}

export interface SolveSuccess {
  readonly ok: true;
  readonly variants: readonly PlanVariant[];
  readonly naive: { readonly evaluation: TourEvaluation };
  readonly skipped: readonly SkippedStop[];
  readonly iterations: number;
  readonly timeUsedMs: number;
  readonly timeBudgetMs: number;
}

export type SolveOutcome =
  | SolveSuccess
  | { readonly ok: false; readonly reason: 'invalid_problem'; readonly errors: readonly ValidationError[] }
  | {
      readonly ok: false;
      readonly reason: 'infeasible';
      readonly conflicts: readonly Conflict[];
      readonly bestPartial: TourEvaluation;
      readonly timeUsedMs: number;
    };

/** Public holidays of every country the tour touches (their eves count as preferred show days). */
export function publicHolidaysFor(problem: TourProblem): string[] {
  const countries = new Set<string>(['FR']);
  for (const p of [problem.start, problem.end, ...problem.stops]) {
    if (p?.location?.country) countries.add(p.location.country);
  }
  const { from, to } = problem.dateRange;
  const out = new Set<string>();
  for (const c of countries) for (const h of publicHolidays(c, null, from, to)) out.add(h.date);
  return [...out].sort();
}

/**
 * Solves a tour problem within a server-capped time budget: fills in public and school holidays
 * when the caller gave none, plans the variants, and lists the stops left out with the reason.
 * Synchronous by design (the optimiser is CPU-bound); the cap bounds how long it may hold the thread.
 */
export function solveTour(body: SolveBody, clock: () => number = () => performance.now()): SolveOutcome {
  const started = clock();
  const timeBudgetMs = Math.min(body.options?.timeBudgetMs ?? 1_500, MAX_TIME_BUDGET_MS);
  const input = body.problem;
  const problem: TourProblem = {
    ...input,
    schoolHolidays: SCHOOL_HOLIDAYS,
    publicHolidays: input.publicHolidays ?? publicHolidaysFor(input),
  };
  const result = planTour(problem, {
    seed: body.options?.seed ?? 1,
    // What the holiday look-ups took comes out of the caller's budget.
    timeBudgetMs: Math.max(10, timeBudgetMs - (clock() - started)),
    clock,
    alternativeVehicles: body.options?.alternativeVehicles ?? ['train'],
  });
  const timeUsedMs = Math.round(clock() - started);
  if (!result.ok) {
    if (result.reason === 'invalid_problem') return result;
    return { ...result, timeUsedMs };
  }
  const inTour = new Set(result.variants[0]?.tour.shows.map((s) => s.stopId));
  const skipped: SkippedStop[] = [];
  for (const stop of problem.stops) {
    if (inTour.has(stop.id)) continue;
    const noWindow = stop.windows.length === 0;
    skipped.push(
      noWindow
        ? { stopId: stop.id, reason: 'no_open_day', message: 'no availability window in the tour dates' }
        : {
            stopId: stop.id,
            reason: 'not_selected',
            message: 'the tour is cheaper or keeps the rules better without it',
          },
    );
  }
  return {
    ok: true,
    variants: result.variants,
    naive: { evaluation: result.naive.evaluation },
    skipped,
    iterations: result.iterations,
    timeUsedMs,
    timeBudgetMs,
  };
}
