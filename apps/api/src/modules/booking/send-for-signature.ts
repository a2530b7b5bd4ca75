import { bookingOffers, type Db } from '@flowstage/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { ApiContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { createSignatureRequest } from '../signature/index.ts';
import { audit } from './audit.ts';
import { findOfferFor, latestValidation, type OfferRow } from './offer-repository.ts';

export interface Requester {
  readonly userId: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** Why an accepted offer cannot go to signature yet, or null when it can. */
export async function signatureBlocker(db: Db, offer: OfferRow): Promise<string | null> {
  if (offer.status !== 'accepted' || !offer.contractId) return 'The offer is not accepted yet.';
  if (offer.signatureRequestId) return 'The contract is already out for signature.';
  const validation = await latestValidation(db, offer.id);
  if (validation && validation.status !== 'approved')
    return 'The contract is waiting for the validation team.';
  const s = offer.signatories;
  if (!s.seller || !s.buyer) return 'A signatory is missing.';
  return null;
}

/**
 * Sends the contract for signature through the signature module: the seller's signatory first, then
 * the buyer's, each by a single-use link. Emits contract_sent (signature module, outbox).
 */
export async function dispatchForSignature(ctx: ApiContext, offer: OfferRow, who: Requester, now: Date) {
  const blocker = await signatureBlocker(ctx.db, offer);
  if (blocker) throw new AppError('CONFLICT', blocker, { detail: blocker });
  const seller = offer.signatories.seller;
  const buyer = offer.signatories.buyer;
  if (!seller || !buyer || !offer.contractId) throw new Error('checked by signatureBlocker');
  const request = await createSignatureRequest(ctx.db, ctx.mailer, ctx.config.PUBLIC_URL, {
    orgId: offer.artistOrganisationId,
    contractId: offer.contractId,
    userId: who.userId,
    signers: [seller, buyer],
    ip: who.ip,
    userAgent: who.userAgent,
    now,
  });
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(bookingOffers)
      .set({ signatureRequestId: request.id, updatedAt: now })
      .where(and(eq(bookingOffers.id, offer.id), isNull(bookingOffers.signatureRequestId)));
    await audit(tx, {
      action: 'sent_for_signature',
      actor: `user:${who.userId}`,
      offerId: offer.id,
      details: { signatureRequestId: request.id, contractId: offer.contractId },
      at: now,
    });
  });
  return request;
}

/** The seller validates the prepared contract and sends it (tiers below "complete"). */
export async function sendForSignature(
  ctx: ApiContext,
  orgId: string,
  offerId: string,
  who: Requester,
  now: Date,
) {
  const offer = await findOfferFor(ctx.db, orgId, offerId);
  if (offer.artistOrganisationId !== orgId)
    throw new AppError('FORBIDDEN', 'buyer cannot send', {
      detail: 'The artist’s side validates and sends the contract.',
    });
  await dispatchForSignature(ctx, offer, who, now);
  return findOfferFor(ctx.db, orgId, offerId);
}
