import { applyBasisPoints } from '../money/index.ts';

/** Deal types of an offer; the fee is the guaranteed amount (the minimum for a co-réalisation). */
export type OfferDeal =
  | { readonly type: 'flat_guarantee' }
  | {
      readonly type: 'guarantee_vs_percentage';
      readonly percentageBasisPoints: number;
      readonly deductibleCostsCents: number;
    }
  | { readonly type: 'door_deal'; readonly percentageBasisPoints: number }
  | { readonly type: 'co_realisation'; readonly producerShareBasisPoints: number };

export interface BoxOffice {
  /** Ticket receipts excluding VAT. */
  readonly netReceiptsCents: number;
  /** Receipts at the door only (door deals). */
  readonly doorReceiptsCents: number;
}

/**
 * What the artist side earns under a deal: flat = fee; versus = the greater of the fee and the
 * percentage of net receipts after agreed costs; door deal = percentage of the door; co-réalisation
 * = producer share of net receipts, never below the agreed minimum (the fee).
 */
export function artistEarningsCents(feeCents: number, deal: OfferDeal, box: BoxOffice): number {
  switch (deal.type) {
    case 'flat_guarantee':
      return feeCents;
    case 'guarantee_vs_percentage': {
      const base = Math.max(0, box.netReceiptsCents - deal.deductibleCostsCents);
      return Math.max(feeCents, applyBasisPoints(base, deal.percentageBasisPoints));
    }
    case 'door_deal':
      return applyBasisPoints(Math.max(0, box.doorReceiptsCents), deal.percentageBasisPoints);
    case 'co_realisation':
      return Math.max(
        feeCents,
        applyBasisPoints(Math.max(0, box.netReceiptsCents), deal.producerShareBasisPoints),
      );
  }
}
