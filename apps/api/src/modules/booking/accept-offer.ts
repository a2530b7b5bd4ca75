import { bookingHolds, bookingOffers, bookings, type Db, validationItems } from '@flowstage/db';
import { isLive, routeValidation, tierForScore } from '@flowstage/domain/booking';
import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ApiContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { enqueueJob } from '../../lib/jobs/index.ts';
import { markDayBooked, unmarkDayBooked } from '../catalogue/index.ts';
import { createContract } from '../contracts/index.ts';
import { requireMembership } from '../identity/index.ts';
import { matchingIndexFor, pairScore } from '../matching/index.ts';
import { audit, pgErrorCode } from './audit.ts';
import { type acceptBody, offerTermsSchema } from './booking.schema.ts';
import { contractTermsFor } from './contract-terms.ts';
import { slotHolds } from './hold-repository.ts';
import { assertAwaited } from './make-offer.ts';
import { findOfferFor, latestRevision, type OfferRow, presentOffer } from './offer-repository.ts';
import { EDITORS, holdProfiles } from './place-hold.ts';
import { dispatchForSignature, type Requester } from './send-for-signature.ts';

export const VALIDATION_ESCALATION_QUEUE = 'booking.validation-escalation';

/**
 * Confirms the show. The booking row is inserted first, in its own transaction: the partial unique
 * indexes on (venue, stage, day) and (artist, day) make a second confirmation fail with 409 even
 * when requests race. The contract is then created through the contracts module; if that fails the
 * confirmation is undone (compensation), so nothing is left half-written.
 */
