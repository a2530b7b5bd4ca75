import { type ShowVatCategory, vatTreatmentAt } from '../reference/index.ts';
import type { ContractTerms, VatOnFee } from './model.ts';

/** Which dated VAT series applies to the fee of this contract, or why none does. */
function feeCategory(terms: ContractTerms): ShowVatCategory | 'salary' | null {
  if (terms.kind === 'engagement') return 'salary';
  switch (terms.country) {
    case 'FR':
      return terms.drinksServed ? 'cession_contract_drinks_served' : 'cession_contract';
    case 'CH':
    case 'LU':
      return 'artist_fee';
    case 'BE':
      // The reference tables have Belgian ticket rates only, not the rate on a sale of a show.
      return null;
  }
}

/** VAT on the fee at the show date, from the dated reference tables (never a constant). */
export function vatOnFee(terms: ContractTerms): VatOnFee {
  const category = feeCategory(terms);
  if (category === 'salary') return { kind: 'not_applicable' };
  if (category === null)
    return { kind: 'to_verify', reason: `no reference rate for fees in ${terms.country}` };
  const lookup = vatTreatmentAt(terms.country, category, terms.show.date);
  if (lookup.kind !== 'found') return { kind: 'to_verify', reason: `no rate in force on ${terms.show.date}` };
  const treatment = lookup.value;
  if (treatment.kind === 'excluded') return { kind: 'excluded', source: lookup.rule.source };
  return {
    kind: 'rate',
    basisPoints: treatment.basisPoints,
    source: lookup.rule.source,
    unconfirmed: lookup.rule.unconfirmed === true,
  };
}
