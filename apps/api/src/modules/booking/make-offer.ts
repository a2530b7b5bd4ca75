import { bookingHolds, bookingOfferRevisions, bookingOffers, type Db, type DbOrTx } from '@flowstage/db';
import { rankHolds, validateOffer } from '@flowstage/domain/booking';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../errors.ts';
import { emitEvent } from '../events/index.ts';
import { requireMembership } from '../identity/index.ts';
import { audit, pgErrorCode } from './audit.ts';
import type { counterBody, makeOfferBody, OfferTerms } from './booking.schema.ts';
import { vatRegime } from './contract-terms.ts';
import { findHoldFor, slotHolds } from './hold-repository.ts';
import { findOfferFor, presentOffer } from './offer-repository.ts';
import { EDITORS, holdProfiles } from './place-hold.ts';

/** Domain checks of the terms for the hold's day; every problem as a 400 with its body path. */
function assertValidTerms(terms: OfferTerms, day: string, now: Date) {
  const problems = validateOffer({ ...terms, schedule: terms.schedule }, day, now.toISOString().slice(0, 10));
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', 'offer refused', {
      detail: problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      errors: problems.map((p) => ({ path: `body.terms.${p.path}`, message: p.message })),
    });
}

async function insertRevision(
  tx: DbOrTx,
  offerId: string,
  revision: number,
  orgId: string,
  userId: string,
  terms: OfferTerms,
  vat: unknown,
  message: string | undefined,
  now: Date,
) {
  await tx.insert(bookingOfferRevisions).values({
    offerId,
    revision,
    fromOrganisationId: orgId,
    createdBy: userId,
    feeCents: terms.feeCents,
    currency: terms.currency,
    terms: { ...terms, vat },
    message: message ?? null,
    createdAt: now,
  });
}

/**
 * The first hold turns into an offer (this also answers a challenge: the hold is confirmed). Either
 * side may offer; the other side answers. `offer_received` goes to both through the outbox.
 */
