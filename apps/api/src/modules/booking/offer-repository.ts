import {
  bookingAudit,
  bookingHolds,
  bookingOfferRevisions,
  bookingOffers,
  type DbOrTx,
  validationItems,
} from '@flowstage/db';
import { needsLegalExpert, secondsLeft, type ValidationReason } from '@flowstage/domain/booking';
import { and, asc, desc, eq, or } from 'drizzle-orm';
import { notFound } from '../../errors.ts';
import { matchingProfile } from '../catalogue/index.ts';

export type OfferRow = typeof bookingOffers.$inferSelect;
export type ValidationRow = typeof validationItems.$inferSelect;

/** An offer the organisation is a party of (venue or artist side); 404 otherwise. */
export async function findOfferFor(db: DbOrTx, orgId: string, offerId: string, lock = false) {
  const query = db
    .select()
    .from(bookingOffers)
    .where(
      and(
        eq(bookingOffers.id, offerId),
        or(eq(bookingOffers.venueOrganisationId, orgId), eq(bookingOffers.artistOrganisationId, orgId)),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Offer');
  return row;
}

export async function latestRevision(db: DbOrTx, offerId: string) {
  const [row] = await db
    .select()
    .from(bookingOfferRevisions)
    .where(eq(bookingOfferRevisions.offerId, offerId))
    .orderBy(desc(bookingOfferRevisions.revision))
    .limit(1);
  if (!row) throw new Error(`offer ${offerId} has no revision`);
  return row;
}

export async function latestValidation(db: DbOrTx, offerId: string) {
  const [row] = await db
    .select()
    .from(validationItems)
    .where(eq(validationItems.offerId, offerId))
    .orderBy(desc(validationItems.createdAt))
    .limit(1);
  return row ?? null;
}

export function presentValidation(v: ValidationRow, now: Date) {
  return {
    id: v.id,
    offerId: v.offerId,
    contractId: v.contractId,
    reasons: v.reasons,
    legalExpertRequired: needsLegalExpert(v.reasons as ValidationReason[]), // stored from the same union
    status: v.status,
    dueAt: v.dueAt.toISOString(),
    secondsLeft: v.status === 'pending' ? secondsLeft(v.dueAt, now) : 0,
    escalated: v.escalatedAt !== null,
    comment: v.comment,
    decidedAt: v.decidedAt?.toISOString() ?? null,
    createdAt: v.createdAt.toISOString(),
  };
}

export async function presentOffer(db: DbOrTx, offer: OfferRow, now: Date) {
  const [hold] = await db.select().from(bookingHolds).where(eq(bookingHolds.id, offer.holdId));
  if (!hold) throw notFound('Hold');
  const [venue, artist] = await Promise.all([
    matchingProfile(db, hold.venueProfileId),
    matchingProfile(db, hold.artistProfileId),
  ]);
  const revisions = await db
    .select()
    .from(bookingOfferRevisions)
    .where(eq(bookingOfferRevisions.offerId, offer.id))
    .orderBy(asc(bookingOfferRevisions.revision));
  const trail = await db
    .select()
    .from(bookingAudit)
    .where(or(eq(bookingAudit.offerId, offer.id), eq(bookingAudit.holdId, hold.id)))
    .orderBy(asc(bookingAudit.occurredAt));
  const validation = await latestValidation(db, offer.id);
  return {
    id: offer.id,
    holdId: offer.holdId,
    venueOrganisationId: offer.venueOrganisationId,
    artistOrganisationId: offer.artistOrganisationId,
    awaitingOrganisationId: offer.awaitingOrganisationId,
    venueName: venue?.name ?? '',
    artistName: artist?.name ?? '',
    date: hold.day,
    stage: hold.stage,
    status: offer.status,
    currentRevision: offer.currentRevision,
    matchScore: offer.matchScore,
    tier: offer.tier,
    contractId: offer.contractId,
    signatureRequestId: offer.signatureRequestId,
    revisions: revisions.map((r) => ({
      revision: r.revision,
      fromOrganisationId: r.fromOrganisationId,
      feeCents: r.feeCents,
      currency: r.currency,
      terms: r.terms,
      message: r.message,
      createdAt: r.createdAt.toISOString(),
    })),
    validation: validation ? presentValidation(validation, now) : null,
    audit: trail.map((a) => ({
      action: a.action,
      actor: a.actor,
      details: a.details,
      occurredAt: a.occurredAt.toISOString(),
    })),
    createdAt: offer.createdAt.toISOString(),
  };
}

export async function offersOfOrganisation(db: DbOrTx, orgId: string) {
  return db
    .select()
    .from(bookingOffers)
    .where(or(eq(bookingOffers.venueOrganisationId, orgId), eq(bookingOffers.artistOrganisationId, orgId)))
    .orderBy(desc(bookingOffers.updatedAt))
    .limit(200);
}
