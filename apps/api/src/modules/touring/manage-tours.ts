import type { DbOrTx, MemberRole } from '@flowstage/db';
import { type TourProblem, validateProblem } from '@flowstage/domain/touring';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import { requireMembership } from '../identity/index.ts';
import { withCatalogueAvailability } from './catalogue-availability.ts';
import type { TourProblemInput } from './problem.schema.ts';
import { invalidProblem } from './solve-errors.ts';
import { publicHolidaysFor } from './solve-tour.ts';
import type { createTourBody, updateTourBody } from './tour.schema.ts';
import { deleteTour, findTour, insertTour, listTours, type TourRow, updateTour } from './tour-repository.ts';

export const WRITERS: readonly MemberRole[] = ['owner', 'admin', 'member'];
const TOURING_ACCOUNTS = new Set(['artist', 'booker', 'admin']);

/** Members read; owners, admins and members write; only artist and booker organisations plan tours. */
export async function tourAccess(db: DbOrTx, userId: string, orgId: string, write: boolean) {
  const membership = await requireMembership(db, userId, orgId, write ? WRITERS : undefined);
  if (!TOURING_ACCOUNTS.has(membership.accountType)) {
    throw new AppError('FORBIDDEN', `account type ${membership.accountType} cannot plan tours`, {
      detail: 'Tours are planned by artist and booker organisations.',
    });
  }
  return membership;
}

/** The stored problem re-checked by the domain validator (windows inside the range, etc.). */
export function checkedProblem(problem: TourProblemInput): TourProblemInput {
  const errors = validateProblem(problem as TourProblem);
  if (errors.length > 0) throw invalidProblem(errors);
  // Stored with its public holidays so the browser's instant re-evaluation matches the server's.
  return { ...problem, publicHolidays: problem.publicHolidays ?? publicHolidaysFor(problem) };
}

export function presentTour(row: TourRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    status: row.status,
    // The JSON columns were written from the validated schemas above.
    problem: row.problem as unknown as TourProblemInput,
    stopDetails: row.stopDetails,
    result: row.result as never,
    selection: row.selection as never,
    locked: row.locked,
    seed: row.seed,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function createTour(
  db: DbOrTx,
  userId: string,
  orgId: string,
  body: z.infer<typeof createTourBody>,
) {
  await tourAccess(db, userId, orgId, true);
  const problem = checkedProblem(await withCatalogueAvailability(db, body.problem, body.stopDetails));
  return insertTour(db, {
    organisationId: orgId,
    name: body.name,
    problem,
    stopDetails: body.stopDetails,
    createdBy: userId,
  });
}

export async function listOrgTours(db: DbOrTx, userId: string, orgId: string) {
  await tourAccess(db, userId, orgId, false);
  return listTours(db, orgId);
}

export async function getTour(db: DbOrTx, userId: string, orgId: string, tourId: string, write = false) {
  await tourAccess(db, userId, orgId, write);
  const row = await findTour(db, orgId, tourId);
  if (!row) throw notFound('Tour');
  return row;
}

/** A new problem invalidates the stored plan and selection (they may name stops that are gone). */
export async function editTour(
  db: DbOrTx,
  userId: string,
  orgId: string,
  tourId: string,
  body: z.infer<typeof updateTourBody>,
) {
  const current = await getTour(db, userId, orgId, tourId, true);
  const details = body.stopDetails ?? current.stopDetails;
  const problem = body.problem
    ? checkedProblem(await withCatalogueAvailability(db, body.problem, details))
    : undefined;
  const row = await updateTour(db, orgId, tourId, {
    ...(body.name ? { name: body.name } : {}),
    ...(body.stopDetails ? { stopDetails: body.stopDetails } : {}),
    ...(problem ? { problem, result: null, selection: null, locked: [], status: 'draft' as const } : {}),
  });
  if (!row) throw notFound('Tour');
  return row;
}

export async function removeTour(db: DbOrTx, userId: string, orgId: string, tourId: string) {
  await tourAccess(db, userId, orgId, true);
  if (!(await deleteTour(db, orgId, tourId))) throw notFound('Tour');
}
