import { type DatedValue, valueAt } from '../reference/dated.ts';
import { addDays, daysBetween, halfYearStart, isIsoDay } from '../reference/day-date.ts';
import { ECB_MRO_RATE_AT_HALF_YEAR_START, LATE_PAYMENT_MARGIN } from '../reference/ecb-rates.ts';
import {
  LATE_PAYMENT_INDEMNITY_CENTS,
  PAYMENT_DELAY_DAYS,
  type PublicBuyerType,
} from '../reference/payment-rules.ts';
import { type Bilingual, formatBasisPoints, formatEuros, type ValidationFailure } from './text.ts';

export interface RuleRef {
  readonly source: string;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly unconfirmed: boolean;
}

const ref = (rule: DatedValue<unknown>): RuleRef => ({
  source: rule.source,
  validFrom: rule.validFrom,
  validTo: rule.validTo,
  unconfirmed: rule.unconfirmed === true,
});

type NoRule = {
  readonly kind: 'no_rule_in_force';
  readonly date: string;
  readonly missing: string;
  readonly explanation: Bilingual;
};

function noRule(date: string, missing: string): NoRule {
  return {
    kind: 'no_rule_in_force',
    date,
    missing,
    explanation: {
      fr: `Aucune règle « ${missing} » en vigueur au ${date} : mettre à jour les données de référence.`,
      en: `No "${missing}" rule in force on ${date}: update the reference data.`,
    },
  };
}

function invalidDate(field: string): ValidationFailure {
  return {
    kind: 'validation_error',
    issues: [
      {
        field,
        code: 'invalid_date',
        message: { fr: 'Date invalide (AAAA-MM-JJ).', en: 'Invalid date (YYYY-MM-DD).' },
      },
    ],
  };
}

export type DeadlineOutcome =
  | { readonly kind: 'ok'; readonly dueDate: string; readonly delayDays: number; readonly rule: RuleRef }
  | NoRule
  | ValidationFailure;

/** Last day on which a public buyer may pay an invoice, counted from its receipt (CCP R2192-10/11). */
export function paymentDeadline(invoiceReceivedOn: string, buyerType: PublicBuyerType): DeadlineOutcome {
  if (!isIsoDay(invoiceReceivedOn)) return invalidDate('invoiceReceivedOn');
  const delay = valueAt(PAYMENT_DELAY_DAYS[buyerType], invoiceReceivedOn);
  if (delay.kind !== 'found') return noRule(invoiceReceivedOn, `payment delay (${buyerType})`);
  return {
    kind: 'ok',
    dueDate: addDays(invoiceReceivedOn, delay.value),
    delayDays: delay.value,
    rule: ref(delay.rule),
  };
}

export type PaymentStatus = 'not_due' | 'due_soon' | 'due_today' | 'overdue';

export interface PaymentAlerts {
  readonly kind: 'ok';
  readonly dueDate: string;
  readonly status: PaymentStatus;
  /** Days until the due date (negative when overdue). */
  readonly daysRemaining: number;
  /** Reminder dates, earliest first, e.g. 10, 5 and 1 day(s) before the due date. */
  readonly alerts: readonly { readonly date: string; readonly daysBefore: number }[];
  readonly nextAlert: string | null;
}

/** Where a payment stands on `today`, with reminder dates before the legal deadline. */
export function paymentAlerts(args: {
  readonly invoiceReceivedOn: string;
  readonly buyerType: PublicBuyerType;
  readonly today: string;
  readonly alertDaysBefore?: readonly number[];
}): PaymentAlerts | NoRule | ValidationFailure {
  if (!isIsoDay(args.today)) return invalidDate('today');
  const deadline = paymentDeadline(args.invoiceReceivedOn, args.buyerType);
  if (deadline.kind !== 'ok') return deadline;
  const daysBefore = [...new Set(args.alertDaysBefore ?? [10, 5, 1])]
    .filter((d) => d > 0)
    .sort((a, b) => b - a);
  const alerts = daysBefore.map((d) => ({ date: addDays(deadline.dueDate, -d), daysBefore: d }));
  const daysRemaining = daysBetween(args.today, deadline.dueDate);
  const soonest = daysBefore[0] ?? 0;
  const status: PaymentStatus =
    daysRemaining < 0
      ? 'overdue'
      : daysRemaining === 0
        ? 'due_today'
        : daysRemaining <= soonest
          ? 'due_soon'
          : 'not_due';
  return {
    kind: 'ok',
    dueDate: deadline.dueDate,
    status,
    daysRemaining,
    alerts,
    nextAlert: alerts.find((a) => a.date >= args.today)?.date ?? null,
  };
}

export interface LatePaymentBreakdown {
  readonly kind: 'late';
  readonly dueDate: string;
  /** Day after the due date: interest runs from here to the payment day inclusive. */
  readonly delayStartsOn: string;
  readonly daysLate: number;
  /** The base is the amount due including VAT (see latePaymentInterest). */
  readonly baseInclVatCents: number;
  readonly ecbRateBasisPoints: number;
  readonly ecbRule: RuleRef;
  readonly marginBasisPoints: number;
  readonly annualRateBasisPoints: number;
  readonly interestCents: number;
  readonly indemnityCents: number;
  readonly totalCents: number;
  readonly rules: readonly RuleRef[];
  readonly explanation: Bilingual;
}

