import { type Db, matchingShortlist } from '@flowstage/db';
import { and, desc, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../errors.ts';
import { emitEvent } from '../events/index.ts';
import { requireMembership } from '../identity/index.ts';
import type { MatchBody } from './match.schema.ts';
import { findCandidate } from './run-match.ts';
import { type MatchDeps, prepare } from './search.ts';

type Row = typeof matchingShortlist.$inferSelect;

export function presentEntry(r: Row) {
  const snapshot = r.request as { candidate?: { name?: string; city?: string | null } };
  return {
    id: r.id,
    organisationId: r.organisationId,
    kind: r.kind,
    subjectProfileId: r.subjectProfileId,
    candidateProfileId: r.candidateProfileId,
    candidateName: snapshot.candidate?.name ?? '',
    candidateCity: snapshot.candidate?.city ?? null,
    date: r.day,
    score: r.score,
    weights: { context: r.configContext, version: r.configVersion },
    breakdown: r.breakdown,
    note: r.note,
    status: r.status,
    holdRequestedAt: r.holdRequestedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

/**
 * Saves a result. The score is recomputed here (never taken from the client) and stored with the
 * configuration version and breakdown, so the shortlist shows what was decided on, reproducibly.
 */
export async function saveToShortlist(
  deps: MatchDeps & { db: Db },
  userId: string,
  body: MatchBody,
  candidateId: string,
  note: string | undefined,
) {
  const { built, config } = await prepare(deps, userId, body);
  const hit = findCandidate(deps.index, built.built, config, candidateId);
  if (!hit) throw notFound('Candidate profile');
  const result = hit.result();
  if (result.kind !== 'scored') {
    throw new AppError('CONFLICT', 'candidate excluded by a hard constraint', {
      detail: 'This candidate is excluded by a hard constraint for this request; ask "why not" to see which.',
    });
  }
  const values = {
    organisationId: body.organisationId,
    createdBy: userId,
    kind: body.kind,
    subjectProfileId: built.built.subjectId,
    candidateProfileId: candidateId,
    candidateOrganisationId: hit.meta.organisationId,
    day: result.date ?? (built.dates.length === 1 ? built.dates[0]! : null),
    score: result.total,
    configContext: config.context,
    configVersion: config.version,
    request: { body, candidate: { name: hit.meta.name, city: hit.meta.city } },
    breakdown: result.lines.map((l) => ({ ...l })),
    note: note ?? null,
  };
  const [row] = await deps.db.insert(matchingShortlist).values(values).onConflictDoNothing().returning();
  if (row) return { created: true, entry: presentEntry(row) };
  const [existing] = await deps.db
    .select()
    .from(matchingShortlist)
    .where(
      and(
        eq(matchingShortlist.organisationId, body.organisationId),
        eq(matchingShortlist.kind, body.kind),
        eq(matchingShortlist.candidateProfileId, candidateId),
      ),
    )
    .orderBy(desc(matchingShortlist.createdAt))
    .limit(1);
  if (!existing) throw new AppError('CONFLICT', 'shortlist entry vanished', { detail: 'Please try again.' });
  return { created: false, entry: presentEntry(existing) };
}

export async function listShortlist(db: Db, userId: string, organisationId: string) {
  await requireMembership(db, userId, organisationId);
  const rows = await db
    .select()
    .from(matchingShortlist)
    .where(eq(matchingShortlist.organisationId, organisationId))
    .orderBy(desc(matchingShortlist.createdAt))
    .limit(500);
  return rows.map(presentEntry);
}

async function ownEntry(db: Db, userId: string, id: string): Promise<Row> {
  const [row] = await db.select().from(matchingShortlist).where(eq(matchingShortlist.id, id));
  if (!row) throw notFound('Shortlist entry');
  await requireMembership(db, userId, row.organisationId);
  return row;
}

export async function removeFromShortlist(db: Db, userId: string, id: string) {
  await ownEntry(db, userId, id);
  await db.delete(matchingShortlist).where(eq(matchingShortlist.id, id));
}

/**
 * Sends a hold request from a saved result. Until the booking module exists, the request lives on
 * the entry; a `match_found` event goes through the outbox (notifications and webhooks of both sides).
 */
export async function requestHold(db: Db, userId: string, id: string, message: string | undefined) {
  const entry = await ownEntry(db, userId, id);
  if (entry.status === 'hold_requested') {
    throw new AppError('CONFLICT', 'hold already requested', {
      detail: 'A hold was already requested for this result.',
    });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(matchingShortlist)
      .set({ status: 'hold_requested', holdRequestedAt: new Date(), ...(message ? { note: message } : {}) })
      .where(and(eq(matchingShortlist.id, id), eq(matchingShortlist.status, 'saved')))
      .returning();
    if (!row)
      throw new AppError('CONFLICT', 'hold already requested', {
        detail: 'A hold was already requested for this result.',
      });
    await emitEvent(tx, {
      type: 'match_found',
      organisationIds: [row.organisationId, row.candidateOrganisationId],
      payload: {
        shortlistId: row.id,
        kind: row.kind,
        subjectProfileId: row.subjectProfileId,
        candidateProfileId: row.candidateProfileId,
        date: row.day,
        score: row.score,
        weights: { context: row.configContext, version: row.configVersion },
        holdRequested: true,
      },
    });
    return presentEntry(row);
  });
}
