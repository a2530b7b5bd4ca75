import { routeValidation, type ValidationReason } from '../booking/validation.ts';
import type { ContractTerms } from './model.ts';

/** The guaranteed part of the fee: what the fee threshold of the validation policy looks at. */
export function guaranteedFeeCents(deal: ContractTerms['deal']): number {
  switch (deal.type) {
    case 'flat_guarantee':
      return deal.feeCents;
    case 'guarantee_vs_percentage':
      return deal.guaranteeCents;
    case 'co_realisation':
      return deal.producerMinimumCents;
    case 'door_deal':
      return 0;
  }
}

/**
 * Which human validations these terms trigger by themselves (fee threshold, clauses outside the
 * library), under the policy in force on `now`'s day. First-contract reviews depend on the parties'
 * history, which the booking decides when the offer is accepted.
 */
export function validationsTriggered(terms: ContractTerms, now: Date): readonly ValidationReason[] {
  const routing = routeValidation(
    {
      feeCents: guaranteedFeeCents(terms.deal),
      currency: terms.currency,
      customClauseCount: terms.customClauses.length,
      artistHasPriorContract: true,
      venueHasPriorContract: true,
    },
    now,
  );
  return routing.kind === 'queue' ? routing.reasons : [];
}
