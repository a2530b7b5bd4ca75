import { bookingHolds, bookingSettings, type Db, type DbOrTx } from '@flowstage/db';
import { challengeDeadline, checkChallenge, DEFAULT_CHALLENGE_SECONDS } from '@flowstage/domain/booking';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { enqueueJob } from '../../lib/jobs/index.ts';
import { emitEvent } from '../events/index.ts';
import { requireMembership } from '../identity/index.ts';
import { audit } from './audit.ts';
import { findHoldFor, type HoldRow, presentHold, slotHolds } from './hold-repository.ts';
import { EDITORS } from './place-hold.ts';

export const CHALLENGE_EXPIRY_QUEUE = 'booking.challenge-expiry';

async function challengeSecondsOf(db: DbOrTx, venueOrgId: string) {
  const [row] = await db
    .select({ s: bookingSettings.challengeSeconds })
    .from(bookingSettings)
    .where(eq(bookingSettings.organisationId, venueOrgId));
  return row?.s ?? DEFAULT_CHALLENGE_SECONDS;
}

/** Only the holder (or the artist's side) acts on a hold; the venue only watches. */
function assertHolder(hold: HoldRow, orgId: string) {
  if (hold.placedByOrganisationId !== orgId && hold.artistOrganisationId !== orgId)
    throw new AppError('FORBIDDEN', 'not the holder', { detail: 'Only the holder can do this.' });
}

/**
 * The holder of a lower hold challenges the hold just above: that one must confirm (make an offer)
 * or release before the venue's delay (default 48 h), else the expiry job releases it.
 * `hold_challenged` is emitted in the same transaction.
 */
export async function challengeHold(db: Db, userId: string, orgId: string, holdId: string, now: Date) {
  await requireMembership(db, userId, orgId, EDITORS);
  const target = await db.transaction(async (tx) => {
    const hold = await findHoldFor(tx, orgId, holdId);
    assertHolder(hold, orgId);
    // Lock the slot's holds so two challenges of the same hold cannot both pass.
    await tx
      .select({ id: bookingHolds.id })
      .from(bookingHolds)
      .where(
        and(
          eq(bookingHolds.venueProfileId, hold.venueProfileId),
          eq(bookingHolds.stage, hold.stage),
          eq(bookingHolds.day, hold.day),
        ),
      )
      .for('update');
    const holds = await slotHolds(tx, hold.venueProfileId, hold.stage, hold.day);
    const check = checkChallenge(
      holds.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
      hold.id,
    );
    if (check.kind !== 'ok') {
      const detail = {
        not_live: 'This hold is no longer active.',
        first_hold: 'The first hold has nobody above it to challenge.',
        already_challenged: 'The hold above is already challenged.',
        target_offered: 'The hold above is confirmed by an offer.',
      }[check.kind];
      throw new AppError('CONFLICT', `challenge refused: ${check.kind}`, {
        detail,
        extensions: { reason: check.kind },
      });
    }
    const deadline = challengeDeadline(now, await challengeSecondsOf(tx, hold.venueOrganisationId));
    const [updated] = await tx
      .update(bookingHolds)
      .set({ status: 'challenged', challengedByHoldId: hold.id, challengeDeadline: deadline, updatedAt: now })
      .where(eq(bookingHolds.id, check.targetId))
      .returning();
    if (!updated) throw new Error('challenged hold vanished');
    await enqueueJob(tx, {
      queue: CHALLENGE_EXPIRY_QUEUE,
      payload: { holdId: updated.id, deadline: deadline.toISOString() },
      runAt: deadline,
      idempotencyKey: `challenge:${updated.id}:${deadline.toISOString()}`,
    });
    await audit(tx, {
      action: 'hold_challenged',
      actor: `user:${userId}`,
      holdId: updated.id,
      details: { challengerHoldId: hold.id, deadline: deadline.toISOString() },
      at: now,
    });
    await emitEvent(tx, {
      type: 'hold_challenged',
      organisationIds: [updated.placedByOrganisationId, updated.venueOrganisationId, orgId],
      payload: {
        holdId: updated.id,
        challengerHoldId: hold.id,
        venueProfileId: updated.venueProfileId,
        date: updated.day,
        stage: updated.stage,
        deadline: deadline.toISOString(),
      },
      occurredAt: now,
    });
    return updated;
  });
  return presentHold(db, target, now);
}

/** The holder gives the date up; the holds below move up one rank. */
export async function releaseHold(db: Db, userId: string, orgId: string, holdId: string, now: Date) {
  await requireMembership(db, userId, orgId, EDITORS);
  const row = await db.transaction(async (tx) => {
    const hold = await findHoldFor(tx, orgId, holdId, true);
    assertHolder(hold, orgId);
    if (hold.status !== 'active' && hold.status !== 'challenged')
      throw new AppError('CONFLICT', `hold is ${hold.status}`, {
        detail: `A hold that is ${hold.status} cannot be released.`,
      });
    const [updated] = await tx
      .update(bookingHolds)
      .set({ status: 'released', updatedAt: now })
      .where(eq(bookingHolds.id, hold.id))
      .returning();
    await audit(tx, { action: 'hold_released', actor: `user:${userId}`, holdId: hold.id, at: now });
    return updated ?? hold;
  });
  return presentHold(db, row, now);
}

/**
 * Job: a challenged hold whose deadline passed without an answer is released automatically
 * (idempotent: a hold answered in time, or already expired, is left alone).
 */
export async function expireChallenge(db: Db, holdId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [hold] = await tx.select().from(bookingHolds).where(eq(bookingHolds.id, holdId)).for('update');
    if (hold?.status !== 'challenged' || !hold.challengeDeadline) return;
    if (hold.challengeDeadline.getTime() > now.getTime()) {
      // A job run early (clock skew): try again at the deadline.
      throw new Error('challenge deadline not reached yet');
    }
    await tx
      .update(bookingHolds)
      .set({ status: 'expired', updatedAt: now })
      .where(eq(bookingHolds.id, hold.id));
    await audit(tx, {
      action: 'hold_expired',
      actor: 'system:challenge-expiry',
      holdId: hold.id,
      details: { deadline: hold.challengeDeadline.toISOString() },
      at: now,
    });
  });
}

export async function saveSettings(db: Db, userId: string, orgId: string, challengeHours: number) {
  await requireMembership(db, userId, orgId, ['owner', 'admin']);
  const challengeSeconds = challengeHours * 3600;
  await db
    .insert(bookingSettings)
    .values({ organisationId: orgId, challengeSeconds })
    .onConflictDoUpdate({
      target: bookingSettings.organisationId,
      set: { challengeSeconds, updatedAt: new Date() },
    });
  return { challengeHours };
}

export async function readSettings(db: Db, userId: string, orgId: string) {
  await requireMembership(db, userId, orgId);
  return { challengeHours: Math.round((await challengeSecondsOf(db, orgId)) / 3600) };
}
