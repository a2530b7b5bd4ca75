import { type Imputation, validateImputation } from './m57.ts';
import { type Bilingual, formatEuros, type ValidationFailure, type ValidationIssue } from './text.ts';

/** One budget line of a commune, for a year and optionally one event. Amounts TTC: communes do not recover VAT on shows. */
export interface BudgetLine {
  readonly id: string;
  readonly year: number;
  readonly eventId: string | null;
  readonly label: string;
  readonly imputation: Imputation;
  readonly allocatedCents: number;
  /** Engagements (purchase orders signed). */
  readonly committedCents: number;
  /** Invoices received (service fait). */
  readonly invoicedCents: number;
  /** Mandates paid. */
  readonly paidCents: number;
}

export interface BudgetLineStatus {
  readonly availableCents: number;
  readonly committedNotInvoicedCents: number;
  readonly invoicedNotPaidCents: number;
  /** Share of the allocation committed, basis points. */
  readonly consumptionBasisPoints: number;
  readonly anomalies: readonly ('invoiced_exceeds_committed' | 'paid_exceeds_invoiced' | 'over_committed')[];
}

export function budgetLineStatus(line: BudgetLine): BudgetLineStatus {
  const anomalies: BudgetLineStatus['anomalies'][number][] = [];
  if (line.committedCents > line.allocatedCents) anomalies.push('over_committed');
  if (line.invoicedCents > line.committedCents) anomalies.push('invoiced_exceeds_committed');
  if (line.paidCents > line.invoicedCents) anomalies.push('paid_exceeds_invoiced');
  return {
    availableCents: line.allocatedCents - line.committedCents,
    committedNotInvoicedCents: line.committedCents - line.invoicedCents,
    invoicedNotPaidCents: line.invoicedCents - line.paidCents,
    consumptionBasisPoints:
      line.allocatedCents === 0 ? 0 : Math.round((line.committedCents * 10_000) / line.allocatedCents),
    anomalies,
  };
}

export type BudgetRole =
  | 'mayor'
  | 'deputy_mayor'
  | 'general_director'
  | 'finance_director'
  | 'culture_officer';

/** Who may commit beyond the remaining budget (a commune can narrow this list). */
export const DEFAULT_OVERRIDE_ROLES: readonly BudgetRole[] = [
  'mayor',
  'general_director',
  'finance_director',
];
const MIN_OVERRIDE_REASON = 10;

export interface BudgetOverride {
  readonly userId: string;
  readonly role: BudgetRole;
  readonly reason: string;
}

export interface PurchaseOrderCheckInput {
  readonly line: BudgetLine;
  readonly amountCents: number;
  readonly year: number;
  readonly imputation: Imputation;
  readonly override?: BudgetOverride;
  readonly authorisedRoles?: readonly BudgetRole[];
}

export type PurchaseOrderCheck =
  | {
      readonly kind: 'ok';
      readonly remainingAfterCents: number;
      /** Set when the order goes beyond the budget under an authorised override. */
      readonly override: BudgetOverride | null;
      readonly message: Bilingual;
    }
  | {
      readonly kind: 'over_budget';
      readonly shortfallCents: number;
      readonly authorisedRoles: readonly BudgetRole[];
      readonly overrideRefused: 'none_given' | 'role_not_authorised' | 'reason_too_short';
      readonly message: Bilingual;
    }
  | ValidationFailure;

function inputIssues(input: PurchaseOrderCheckInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) {
    issues.push({
      field: 'amountCents',
      code: 'invalid_amount',
      message: { fr: 'Montant en centimes positif attendu.', en: 'Expected a positive amount of cents.' },
    });
  }
  if (input.year !== input.line.year) {
    issues.push({
      field: 'year',
      code: 'inconsistent',
      message: { fr: 'Exercice différent de la ligne budgétaire.', en: 'Year differs from the budget line.' },
    });
  }
  const check = validateImputation(input.imputation);
  if (check.kind === 'invalid') {
    issues.push({
      field: 'imputation',
      code: 'inconsistent',
      message: { fr: check.message, en: check.reason },
    });
  } else if (
    input.imputation.article !== input.line.imputation.article ||
    input.imputation.chapter !== input.line.imputation.chapter
  ) {
    issues.push({
      field: 'imputation',
      code: 'inconsistent',
      message: {
        fr: 'Imputation différente de la ligne budgétaire.',
        en: 'Imputation differs from the budget line.',
      },
    });
  }
  return issues;
}

/** Checks a purchase order against what is left on its budget line. */
export function checkPurchaseOrder(input: PurchaseOrderCheckInput): PurchaseOrderCheck {
  const issues = inputIssues(input);
  if (issues.length > 0) return { kind: 'validation_error', issues };
  const available = budgetLineStatus(input.line).availableCents;
  const remainingAfterCents = available - input.amountCents;
  const amount = formatEuros(input.amountCents);
  const left = formatEuros(available);
  if (remainingAfterCents >= 0) {
    return {
      kind: 'ok',
      remainingAfterCents,
      override: null,
      message: {
        fr: `Engagement de ${amount.fr} possible : ${left.fr} disponibles sur « ${input.line.label} ».`,
        en: `Commitment of ${amount.en} possible: ${left.en} available on "${input.line.label}".`,
      },
    };
  }
  const roles = input.authorisedRoles ?? DEFAULT_OVERRIDE_ROLES;
  const shortfallCents = -remainingAfterCents;
  const o = input.override;
  const refused = !o
    ? 'none_given'
    : !roles.includes(o.role)
      ? 'role_not_authorised'
      : o.reason.trim().length < MIN_OVERRIDE_REASON
        ? 'reason_too_short'
        : null;
  if (o && refused === null) {
    return {
      kind: 'ok',
      remainingAfterCents,
      override: o,
      message: {
        fr: `Dépassement de ${formatEuros(shortfallCents).fr} autorisé par ${o.role} : « ${o.reason.trim()} ».`,
        en: `Overrun of ${formatEuros(shortfallCents).en} authorised by ${o.role}: "${o.reason.trim()}".`,
      },
    };
  }
  return {
    kind: 'over_budget',
    shortfallCents,
    authorisedRoles: roles,
    overrideRefused: refused ?? 'none_given',
    message: {
      fr: `Crédits insuffisants : ${amount.fr} demandés, ${left.fr} disponibles (manque ${formatEuros(shortfallCents).fr}). Dérogation possible par : ${roles.join(', ')}.`,
      en: `Insufficient budget: ${amount.en} requested, ${left.en} available (short by ${formatEuros(shortfallCents).en}). Override possible by: ${roles.join(', ')}.`,
    },
  };
}

/** Totals per event across budget lines (an event can draw on several imputations). */
export function totalsByEvent(
  lines: readonly BudgetLine[],
): Map<string, Omit<BudgetLine, 'id' | 'label' | 'imputation' | 'eventId'>> {
  const totals = new Map<string, Omit<BudgetLine, 'id' | 'label' | 'imputation' | 'eventId'>>();
  for (const line of lines) {
    if (line.eventId === null) continue;
    const key = `${line.year}:${line.eventId}`;
    const t = totals.get(key) ?? {
      year: line.year,
      allocatedCents: 0,
      committedCents: 0,
      invoicedCents: 0,
      paidCents: 0,
    };
    totals.set(key, {
      year: t.year,
      allocatedCents: t.allocatedCents + line.allocatedCents,
      committedCents: t.committedCents + line.committedCents,
      invoicedCents: t.invoicedCents + line.invoicedCents,
      paidCents: t.paidCents + line.paidCents,
    });
  }
  return totals;
}
