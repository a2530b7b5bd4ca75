import {
  bookingAudit,
  bookingHolds,
  bookingOffers,
  bookings,
  type Db,
  type DbOrTx,
  organisations,
  validationItems,
} from '@flowstage/db';
import { needsLegalExpert, type ValidationReason, validationDueAt } from '@flowstage/domain/booking';
import { buildContractDocument } from '@flowstage/domain/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ApiContext } from '../../context.ts';
import { AppError, notFound } from '../../errors.ts';
import { unmarkDayBooked } from '../catalogue/index.ts';
import { findContractFor, findVersion, renderContractHtml, termsSchema } from '../contracts/index.ts';
import { emitEvent } from '../events/index.ts';
import { requireMembership } from '../identity/index.ts';
import { scheduleEscalation } from './accept-offer.ts';
import { audit } from './audit.ts';
import type { decisionBody } from './booking.schema.ts';
import { findOfferFor, latestRevision, presentValidation } from './offer-repository.ts';
import { dispatchForSignature, type Requester } from './send-for-signature.ts';

/** Validators are members of a legal_validator organisation (platform admins may help, not on legal items). */
async function requireValidator(db: Db, userId: string, orgId: string) {
  const m = await requireMembership(db, userId, orgId);
  if (m.accountType !== 'legal_validator' && m.accountType !== 'admin')
    throw new AppError('FORBIDDEN', `account type ${m.accountType}`, {
      detail: 'Only the validation team can see this queue.',
    });
  return m;
}

async function itemOrNotFound(db: DbOrTx, itemId: string, lock = false) {
  const q = db.select().from(validationItems).where(eq(validationItems.id, itemId));
  const [item] = lock ? await q.for('update') : await q;
  if (!item) throw notFound('Validation item');
  return item;
}

/** The open queue, most urgent first, with the offer summary a validator needs. */
export async function listQueue(db: Db, userId: string, orgId: string, now: Date) {
  await requireValidator(db, userId, orgId);
  const rows = await db
    .select({ item: validationItems, offer: bookingOffers, hold: bookingHolds })
    .from(validationItems)
    .innerJoin(bookingOffers, eq(bookingOffers.id, validationItems.offerId))
    .innerJoin(bookingHolds, eq(bookingHolds.id, bookingOffers.holdId))
    .where(inArray(validationItems.status, ['pending', 'changes_requested']))
    .orderBy(asc(validationItems.dueAt))
    .limit(200);
  const out = [];
  for (const r of rows) {
    const rev = await latestRevision(db, r.offer.id);
    out.push({
      ...presentValidation(r.item, now),
      date: r.hold.day,
      feeCents: rev.feeCents,
      currency: rev.currency,
      tier: r.offer.tier,
    });
  }
  return out;
}

/** The contract text as the validator reviews it (HTML of the current version). */
export async function validationDocument(db: Db, userId: string, orgId: string, itemId: string) {
  await requireValidator(db, userId, orgId);
  const item = await itemOrNotFound(db, itemId);
  const [offer] = await db.select().from(bookingOffers).where(eq(bookingOffers.id, item.offerId));
  if (!offer?.contractId) throw notFound('Contract');
  const contract = await findContractFor(db, offer.artistOrganisationId, offer.contractId);
  const version = await findVersion(db, contract.id, contract.currentVersion);
  return renderContractHtml(buildContractDocument(termsSchema.parse(version.terms), contract.reference));
}

/**
 * A validator approves, requests changes (with a comment) or rejects. Every decision is audited.
 * Approval of a "complete" tier contract sends it for signature at once; otherwise the seller sends.
 * Rejection cancels the booking and frees both calendars.
 */
export async function decide(
  ctx: ApiContext,
  who: Requester,
  orgId: string,
  itemId: string,
  body: z.output<typeof decisionBody>,
  now: Date,
) {
  const { db } = ctx;
  const member = await requireValidator(db, who.userId, orgId);
  if (body.decision !== 'approve' && !body.comment)
    throw new AppError('VALIDATION_FAILED', 'comment required', {
      detail: 'Say what must change, or why the contract is rejected.',
      errors: [{ path: 'body.comment', message: 'required for this decision' }],
    });
  const decided = await db.transaction(async (tx) => {
    const item = await itemOrNotFound(tx, itemId, true);
    if (item.status !== 'pending')
      throw new AppError('CONFLICT', `item is ${item.status}`, {
        detail:
          item.status === 'changes_requested'
            ? 'Changes were requested: the seller must resubmit first.'
            : `This item is already ${item.status}.`,
      });
    if (needsLegalExpert(item.reasons as ValidationReason[]) && member.accountType !== 'legal_validator')
      throw new AppError('FORBIDDEN', 'legal expert required', {
        detail: 'Non-standard clauses need a legal validator.',
      });
    const status =
      body.decision === 'approve'
        ? 'approved'
        : body.decision === 'reject'
          ? 'rejected'
          : 'changes_requested';
    const [row] = await tx
      .update(validationItems)
      .set({ status, decidedBy: who.userId, decidedAt: now, comment: body.comment ?? null })
      .where(eq(validationItems.id, item.id))
      .returning();
    await audit(tx, {
      action: `validation_${status}`,
      actor: `user:${who.userId}`,
      offerId: item.offerId,
      validationItemId: item.id,
      details: body.comment ? { comment: body.comment } : {},
      at: now,
    });
    if (status === 'rejected') await cancelBooking(tx, item.offerId, now);
    return row ?? item;
  });
  if (decided.status === 'approved') {
    const [offer] = await db.select().from(bookingOffers).where(eq(bookingOffers.id, decided.offerId));
    if (offer?.tier === 'complete') await dispatchForSignature(ctx, offer, who, now);
  }
  return presentValidation(decided, now);
}

