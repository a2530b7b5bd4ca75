import { valueAt } from '../reference/dated.ts';
import { isIsoDay } from '../reference/day-date.ts';
import { VIGILANCE_THRESHOLD_CENTS } from '../reference/procurement-thresholds.ts';
import { type CdcDocument, requiredDocuments, sectionsOf } from './cahier-des-charges-content.ts';
import type { ValidationFailure, ValidationIssue } from './text.ts';

export type PerformanceFormat = 'deambulation' | 'fixe' | 'interactif' | 'atelier' | 'concert';

export interface SelectionCriterion {
  readonly id: string;
  readonly label: string;
  /** Price or cost must be among the criteria (CCP R2152-7). */
  readonly kind: 'price' | 'quality' | 'technical' | 'other';
  readonly weightPercent: number;
}

export interface EventBrief {
  readonly title: string;
  readonly buyerName: string;
  /** Object of the contract: what the commune wants, in its words. */
  readonly need: string;
  readonly formats: readonly PerformanceFormat[];
  readonly place: {
    readonly name: string;
    readonly address: string;
    readonly outdoor: boolean;
    readonly surfaceSquareMetres?: number;
    readonly accessibleReducedMobility: boolean;
    readonly powerAvailable: boolean;
  };
  readonly performances: readonly { readonly date: string; readonly start: string; readonly end: string }[];
  readonly audience: {
    readonly expectedSize: number;
    readonly target: 'all' | 'children' | 'families' | 'adults';
    readonly free: boolean;
  };
  readonly technical: {
    readonly soundAutonomyRequired: boolean;
    readonly powerKva?: number;
    readonly badWeather: 'indoor_fallback' | 'postpone' | 'cancel' | 'maintain';
    readonly curfew?: string;
    readonly other?: readonly string[];
  };
  readonly budgetCeilingExclVatCents?: number;
  readonly responseDeadline: string;
  readonly contractType: 'cession' | 'engagement';
  readonly criteria?: readonly SelectionCriterion[];
}

export const DEFAULT_CRITERIA: readonly SelectionCriterion[] = [
  { id: 'artistic', label: 'Valeur artistique et adéquation au projet', kind: 'quality', weightPercent: 50 },
  { id: 'price', label: 'Prix', kind: 'price', weightPercent: 30 },
  { id: 'technical', label: 'Faisabilité technique et autonomie', kind: 'technical', weightPercent: 20 },
];

const MIN_NEED_LENGTH = 20;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const issue = (field: string, code: ValidationIssue['code'], fr: string, en: string): ValidationIssue => ({
  field,
  code,
  message: { fr, en },
});

