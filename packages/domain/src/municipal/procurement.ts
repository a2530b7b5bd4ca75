import { type DatedValue, valueAt } from '../reference/dated.ts';
import { addDays, daysBetween, isIsoDay } from '../reference/day-date.ts';
import {
  ARTISTIC_EXCEPTION_RULE,
  PROCUREMENT_THRESHOLDS,
  type ThresholdRuleId,
} from '../reference/procurement-thresholds.ts';
import { PROCEDURE_LABELS, PUBLICITY, procedureExplanation } from './procurement-text.ts';
import { type Bilingual, formatEuros, type ValidationFailure, type ValidationIssue } from './text.ts';

export type ProcurementBuyerType = 'local_authority' | 'central_government';
export type PurchaseKind = 'supplies_services' | 'works';
export type Procedure =
  | 'no_publicity'
  | 'mapa_adapted_publicity'
  | 'mapa_boamp_or_jal'
  | 'formalised'
  | 'negotiated_artistic_exception';

export interface ProcedureInput {
  readonly estimatedAmountExclVatCents: number;
  readonly buyerType: ProcurementBuyerType;
  readonly purchaseKind: PurchaseKind;
  readonly purchaseDate: string;
  /**
   * Other purchases of the same year for the same homogeneous need, excl. VAT, NOT counting this
   * one: thresholds apply to the whole need of the year (CCP R2121-6/7), so both are added.
   */
  readonly homogeneousYearTotalCents: number;
  readonly artisticException?: { readonly justification: string };
}

export type PublicityChannel = 'adapted_to_amount' | 'boamp_or_jal' | 'boamp' | 'joue';

export interface PublicityRequirement {
  readonly required: boolean;
  readonly competitionRequired: boolean;
  readonly channels: readonly PublicityChannel[];
  readonly description: Bilingual;
}

export interface AppliedRule {
  readonly id: ThresholdRuleId | 'artistic_exception';
  readonly thresholdCents: number | null;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly source: string;
  readonly unconfirmed: boolean;
}

export type ProcedureWarningCode =
  | 'year_total_crosses_threshold'
  | 'near_threshold'
  | 'threshold_changes_soon'
  | 'unconfirmed_rule'
  | 'artistic_exception_above_formalised';

export interface ProcedureWarning {
  readonly code: ProcedureWarningCode;
  readonly message: Bilingual;
}

export type ProcedureOutcome =
  | {
      readonly kind: 'determined';
      readonly procedure: Procedure;
      readonly label: Bilingual;
      readonly publicity: PublicityRequirement;
      /** This purchase plus the year's other homogeneous purchases, excl. VAT. */
      readonly comparedAmountCents: number;
      readonly rulesApplied: readonly AppliedRule[];
      readonly warnings: readonly ProcedureWarning[];
      readonly explanation: Bilingual;
    }
  | {
      readonly kind: 'no_rule_in_force';
      readonly date: string;
      readonly missingRules: readonly ThresholdRuleId[];
      readonly explanation: Bilingual;
    }
  | ValidationFailure;

/** A justification shorter than this cannot explain why only one operator can perform. */
export const ARTISTIC_JUSTIFICATION_MIN_LENGTH = 30;
/** Warn when the compared amount is within this share (basis points) below the next threshold. */
const NEAR_THRESHOLD_BP = 1000;
/** Warn when a threshold in use changes within this many days. */
const CHANGE_HORIZON_DAYS = 90;

