import type { Conflict, TourEvaluation, ValidationError } from '@flowstage/domain/touring';
import { AppError } from '../../errors.ts';

/** Domain validation errors as a 400 problem with one entry per offending field. */
export function invalidProblem(errors: readonly ValidationError[]): AppError {
  return new AppError('VALIDATION_FAILED', 'invalid tour problem', {
    detail: 'The tour problem is invalid: see errors[].',
    errors: errors.map((e) => ({ path: `problem.${e.path}`, message: `${e.code}: ${e.message}` })),
  });
}

/** No tour keeps every hard rule: 422 with the conflicts, what to relax, and the fullest partial tour. */
export function infeasible(conflicts: readonly Conflict[], bestPartial: TourEvaluation): AppError {
  const first = conflicts[0];
  return new AppError('TOUR_INFEASIBLE', 'no feasible tour', {
    detail: first
      ? `No tour keeps every rule: ${first.message}. Suggestion: ${first.relax}.`
      : 'No tour keeps every rule.',
    extensions: { conflicts, bestPartial },
  });
}
