import type { DatedTable } from './dated.ts';

/** CNM tax on variety shows, basis points of ticket receipts excl. VAT (or of the cession price if free). */
export const CNM_TAX_RATE: DatedTable<number> = [
  { value: 350, validFrom: '2024-01-01', validTo: null, source: 'CIBS L452-14 to L452-27' },
];

/** Below this yearly amount the CNM tax is not collected, in cents. */
export const CNM_TAX_COLLECTION_FLOOR_CENTS: DatedTable<number> = [
  {
    value: 8_000,
    validFrom: '2024-01-01',
    validTo: null,
    source: 'former CNV rule (80 €/year), carried over without confirmation',
    unconfirmed: true,
    note: 'UNCONFIRMED under the CIBS',
  },
];

/** Days after the end of the month following the show within which the CNM tax is paid. */
export const CNM_TAX_PAYMENT_DAYS: DatedTable<number> = [
  {
    value: 30,
    validFrom: '2024-01-01',
    validTo: null,
    source: 'CIBS L452-14 et s.; rules-fr-be-ch-lu.md §4',
  },
];

export interface LicenceRule {
  /** Organisers whose main activity is not live performance need no licence up to this many shows a year. */
  readonly occasionalPerformancesPerYear: number;
  readonly validityYears: number;
  readonly fineIndividualCents: number;
  readonly fineCompanyCents: number;
}

export const LICENCE_RULE: DatedTable<LicenceRule> = [
  {
    value: {
      occasionalPerformancesPerYear: 6,
      validityYears: 5,
      fineIndividualCents: 80_000,
      fineCompanyCents: 200_000,
    },
    validFrom: '2019-10-01',
    validTo: null,
    source: 'Code du travail L7122-3 et s., L7122-19; loi 2019-1004 (récépissé PLATESV)',
  },
];

/** PLATESV-D-2026-000123 (D: declaration, R: renewal). */
export const LICENCE_NUMBER_PATTERN = /^PLATESV-[DR]-\d{4}-\d{6}$/;

export interface GusoRule {
  /** GUSO is for employers whose main activity (APE/NAF) is not live performance… */
  readonly requiresNonShowMainActivity: true;
  /** …who hire artists or technicians directly (fixed-term contrat d'engagement). */
  readonly contractTypes: readonly ('engagement' | 'cession' | 'co_realisation')[];
}

export const GUSO_RULE: DatedTable<GusoRule> = [
  {
    value: { requiresNonShowMainActivity: true, contractTypes: ['engagement'] },
    validFrom: '2020-01-01',
    validTo: null,
    source: 'Code du travail L7122-22 to L7122-28 (guichet unique du spectacle occasionnel)',
    note: 'validFrom is the start of the modelled history; GUSO exists since 2004',
  },
];

export interface AuthorsRightsRate {
  readonly standardBasisPoints: number;
  /** Rate when authorisation is requested in advance, if the society grants one. */
  readonly earlyDeclarationBasisPoints: number | null;
}

export const SACEM_RATE: DatedTable<AuthorsRightsRate> = [
  {
    value: { standardBasisPoints: 1100, earlyDeclarationBasisPoints: 880 },
    validFrom: '2019-01-01',
    validTo: null,
    source: 'press (2019): 11 % standard, 20 % reduction for early authorisation',
    unconfirmed: true,
    note: 'rate grid UNCONFIRMED; the press also quotes 8 % for early declaration. Recorded music also owes SPRE',
  },
];

export const SACD_RATE: DatedTable<AuthorsRightsRate> = [
  {
    value: { standardBasisPoints: 1000, earlyDeclarationBasisPoints: null },
    validFrom: '2019-01-01',
    validTo: null,
    source: 'SACD example rate (10 %) quoted in rules-fr-be-ch-lu.md §4',
    unconfirmed: true,
    note: 'rate UNCONFIRMED; written authorisation needed even for free shows',
  },
];