export async function acceptOffer(
  ctx: ApiContext,
  who: Requester,
  orgId: string,
  offerId: string,
  body: z.output<typeof acceptBody>,
  now: Date,
) {
  const { db } = ctx;
  await requireMembership(db, who.userId, orgId, EDITORS);
  const confirmed = await db
    .transaction(async (tx) => {
      const offer = await findOfferFor(tx, orgId, offerId, true);
      assertAwaited(offer, orgId);
      const [hold] = await tx
        .select()
        .from(bookingHolds)
        .where(eq(bookingHolds.id, offer.holdId))
        .for('update');
      if (!hold) throw new Error('hold vanished');
      if (hold.day < now.toISOString().slice(0, 10))
        throw new AppError('VALIDATION_FAILED', 'show date passed', {
          detail: 'The show date is in the past.',
          errors: [{ path: 'date', message: 'in the past' }],
        });
      const [booking] = await tx
        .insert(bookings)
        .values({
          offerId: offer.id,
          venueProfileId: hold.venueProfileId,
          artistProfileId: hold.artistProfileId,
          venueOrganisationId: hold.venueOrganisationId,
          artistOrganisationId: hold.artistOrganisationId,
          stage: hold.stage,
          day: hold.day,
          createdAt: now,
        })
        .returning();
      if (!booking) throw new Error('booking insert returned nothing');
      const side = orgId === offer.artistOrganisationId ? 'seller' : 'buyer';
      const [accepted] = await tx
        .update(bookingOffers)
        .set({
          status: 'accepted',
          signatories: sql`${bookingOffers.signatories} || ${JSON.stringify({ [side]: body.signatory })}::jsonb`,
          updatedAt: now,
        })
        .where(eq(bookingOffers.id, offer.id))
        .returning();
      await tx
        .update(bookingHolds)
        .set({ status: 'booked', updatedAt: now })
        .where(eq(bookingHolds.id, hold.id));
      // The other holds on this date can no longer lead anywhere.
      for (const other of await slotHolds(tx, hold.venueProfileId, hold.stage, hold.day)) {
        if (other.id === hold.id || !isLive(other.status)) continue;
        await tx
          .update(bookingHolds)
          .set({ status: 'released', updatedAt: now })
          .where(eq(bookingHolds.id, other.id));
        await audit(tx, {
          action: 'hold_released_date_booked',
          actor: 'system:booking',
          holdId: other.id,
          at: now,
        });
      }
      const reason = `Flow Stage booking ${booking.id}`;
      const venueSlotId = await markDayBooked(tx, hold.venueProfileId, hold.day, reason);
      const artistSlotId = await markDayBooked(tx, hold.artistProfileId, hold.day, reason);
      await audit(tx, {
        action: 'offer_accepted',
        actor: `user:${who.userId}`,
        offerId: offer.id,
        holdId: hold.id,
        details: { bookingId: booking.id, venueSlotId, artistSlotId },
        at: now,
      });
      return { offer: accepted ?? offer, hold, booking, venueSlotId, artistSlotId };
    })
    .catch((error: unknown) => {
      if (pgErrorCode(error) === '23505')
        throw new AppError('DOUBLE_BOOKING', 'slot already confirmed', {
          detail: 'This date is already confirmed for the venue or the artist.',
        });
      throw error;
    });

  const { offer, hold, booking } = confirmed;
  try {
    const { venue, artist } = await holdProfiles(db, orgId, hold.venueProfileId, hold.artistProfileId);
    const revision = await latestRevision(db, offer.id);
    // The stored terms carry the computed VAT regime beside what the offering party sent.
    const { vat: _vat, ...sent } = revision.terms;
    const terms = offerTermsSchema.parse(sent);
    const seller = offer.signatories.seller ?? body.signatory;
    const buyer = offer.signatories.buyer ?? body.signatory;
    const score = await pairScore(db, matchingIndexFor(ctx), {
      userId: who.userId,
      organisationId: orgId,
      side: orgId === offer.artistOrganisationId ? 'artist' : 'venue',
      artistProfileId: hold.artistProfileId,
      venueProfileId: hold.venueProfileId,
      day: hold.day,
    }).catch(() => null);
    const tier = score === null ? 'assisted' : tierForScore(score);
    const contract = await createContract(db, {
      organisationId: offer.artistOrganisationId,
      counterpartyOrganisationId: offer.venueOrganisationId,
      userId: who.userId,
      terms: contractTermsFor(terms, hold.day, venue, artist, seller, buyer),
      now,
    });
    const routed = await db.transaction(async (tx) => {
      const prior = async (column: typeof bookings.artistProfileId, id: string) => {
        const [row] = await tx
          .select({ n: count() })
          .from(bookings)
          .where(and(eq(column, id), ne(bookings.id, booking.id), eq(bookings.status, 'confirmed')));
        return (row?.n ?? 0) > 0;
      };
      const routing = routeValidation(
        {
          feeCents: terms.feeCents,
          currency: terms.currency,
          customClauseCount: terms.customClauses.length,
          artistHasPriorContract: await prior(bookings.artistProfileId, hold.artistProfileId),
          venueHasPriorContract: await prior(bookings.venueProfileId, hold.venueProfileId),
        },
        now,
      );
      const [updated] = await tx
        .update(bookingOffers)
        .set({ contractId: contract.id, tier, matchScore: score, updatedAt: now })
        .where(eq(bookingOffers.id, offer.id))
        .returning();
      await audit(tx, {
        action: 'contract_generated',
        actor: 'system:booking',
        offerId: offer.id,
        details: { contractId: contract.id, reference: contract.reference, tier, matchScore: score },
        at: now,
      });
      if (routing.kind === 'queue') {
        const [item] = await tx
          .insert(validationItems)
          .values({
            offerId: offer.id,
            contractId: contract.id,
            reasons: [...routing.reasons],
            dueAt: routing.dueAt,
            createdAt: now,
          })
          .returning();
        if (!item) throw new Error('validation insert returned nothing');
        await scheduleEscalation(tx, item.id, routing.dueAt);
        await audit(tx, {
          action: 'validation_requested',
          actor: 'system:booking',
          offerId: offer.id,
          validationItemId: item.id,
          details: { reasons: routing.reasons, dueAt: routing.dueAt.toISOString() },
          at: now,
        });
      }
      return { updated: updated ?? offer, queued: routing.kind === 'queue' };
    });
    if (!routed.queued && tier === 'complete') await dispatchForSignature(ctx, routed.updated, who, now);
    return presentOffer(db, await findOfferFor(db, orgId, offerId), now);
  } catch (error) {
    await undoConfirmation(db, confirmed.offer, confirmed, now);
    throw error;
  }
}

export async function scheduleEscalation(tx: Parameters<typeof enqueueJob>[0], itemId: string, dueAt: Date) {
  await enqueueJob(tx, {
    queue: VALIDATION_ESCALATION_QUEUE,
    payload: { itemId },
    runAt: dueAt,
    idempotencyKey: `validation:${itemId}:${dueAt.toISOString()}`,
  });
}

/** Compensation of a confirmation whose contract could not be created. */
async function undoConfirmation(
  db: Db,
  offer: OfferRow,
  c: {
    hold: { id: string; venueProfileId: string; artistProfileId: string };
    booking: { id: string };
    venueSlotId: string;
    artistSlotId: string;
  },
  now: Date,
) {
  await db.transaction(async (tx) => {
    await tx.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, c.booking.id));
    await tx
      .update(bookingOffers)
      .set({ status: 'pending', updatedAt: now })
      .where(eq(bookingOffers.id, offer.id));
    await tx
      .update(bookingHolds)
      .set({ status: 'offered', updatedAt: now })
      .where(eq(bookingHolds.id, c.hold.id));
    await unmarkDayBooked(tx, c.hold.venueProfileId, c.venueSlotId);
    await unmarkDayBooked(tx, c.hold.artistProfileId, c.artistSlotId);
    await audit(tx, { action: 'acceptance_undone', actor: 'system:booking', offerId: offer.id, at: now });
  });
}