export async function makeOffer(
  db: Db,
  userId: string,
  orgId: string,
  holdId: string,
  body: z.output<typeof makeOfferBody>,
  now: Date,
) {
  await requireMembership(db, userId, orgId, EDITORS);
  const hold = await findHoldFor(db, orgId, holdId);
  if (orgId !== hold.venueOrganisationId && orgId !== hold.artistOrganisationId)
    throw new AppError('FORBIDDEN', 'holder is neither side', {
      detail: 'Only the venue or the artist’s side can make an offer.',
    });
  assertValidTerms(body.terms, hold.day, now);
  const { venue, artist } = await holdProfiles(db, orgId, hold.venueProfileId, hold.artistProfileId);
  const vat = vatRegime(body.terms, hold.day, venue, artist);
  const side = orgId === hold.artistOrganisationId ? 'seller' : 'buyer';
  const offer = await db
    .transaction(async (tx) => {
      const [locked] = await tx.select().from(bookingHolds).where(eq(bookingHolds.id, hold.id)).for('update');
      if (!locked || (locked.status !== 'active' && locked.status !== 'challenged'))
        throw new AppError('CONFLICT', `hold is ${locked?.status}`, {
          detail: 'This hold can no longer be turned into an offer.',
        });
      const ranked = rankHolds(
        (await slotHolds(tx, hold.venueProfileId, hold.stage, hold.day)).map((h) => ({
          ...h,
          createdAt: h.createdAt.toISOString(),
        })),
      );
      const rank = ranked.find((h) => h.id === hold.id)?.rank;
      if (rank !== 1)
        throw new AppError('CONFLICT', `hold rank ${rank}`, {
          detail: 'Only the first hold can make an offer: challenge the hold above first.',
          extensions: { rank },
        });
      await tx
        .update(bookingHolds)
        .set({ status: 'offered', updatedAt: now })
        .where(eq(bookingHolds.id, hold.id));
      const [row] = await tx
        .insert(bookingOffers)
        .values({
          holdId: hold.id,
          venueOrganisationId: hold.venueOrganisationId,
          artistOrganisationId: hold.artistOrganisationId,
          awaitingOrganisationId: side === 'seller' ? hold.venueOrganisationId : hold.artistOrganisationId,
          signatories: { [side]: body.signatory },
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!row) throw new Error('offer insert returned nothing');
      await insertRevision(tx, row.id, 1, orgId, userId, body.terms, vat, body.message, now);
      await audit(tx, {
        action: locked.status === 'challenged' ? 'hold_confirmed_by_offer' : 'offer_made',
        actor: `user:${userId}`,
        holdId: hold.id,
        offerId: row.id,
        details: { feeCents: body.terms.feeCents, currency: body.terms.currency },
        at: now,
      });
      await emitEvent(tx, {
        type: 'offer_received',
        organisationIds: [hold.venueOrganisationId, hold.artistOrganisationId],
        payload: {
          offerId: row.id,
          holdId: hold.id,
          revision: 1,
          date: hold.day,
          feeCents: body.terms.feeCents,
          currency: body.terms.currency,
        },
        occurredAt: now,
      });
      return row;
    })
    .catch((error: unknown) => {
      if (pgErrorCode(error) === '23505')
        throw new AppError('CONFLICT', 'open offer exists', {
          detail: 'This hold already has an open offer.',
        });
      throw error;
    });
  return presentOffer(db, offer, now);
}

/** The awaited side answers with new terms: a new revision, and the other side is awaited. */
export async function counterOffer(
  db: Db,
  userId: string,
  orgId: string,
  offerId: string,
  body: z.output<typeof counterBody>,
  now: Date,
) {
  await requireMembership(db, userId, orgId, EDITORS);
  const seen = await findOfferFor(db, orgId, offerId);
  const [hold] = await db.select().from(bookingHolds).where(eq(bookingHolds.id, seen.holdId));
  if (!hold) throw new Error('hold vanished');
  assertValidTerms(body.terms, hold.day, now);
  const { venue, artist } = await holdProfiles(db, orgId, hold.venueProfileId, hold.artistProfileId);
  const offer = await db.transaction(async (tx) => {
    const current = await findOfferFor(tx, orgId, offerId, true);
    assertAwaited(current, orgId);
    const side = orgId === current.artistOrganisationId ? 'seller' : 'buyer';
    const revision = current.currentRevision + 1;
    const [row] = await tx
      .update(bookingOffers)
      .set({
        currentRevision: revision,
        awaitingOrganisationId:
          orgId === current.artistOrganisationId ? current.venueOrganisationId : current.artistOrganisationId,
        signatories: body.signatory
          ? sql`${bookingOffers.signatories} || ${JSON.stringify({ [side]: body.signatory })}::jsonb`
          : current.signatories,
        updatedAt: now,
      })
      .where(eq(bookingOffers.id, current.id))
      .returning();
    await insertRevision(
      tx,
      current.id,
      revision,
      orgId,
      userId,
      body.terms,
      vatRegime(body.terms, hold.day, venue, artist),
      body.message,
      now,
    );
    await audit(tx, {
      action: 'offer_countered',
      actor: `user:${userId}`,
      offerId: current.id,
      details: { revision, feeCents: body.terms.feeCents },
      at: now,
    });
    await emitEvent(tx, {
      type: 'offer_received',
      organisationIds: [current.venueOrganisationId, current.artistOrganisationId],
      payload: {
        offerId: current.id,
        revision,
        feeCents: body.terms.feeCents,
        currency: body.terms.currency,
      },
      occurredAt: now,
    });
    return row ?? current;
  });
  return presentOffer(db, offer, now);
}

/** The awaited side declines: the offer closes and the hold is released (the next moves up). */
export async function declineOffer(db: Db, userId: string, orgId: string, offerId: string, now: Date) {
  await requireMembership(db, userId, orgId, EDITORS);
  const offer = await db.transaction(async (tx) => {
    const current = await findOfferFor(tx, orgId, offerId, true);
    assertAwaited(current, orgId);
    const [row] = await tx
      .update(bookingOffers)
      .set({ status: 'declined', updatedAt: now })
      .where(eq(bookingOffers.id, current.id))
      .returning();
    await tx
      .update(bookingHolds)
      .set({ status: 'released', updatedAt: now })
      .where(eq(bookingHolds.id, current.holdId));
    await audit(tx, { action: 'offer_declined', actor: `user:${userId}`, offerId: current.id, at: now });
    return row ?? current;
  });
  return presentOffer(db, offer, now);
}

export function assertAwaited(offer: { status: string; awaitingOrganisationId: string }, orgId: string) {
  if (offer.status !== 'pending')
    throw new AppError('CONFLICT', `offer is ${offer.status}`, { detail: `This offer is ${offer.status}.` });
  if (offer.awaitingOrganisationId !== orgId)
    throw new AppError('CONFLICT', 'not your turn', {
      detail: 'The other party must answer the latest revision.',
    });
}