async function cancelBooking(tx: DbOrTx, offerId: string, now: Date) {
  const [accepted] = await tx
    .select()
    .from(bookingAudit)
    .where(and(eq(bookingAudit.offerId, offerId), eq(bookingAudit.action, 'offer_accepted')));
  const [booking] = await tx
    .update(bookings)
    .set({ status: 'cancelled' })
    .where(and(eq(bookings.offerId, offerId), eq(bookings.status, 'confirmed')))
    .returning();
  const [offer] = await tx
    .update(bookingOffers)
    .set({ status: 'declined', updatedAt: now })
    .where(eq(bookingOffers.id, offerId))
    .returning();
  if (offer)
    await tx
      .update(bookingHolds)
      .set({ status: 'released', updatedAt: now })
      .where(eq(bookingHolds.id, offer.holdId));
  if (!booking) return;
  const details = accepted?.details as { venueSlotId?: string; artistSlotId?: string } | undefined;
  if (details?.venueSlotId) await unmarkDayBooked(tx, booking.venueProfileId, details.venueSlotId);
  if (details?.artistSlotId) await unmarkDayBooked(tx, booking.artistProfileId, details.artistSlotId);
}

/** After "changes requested", the seller edits the contract (new version) and resubmits it. */
export async function resubmit(db: Db, userId: string, orgId: string, offerId: string, now: Date) {
  await requireMembership(db, userId, orgId, ['owner', 'admin', 'member']);
  const offer = await findOfferFor(db, orgId, offerId);
  if (offer.artistOrganisationId !== orgId)
    throw new AppError('FORBIDDEN', 'buyer cannot resubmit', { detail: 'The artist’s side resubmits.' });
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(validationItems)
      .where(and(eq(validationItems.offerId, offer.id), eq(validationItems.status, 'changes_requested')))
      .for('update');
    if (!item) throw new AppError('CONFLICT', 'nothing to resubmit', { detail: 'No change was requested.' });
    const dueAt = validationDueAt(now);
    if (!dueAt)
      throw new AppError('NO_RULE_IN_FORCE', 'no validation policy', {
        detail: 'No validation policy is in force.',
      });
    const [row] = await tx
      .update(validationItems)
      .set({ status: 'pending', dueAt, escalatedAt: null, decidedAt: null, decidedBy: null })
      .where(eq(validationItems.id, item.id))
      .returning();
    await scheduleEscalation(tx, item.id, dueAt);
    await audit(tx, {
      action: 'validation_resubmitted',
      actor: `user:${userId}`,
      offerId,
      validationItemId: item.id,
      at: now,
    });
    return presentValidation(row ?? item, now);
  });
}

/**
 * Job: an item still pending at its SLA deadline is escalated: flagged (shown in red), audited, and
 * the validation team is told (in-app notification, e-mail to its managers, webhooks) through an
 * outbox event in the same transaction. Items needing a legal expert go to legal validators only.
 */
export async function escalateValidation(db: Db, itemId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(validationItems)
      .where(eq(validationItems.id, itemId))
      .for('update');
    if (item?.status !== 'pending' || item.escalatedAt) return;
    if (item.dueAt.getTime() > now.getTime()) throw new Error('SLA not reached yet');
    await tx.update(validationItems).set({ escalatedAt: now }).where(eq(validationItems.id, item.id));
    const legal = needsLegalExpert(item.reasons as ValidationReason[]);
    // Identity owns organisations; read-only here, like the validator check above.
    const team = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.accountType, legal ? ['legal_validator'] : ['legal_validator', 'admin']));
    await emitEvent(tx, {
      type: 'validation_escalated',
      organisationIds: team.map((o) => o.id),
      payload: {
        validationItemId: item.id,
        offerId: item.offerId,
        reasons: item.reasons,
        legalExpertRequired: legal,
        dueAt: item.dueAt.toISOString(),
      },
      occurredAt: now,
    });
    await audit(tx, {
      action: 'validation_escalated',
      actor: 'system:validation-sla',
      offerId: item.offerId,
      validationItemId: item.id,
      details: { dueAt: item.dueAt.toISOString(), notifiedOrganisations: team.length },
      at: now,
    });
  });
}