function validate(input: ProcedureInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isIsoDay(input.purchaseDate)) {
    issues.push({
      field: 'purchaseDate',
      code: 'invalid_date',
      message: { fr: 'Date d’achat invalide (AAAA-MM-JJ).', en: 'Invalid purchase date (YYYY-MM-DD).' },
    });
  }
  for (const field of ['estimatedAmountExclVatCents', 'homogeneousYearTotalCents'] as const) {
    const cents = input[field];
    if (!Number.isSafeInteger(cents) || cents < 0) {
      issues.push({
        field,
        code: 'invalid_amount',
        message: {
          fr: 'Montant en centimes entier positif attendu.',
          en: 'Expected a non-negative integer of cents.',
        },
      });
    }
  }
  const justification = input.artisticException?.justification.trim();
  if (justification !== undefined && justification.length < ARTISTIC_JUSTIFICATION_MIN_LENGTH) {
    issues.push({
      field: 'artisticException.justification',
      code: 'too_short',
      message: {
        fr: `L’exception artistique (CCP R2122-3 1°) doit être justifiée : au moins ${ARTISTIC_JUSTIFICATION_MIN_LENGTH} caractères expliquant pourquoi un seul opérateur peut réaliser la prestation.`,
        en: `The artistic exception (CCP R2122-3 1°) must be justified: at least ${ARTISTIC_JUSTIFICATION_MIN_LENGTH} characters explaining why only one operator can perform.`,
      },
    });
  }
  return issues;
}

function applied(
  id: AppliedRule['id'],
  rule: DatedValue<unknown>,
  thresholdCents: number | null,
): AppliedRule {
  return {
    id,
    thresholdCents,
    validFrom: rule.validFrom,
    validTo: rule.validTo,
    source: rule.source,
    unconfirmed: rule.unconfirmed === true,
  };
}

function thresholdIds(input: ProcedureInput): readonly [ThresholdRuleId, ThresholdRuleId, ThresholdRuleId] {
  const works = input.purchaseKind === 'works';
  const formalised: ThresholdRuleId = works
    ? 'formalised_works'
    : input.buyerType === 'local_authority'
      ? 'formalised_local_authority_supplies_services'
      : 'formalised_central_government_supplies_services';
  return [works ? 'no_publicity_works' : 'no_publicity_supplies_services', 'mapa_boamp_or_jal', formalised];
}

function bandOf(amount: number, [noPublicity, boamp, formalised]: readonly number[]): Procedure {
  if (amount < (noPublicity ?? 0)) return 'no_publicity';
  if (amount < (boamp ?? 0)) return 'mapa_adapted_publicity';
  if (amount < (formalised ?? 0)) return 'mapa_boamp_or_jal';
  return 'formalised';
}

function warningsFor(
  input: ProcedureInput,
  compared: number,
  rules: readonly AppliedRule[],
  procedure: Procedure,
) {
  const warnings: ProcedureWarning[] = [];
  const thresholds = rules.filter((r) => r.id !== 'artistic_exception').map((r) => r.thresholdCents ?? 0);
  const alone = bandOf(input.estimatedAmountExclVatCents, thresholds);
  const together = bandOf(compared, thresholds);
  if (alone !== together) {
    const crossed = rules.find(
      (r) =>
        r.thresholdCents !== null &&
        input.estimatedAmountExclVatCents < r.thresholdCents &&
        compared >= r.thresholdCents,
    );
    const t = formatEuros(crossed?.thresholdCents ?? 0);
    warnings.push({
      code: 'year_total_crosses_threshold',
      message: {
        fr: `Les achats homogènes de l’année cumulés (${formatEuros(compared).fr} HT) franchissent le seuil de ${t.fr} HT : la procédure se détermine sur le cumul, pas sur cet achat seul.`,
        en: `The year's homogeneous purchases together (${formatEuros(compared).en} excl. VAT) cross the ${t.en} threshold: the procedure follows the total, not this purchase alone.`,
      },
    });
  }
  const next = rules.find(
    (r) => r.id !== 'artistic_exception' && r.thresholdCents !== null && compared < r.thresholdCents,
  );
  if (next?.thresholdCents && compared * 10_000 >= next.thresholdCents * (10_000 - NEAR_THRESHOLD_BP)) {
    const t = formatEuros(next.thresholdCents);
    warnings.push({
      code: 'near_threshold',
      message: {
        fr: `Montant proche du seuil de ${t.fr} HT : un avenant ou un achat de plus dans l’année peut le franchir.`,
        en: `Amount close to the ${t.en} threshold: an amendment or one more purchase this year may cross it.`,
      },
    });
  }
  for (const rule of rules) {
    if (rule.validTo !== null && daysBetween(input.purchaseDate, rule.validTo) < CHANGE_HORIZON_DAYS) {
      warnings.push(changeWarning(rule, rule.validTo));
    }
    if (rule.unconfirmed) {
      warnings.push({
        code: 'unconfirmed_rule',
        message: {
          fr: `Règle à vérifier (${rule.source}).`,
          en: `Rule to verify (${rule.source}).`,
        },
      });
    }
  }
  if (procedure === 'negotiated_artistic_exception' && together === 'formalised') {
    warnings.push({
      code: 'artistic_exception_above_formalised',
      message: {
        fr: 'Montant au-delà du seuil européen : la justification de l’exception artistique sera examinée de près par le contrôle de légalité.',
        en: 'Amount above the EU threshold: the artistic exception justification will be closely reviewed by the legality control.',
      },
    });
  }
  return warnings;
}

