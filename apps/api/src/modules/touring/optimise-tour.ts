import type { DbOrTx } from '@flowstage/db';
import { SCHOOL_HOLIDAYS } from '@flowstage/domain/reference';
import { evaluateTour, type TourProblem } from '@flowstage/domain/touring';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import { withCatalogueAvailability } from './catalogue-availability.ts';
import { getTour } from './manage-tours.ts';
import type { TourProblemInput } from './problem.schema.ts';
import { infeasible, invalidProblem } from './solve-errors.ts';
import { publicHolidaysFor } from './solve-tour.ts';
import type { SolverPool } from './solver-pool.ts';
import type { optimiseBody, selectionBody } from './tour.schema.ts';
import { updateTour } from './tour-repository.ts';

type Show = { stopId: string; date: string };

/** Locked shows become confirmed dates of the problem, so the optimiser moves only the rest. */
export function withLocks(problem: TourProblemInput, locked: readonly Show[]): TourProblemInput {
  const byStop = new Map(locked.map((l) => [l.stopId, l.date]));
  for (const l of locked) {
    if (!problem.stops.some((s) => s.id === l.stopId)) {
      throw new AppError('VALIDATION_FAILED', 'lock on unknown stop', {
        detail: `Stop ${l.stopId} is not a candidate of this tour.`,
        errors: [{ path: 'locked', message: `unknown stop ${l.stopId}` }],
      });
    }
  }
  return {
    ...problem,
    stops: problem.stops.map((s) => {
      const date = byStop.get(s.id);
      return date ? { ...s, fixedDate: date, required: true } : s;
    }),
  };
}

/** Runs the optimiser server-side (seeded) and stores its variants; nothing is stored on failure. */
export async function optimiseTour(
  db: DbOrTx,
  solver: SolverPool,
  userId: string,
  orgId: string,
  tourId: string,
  body: z.infer<typeof optimiseBody>,
) {
  const row = await getTour(db, userId, orgId, tourId, true);
  const locked = body?.locked ?? [];
  const seed = body?.seed ?? row.seed;
  // Calendars are read again: a venue booked by someone else since the tour was drafted must not be
  // proposed that day (locked dates stay open, like confirmed ones).
  const problem = await withCatalogueAvailability(
    db,
    withLocks(row.problem as unknown as TourProblemInput, locked),
    row.stopDetails,
  );
  const outcome = await solver.solve({
    problem,
    options: {
      seed,
      timeBudgetMs: body?.timeBudgetMs ?? 1_500,
      alternativeVehicles: body?.alternativeVehicles ?? ['train'],
    },
  });
  if (!outcome.ok) {
    if (outcome.reason === 'invalid_problem') throw invalidProblem(outcome.errors);
    throw infeasible(outcome.conflicts, outcome.bestPartial);
  }
  const { ok: _ok, ...result } = outcome;
  const updated = await updateTour(db, orgId, tourId, {
    result: result as unknown as Record<string, unknown>,
    selection: null,
    locked,
    seed,
    status: 'planned',
    plannedAt: new Date(),
  });
  if (!updated) throw notFound('Tour');
  return updated;
}

/** The booker's chosen (maybe hand-edited) tour, evaluated server-side with the same rules. */
export async function selectTour(
  db: DbOrTx,
  userId: string,
  orgId: string,
  tourId: string,
  body: z.infer<typeof selectionBody>,
) {
  const row = await getTour(db, userId, orgId, tourId, true);
  const input = row.problem as unknown as TourProblemInput;
  const known = new Set(input.stops.map((s) => s.id));
  const unknown = body.shows.filter((s) => !known.has(s.stopId));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'unknown stops in selection', {
      detail: 'Some shows name stops that are not candidates of this tour.',
      errors: unknown.map((s) => ({ path: 'shows', message: `unknown stop ${s.stopId}` })),
    });
  }
  const problem: TourProblem = {
    ...input,
    schoolHolidays: SCHOOL_HOLIDAYS,
    publicHolidays: input.publicHolidays ?? publicHolidaysFor(input),
  };
  const evaluation = evaluateTour(problem, { shows: body.shows });
  const updated = await updateTour(db, orgId, tourId, {
    selection: { variantIndex: body.variantIndex, shows: evaluation.shows, evaluation } as unknown as Record<
      string,
      unknown
    >,
    status: 'chosen',
  });
  if (!updated) throw notFound('Tour');
  return updated;
}
