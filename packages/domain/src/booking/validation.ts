import type { Currency } from '../money/index.ts';
import { type DatedTable, valueAt } from '../reference/dated.ts';

/** Why a contract goes to a human validator before signature (FR-003). */
export type ValidationReason =
  | 'fee_above_threshold'
  | 'non_standard_clause'
  | 'first_contract_artist'
  | 'first_contract_venue';

export interface ValidationPolicy {
  /** Fees strictly above this amount are reviewed (per currency, in cents). */
  readonly feeThresholdCents: Readonly<Record<Currency, number>>;
  /** Service level: the validator answers within this delay, else the item is escalated. */
  readonly slaSeconds: number;
}

/**
 * Platform policy, dated like every rule that may change. The CHF threshold mirrors the euro amount
 * until a conversion policy is decided (kept configurable, flagged unconfirmed).
 */
export const VALIDATION_POLICIES: DatedTable<ValidationPolicy> = [
  {
    value: { feeThresholdCents: { EUR: 500_000, CHF: 500_000 }, slaSeconds: 24 * 3600 },
    validFrom: '2025-01-01',
    validTo: null,
    source: 'Flow Stage requirements FR-003 (fee > 5,000 €, SLA 24 h)',
    unconfirmed: true,
    note: 'CHF threshold = EUR figure, to confirm',
  },
];

export interface ValidationSubject {
  readonly feeCents: number;
  readonly currency: Currency;
  readonly customClauseCount: number;
  readonly artistHasPriorContract: boolean;
  readonly venueHasPriorContract: boolean;
}

export type ValidationRouting =
  | { readonly kind: 'none' }
  | { readonly kind: 'queue'; readonly reasons: readonly ValidationReason[]; readonly dueAt: Date }
  | { readonly kind: 'no_rule_in_force'; readonly date: string };

/** Routes a contract to the human queue or not, under the policy in force on `now`'s day. */
export function routeValidation(subject: ValidationSubject, now: Date): ValidationRouting {
  const day = now.toISOString().slice(0, 10);
  const lookup = valueAt(VALIDATION_POLICIES, day);
  if (lookup.kind !== 'found') return { kind: 'no_rule_in_force', date: day };
  const policy = lookup.value;
  const reasons: ValidationReason[] = [];
  if (subject.feeCents > policy.feeThresholdCents[subject.currency]) reasons.push('fee_above_threshold');
  if (subject.customClauseCount > 0) reasons.push('non_standard_clause');
  if (!subject.artistHasPriorContract) reasons.push('first_contract_artist');
  if (!subject.venueHasPriorContract) reasons.push('first_contract_venue');
  if (reasons.length === 0) return { kind: 'none' };
  return { kind: 'queue', reasons, dueAt: new Date(now.getTime() + policy.slaSeconds * 1000) };
}

/** Legal review (the legal_validator role) is required for clauses outside the library. */
export function needsLegalExpert(reasons: readonly ValidationReason[]): boolean {
  return reasons.includes('non_standard_clause');
}

/** When an item (re)entering the queue at `now` is due, under the policy in force that day. */
export function validationDueAt(now: Date): Date | null {
  const lookup = valueAt(VALIDATION_POLICIES, now.toISOString().slice(0, 10));
  return lookup.kind === 'found' ? new Date(now.getTime() + lookup.value.slaSeconds * 1000) : null;
}