function changeWarning(rule: AppliedRule, validTo: string): ProcedureWarning {
  const nextDay = addDays(validTo, 1);
  const table = rule.id === 'artistic_exception' ? ARTISTIC_EXCEPTION_RULE : PROCUREMENT_THRESHOLDS[rule.id];
  const next = valueAt<unknown>(table, nextDay);
  const nextValue = next.kind === 'found' && typeof next.value === 'number' ? formatEuros(next.value) : null;
  return {
    code: 'threshold_changes_soon',
    message: nextValue
      ? {
          fr: `Ce seuil change le ${nextDay} : ${nextValue.fr} HT à partir de cette date.`,
          en: `This threshold changes on ${nextDay}: ${nextValue.en} excl. VAT from that date.`,
        }
      : {
          fr: `Ce seuil n’est plus connu à partir du ${nextDay} : mettre à jour les données de référence.`,
          en: `No threshold is known from ${nextDay}: update the reference data.`,
        },
  };
}

/** Which procedure a public buyer must follow for a purchase, evaluated at the purchase date. */
export function determineProcedure(input: ProcedureInput): ProcedureOutcome {
  const issues = validate(input);
  if (issues.length > 0) return { kind: 'validation_error', issues };

  const date = input.purchaseDate;
  const compared = input.estimatedAmountExclVatCents + input.homogeneousYearTotalCents;
  const ids = thresholdIds(input);
  const rules: AppliedRule[] = [];
  const missing: ThresholdRuleId[] = [];
  for (const id of ids) {
    const found = valueAt(PROCUREMENT_THRESHOLDS[id], date);
    if (found.kind === 'found') rules.push(applied(id, found.rule, found.value));
    else missing.push(id);
  }

  const exception = input.artisticException ? valueAt(ARTISTIC_EXCEPTION_RULE, date) : null;
  if (exception?.kind === 'found') {
    const all = [applied('artistic_exception', exception.rule, null), ...rules];
    const warnings =
      missing.length === 0 ? warningsFor(input, compared, all, 'negotiated_artistic_exception') : [];
    return determined(input, 'negotiated_artistic_exception', compared, all, warnings);
  }
  if (missing.length > 0) {
    return {
      kind: 'no_rule_in_force',
      date,
      missingRules: missing,
      explanation: {
        fr: `Aucun seuil en vigueur au ${date} pour : ${missing.join(', ')}. La procédure ne peut pas être déterminée : mettre à jour les données de référence.`,
        en: `No threshold in force on ${date} for: ${missing.join(', ')}. The procedure cannot be determined: update the reference data.`,
      },
    };
  }
  const procedure = bandOf(
    compared,
    rules.map((r) => r.thresholdCents ?? 0),
  );
  return determined(input, procedure, compared, rules, warningsFor(input, compared, rules, procedure));
}

function determined(
  input: ProcedureInput,
  procedure: Procedure,
  compared: number,
  rules: readonly AppliedRule[],
  warnings: readonly ProcedureWarning[],
): ProcedureOutcome {
  return {
    kind: 'determined',
    procedure,
    label: PROCEDURE_LABELS[procedure],
    publicity: PUBLICITY[procedure],
    comparedAmountCents: compared,
    rulesApplied: rules,
    warnings,
    explanation: procedureExplanation({ ...input, procedure, compared, rules }),
  };
}
