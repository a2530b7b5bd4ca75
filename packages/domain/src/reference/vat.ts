import { type DatedLookup, type DatedTable, valueAt } from './dated.ts';

export type VatCountry = 'FR' | 'BE' | 'CH' | 'LU';

export type ShowVatCategory =
  /** Admission to concerts, theatre, circus, variety, festivals. */
  | 'ticket_show'
  /** FR: tickets where drinks are served during the show. */
  | 'ticket_show_drinks_served'
  /** FR: first 140 performances of a new creation (tickets only). */
  | 'ticket_new_creation'
  /** BE: theatre incl. street theatre, dance, circus, opera, classical music. */
  | 'ticket_theatre_dance_circus'
  /** FR: contrat de cession of a qualifying show. */
  | 'cession_contract'
  | 'cession_contract_drinks_served'
  /** Performing artists' fees (CH cultural events, LU artists and authors). */
  | 'artist_fee'
  | 'standard'
  | 'reduced'
  | 'accommodation';

export type VatTreatment =
  | { readonly kind: 'rate'; readonly basisPoints: number }
  /** CH: excluded from VAT, the supplier may opt to tax. */
  | { readonly kind: 'excluded'; readonly optionToTax: boolean };

export interface VatSeries {
  readonly country: VatCountry;
  readonly category: ShowVatCategory;
  readonly history: DatedTable<VatTreatment>;
}

const rate = (basisPoints: number): VatTreatment => ({ kind: 'rate', basisPoints });
const EXCLUDED: VatTreatment = { kind: 'excluded', optionToTax: true };

/**
 * Where the rules file gives no start date ("—"), rows start at MODELLED_FROM: earlier dates answer
 * 'no_rule_in_force' on purpose instead of guessing a history we did not check.
 */
export const VAT_MODELLED_FROM = '2020-01-01';
const MODELLED_NOTE = 'validFrom is the start of the modelled history, not the date of the legal text';
const sinceModelled = (value: VatTreatment, source: string) =>
  ({ value, validFrom: VAT_MODELLED_FROM, validTo: null, source, note: MODELLED_NOTE }) as const;

const FR_SHOWS = 'CGI art. 278-0 bis F; BOFiP BOI-TVA-LIQ-30-20-40';
const FR_STANDARD = 'CGI art. 278';
const BE_REFORM = 'Belgian 2026 VAT reform (press), publication UNCONFIRMED';
const BE_AR20 = 'BE AR n° 20, tableau A';
const CH_EXCLUSION = 'LTVA art. 21 al. 2 ch. 14 / 14bis, art. 22';
const CH_RATES = 'LTVA art. 25 — admin.ch (EFD), rates from 2024-01-01';
const LU_AED = 'AED circulaire 800';

export const VAT_RATES: readonly VatSeries[] = [
  {
    country: 'FR',
    category: 'ticket_show',
    history: [sinceModelled(rate(550), FR_SHOWS)],
  },
  {
    country: 'FR',
    category: 'ticket_show_drinks_served',
    history: [sinceModelled(rate(2000), FR_SHOWS)],
  },
  {
    country: 'FR',
    category: 'ticket_new_creation',
    history: [
      {
        value: rate(210),
        validFrom: VAT_MODELLED_FROM,
        validTo: null,
        source: 'CGI art. 281 quater',
        note: `tickets of the first 140 performances only, never contrats de cession; ${MODELLED_NOTE}`,
      },
    ],
  },
  {
    country: 'FR',
    category: 'cession_contract',
    history: [sinceModelled(rate(550), FR_SHOWS)],
  },
  {
    country: 'FR',
    category: 'cession_contract_drinks_served',
    history: [sinceModelled(rate(2000), FR_SHOWS)],
  },
  {
    country: 'FR',
    category: 'standard',
    history: [sinceModelled(rate(2000), FR_STANDARD)],
  },
  {
    country: 'BE',
    category: 'ticket_show',
    history: [
      {
        value: rate(600),
        validFrom: VAT_MODELLED_FROM,
        validTo: '2026-02-28',
        source: BE_AR20,
        note: MODELLED_NOTE,
      },
      { value: rate(1200), validFrom: '2026-03-01', validTo: null, source: BE_REFORM, unconfirmed: true },
    ],
  },
  {
    country: 'BE',
    category: 'ticket_theatre_dance_circus',
    history: [sinceModelled(rate(600), BE_AR20)],
  },
  {
    country: 'CH',
    category: 'ticket_show',
    history: [sinceModelled(EXCLUDED, CH_EXCLUSION)],
  },
  {
    country: 'CH',
    category: 'artist_fee',
    history: [{ value: EXCLUDED, validFrom: '2025-01-01', validTo: null, source: CH_EXCLUSION }],
  },
  {
    country: 'CH',
    category: 'standard',
    history: [{ value: rate(810), validFrom: '2024-01-01', validTo: null, source: CH_RATES }],
  },
  {
    country: 'CH',
    category: 'reduced',
    history: [{ value: rate(260), validFrom: '2024-01-01', validTo: null, source: CH_RATES }],
  },
  {
    country: 'CH',
    category: 'accommodation',
    history: [{ value: rate(380), validFrom: '2024-01-01', validTo: null, source: CH_RATES }],
  },
  {
    country: 'LU',
    category: 'artist_fee',
    history: [{ value: rate(300), validFrom: '2020-01-01', validTo: null, source: LU_AED }],
  },
  {
    country: 'LU',
    category: 'standard',
    history: [
      {
        value: rate(1700),
        validFrom: '2024-01-01',
        validTo: null,
        source: 'LU loi TVA art. 39 (17 % restored on 2024-01-01 after the 2023 cut)',
      },
    ],
  },
  {
    country: 'LU',
    category: 'ticket_show',
    history: [
      {
        value: rate(1700),
        validFrom: '2024-01-01',
        validTo: null,
        source: 'rules-fr-be-ch-lu.md §1 (standard rate assumed for tickets)',
        unconfirmed: true,
        note: 'ticket rate UNCONFIRMED: a reduced rate may apply, verify with the AED',
      },
    ],
  },
];

export type VatLookup =
  | DatedLookup<VatTreatment>
  | { readonly kind: 'unknown_category'; readonly country: VatCountry; readonly category: ShowVatCategory };

export function vatTreatmentAt(country: VatCountry, category: ShowVatCategory, date: string): VatLookup {
  const series = VAT_RATES.find((s) => s.country === country && s.category === category);
  if (!series) return { kind: 'unknown_category', country, category };
  return valueAt(series.history, date);
}