export type LatePaymentOutcome =
  | { readonly kind: 'on_time'; readonly dueDate: string; readonly explanation: Bilingual }
  | LatePaymentBreakdown
  | NoRule
  | ValidationFailure;

/** amount × rate(bp) × days / (10,000 × 365), rounded half away from zero, exact through BigInt. */
export function simpleInterestCents(amountCents: number, annualBasisPoints: number, days: number): number {
  const numerator = BigInt(amountCents) * BigInt(annualBasisPoints) * BigInt(days);
  const denominator = 10_000n * 365n;
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  return Number(remainder * 2n >= denominator ? quotient + 1n : quotient);
}

/**
 * Late-payment interest owed by a public buyer: (ECB rate on the first day of the half-year in
 * which the delay starts + 8 points) × amount × days late / 365, plus the fixed 40 € indemnity.
 * Choice: the base is the amount due INCLUDING VAT, because the buyer owes the supplier the TTC
 * amount and interest runs on the sum left unpaid; the API states this on the reminder.
 */
export function latePaymentInterest(args: {
  readonly invoiceReceivedOn: string;
  readonly buyerType: PublicBuyerType;
  readonly amountDueInclVatCents: number;
  readonly paidOn: string;
}): LatePaymentOutcome {
  if (!isIsoDay(args.paidOn)) return invalidDate('paidOn');
  if (!Number.isSafeInteger(args.amountDueInclVatCents) || args.amountDueInclVatCents < 0) {
    return {
      kind: 'validation_error',
      issues: [
        {
          field: 'amountDueInclVatCents',
          code: 'invalid_amount',
          message: {
            fr: 'Montant en centimes entier positif attendu.',
            en: 'Expected a non-negative integer of cents.',
          },
        },
      ],
    };
  }
  const deadline = paymentDeadline(args.invoiceReceivedOn, args.buyerType);
  if (deadline.kind !== 'ok') return deadline;
  const daysLate = daysBetween(deadline.dueDate, args.paidOn);
  if (daysLate <= 0) {
    return {
      kind: 'on_time',
      dueDate: deadline.dueDate,
      explanation: {
        fr: `Payé le ${args.paidOn}, avant l’échéance du ${deadline.dueDate} : aucun intérêt moratoire.`,
        en: `Paid on ${args.paidOn}, by the due date ${deadline.dueDate}: no late-payment interest.`,
      },
    };
  }
  const delayStartsOn = addDays(deadline.dueDate, 1);
  const referenceDay = halfYearStart(delayStartsOn);
  const ecb = valueAt(ECB_MRO_RATE_AT_HALF_YEAR_START, referenceDay);
  if (ecb.kind !== 'found') return noRule(referenceDay, 'ECB main refinancing rate');
  const margin = valueAt(LATE_PAYMENT_MARGIN, delayStartsOn);
  if (margin.kind !== 'found') return noRule(delayStartsOn, 'late-payment margin');
  const indemnity = valueAt(LATE_PAYMENT_INDEMNITY_CENTS, delayStartsOn);
  if (indemnity.kind !== 'found') return noRule(delayStartsOn, 'fixed recovery indemnity');

  const annual = ecb.value + margin.value;
  const interestCents = simpleInterestCents(args.amountDueInclVatCents, annual, daysLate);
  const totalCents = interestCents + indemnity.value;
  const base = formatEuros(args.amountDueInclVatCents);
  const interest = formatEuros(interestCents);
  const fixed = formatEuros(indemnity.value);
  const total = formatEuros(totalCents);
  const ecbText = formatBasisPoints(ecb.value);
  const marginText = formatBasisPoints(margin.value);
  const rateText = formatBasisPoints(annual);
  const toVerify = ecb.rule.unconfirmed
    ? { fr: ' (taux BCE provisoire, à vérifier)', en: ' (provisional ECB rate, to verify)' }
    : { fr: '', en: '' };
  return {
    kind: 'late',
    dueDate: deadline.dueDate,
    delayStartsOn,
    daysLate,
    baseInclVatCents: args.amountDueInclVatCents,
    ecbRateBasisPoints: ecb.value,
    ecbRule: ref(ecb.rule),
    marginBasisPoints: margin.value,
    annualRateBasisPoints: annual,
    interestCents,
    indemnityCents: indemnity.value,
    totalCents,
    rules: [deadline.rule, ref(ecb.rule), ref(margin.rule), ref(indemnity.rule)],
    explanation: {
      fr: `Échéance ${deadline.dueDate} (${deadline.delayDays} jours après réception), payé le ${args.paidOn} : ${daysLate} jours de retard. Taux : BCE au ${referenceDay} ${ecbText.fr}${toVerify.fr} + ${marginText.fr} = ${rateText.fr}. Intérêts : ${base.fr} TTC × ${rateText.fr} × ${daysLate}/365 = ${interest.fr}, plus l’indemnité forfaitaire de ${fixed.fr} : ${total.fr} dus de plein droit.`,
      en: `Due ${deadline.dueDate} (${deadline.delayDays} days after receipt), paid ${args.paidOn}: ${daysLate} days late. Rate: ECB on ${referenceDay} ${ecbText.en}${toVerify.en} + ${marginText.en} = ${rateText.en}. Interest: ${base.en} incl. VAT × ${rateText.en} × ${daysLate}/365 = ${interest.en}, plus the fixed ${fixed.en} indemnity: ${total.en} owed automatically.`,
    },
  };
}