export function validateCriteria(criteria: readonly SelectionCriterion[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (criteria.length === 0)
    issues.push(issue('criteria', 'required', 'Au moins un critère.', 'At least one criterion.'));
  const total = criteria.reduce((sum, c) => sum + c.weightPercent, 0);
  if (criteria.length > 0 && total !== 100) {
    issues.push(
      issue(
        'criteria',
        'inconsistent',
        `Pondérations : total ${total} %, 100 % attendus.`,
        `Weights add up to ${total} %, expected 100 %.`,
      ),
    );
  }
  criteria.forEach((c, i) => {
    if (!Number.isInteger(c.weightPercent) || c.weightPercent <= 0) {
      issues.push(
        issue(
          `criteria.${i}.weightPercent`,
          'out_of_range',
          'Pondération entière positive.',
          'Positive whole weight.',
        ),
      );
    }
    if (c.label.trim() === '')
      issues.push(issue(`criteria.${i}.label`, 'required', 'Libellé requis.', 'Label required.'));
  });
  if (new Set(criteria.map((c) => c.id)).size !== criteria.length) {
    issues.push(
      issue('criteria', 'inconsistent', 'Identifiants de critères en double.', 'Duplicate criterion ids.'),
    );
  }
  if (criteria.length > 0 && !criteria.some((c) => c.kind === 'price')) {
    issues.push(
      issue(
        'criteria',
        'required',
        'Le prix doit figurer parmi les critères (CCP R2152-7).',
        'Price must be a criterion (CCP R2152-7).',
      ),
    );
  }
  return issues;
}

function validateBrief(brief: EventBrief, today: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (brief.title.trim() === '') issues.push(issue('title', 'required', 'Titre requis.', 'Title required.'));
  if (brief.buyerName.trim() === '')
    issues.push(issue('buyerName', 'required', 'Acheteur requis.', 'Buyer required.'));
  if (brief.need.trim().length < MIN_NEED_LENGTH) {
    issues.push(
      issue(
        'need',
        'too_short',
        'Décrire le besoin (20 caractères minimum).',
        'Describe the need (20 characters minimum).',
      ),
    );
  }
  if (brief.formats.length === 0)
    issues.push(issue('formats', 'required', 'Au moins une forme.', 'At least one format.'));
  if (brief.place.name.trim() === '' || brief.place.address.trim() === '') {
    issues.push(issue('place', 'required', 'Lieu et adresse requis.', 'Place and address required.'));
  }
  if (!Number.isInteger(brief.audience.expectedSize) || brief.audience.expectedSize <= 0) {
    issues.push(issue('audience.expectedSize', 'out_of_range', 'Jauge positive.', 'Positive audience size.'));
  }
  const deadlineOk = isIsoDay(brief.responseDeadline);
  if (!deadlineOk)
    issues.push(issue('responseDeadline', 'invalid_date', 'Date limite invalide.', 'Invalid deadline.'));
  else if (brief.responseDeadline < today) {
    issues.push(
      issue('responseDeadline', 'inconsistent', 'Date limite déjà passée.', 'Deadline already past.'),
    );
  }
  if (brief.performances.length === 0)
    issues.push(issue('performances', 'required', 'Au moins une date.', 'At least one date.'));
  brief.performances.forEach((p, i) => {
    if (!isIsoDay(p.date))
      issues.push(issue(`performances.${i}.date`, 'invalid_date', 'Date invalide.', 'Invalid date.'));
    else if (deadlineOk && p.date <= brief.responseDeadline) {
      issues.push(
        issue(
          `performances.${i}.date`,
          'inconsistent',
          'Représentation avant la date limite des offres.',
          'Performance before the offer deadline.',
        ),
      );
    }
    // An end before the start is allowed: the show runs past midnight.
    if (!TIME.test(p.start) || !TIME.test(p.end)) {
      issues.push(issue(`performances.${i}`, 'invalid_date', 'Horaires HH:MM.', 'Times as HH:MM.'));
    }
  });
  if (brief.technical.curfew !== undefined && !TIME.test(brief.technical.curfew)) {
    issues.push(issue('technical.curfew', 'invalid_date', 'Couvre-feu HH:MM.', 'Curfew as HH:MM.'));
  }
  const budget = brief.budgetCeilingExclVatCents;
  if (budget !== undefined && (!Number.isSafeInteger(budget) || budget <= 0)) {
    issues.push(
      issue(
        'budgetCeilingExclVatCents',
        'invalid_amount',
        'Budget en centimes positif.',
        'Budget in positive cents.',
      ),
    );
  }
  return [...issues, ...validateCriteria(brief.criteria ?? DEFAULT_CRITERIA)];
}

export type CahierDesChargesOutcome =
  | { readonly kind: 'ok'; readonly document: CdcDocument }
  | ValidationFailure;

/** Structured content of the specification; the API renders it to PDF/DOCX. */
export function buildCahierDesCharges(brief: EventBrief, today: string): CahierDesChargesOutcome {
  if (!isIsoDay(today)) throw new RangeError(`not a YYYY-MM-DD day: ${today}`);
  const issues = validateBrief(brief, today);
  if (issues.length > 0) return { kind: 'validation_error', issues };
  const criteria = brief.criteria ?? DEFAULT_CRITERIA;
  const vigilance = valueAt(VIGILANCE_THRESHOLD_CENTS, today);
  const documents = requiredDocuments(brief, vigilance.kind === 'found' ? vigilance.value : null);
  return {
    kind: 'ok',
    document: {
      title: `Cahier des charges — ${brief.title.trim()}`,
      buyerName: brief.buyerName.trim(),
      issuedOn: today,
      responseDeadline: brief.responseDeadline,
      criteria,
      requiredDocuments: documents,
      sections: sectionsOf(brief, criteria, documents),
    },
  };
}
