import type { DatedTable } from './dated.ts';

/**
 * French public procurement thresholds, amounts excluding VAT in cents, compared with the
 * estimated value of the year's homogeneous needs (CCP R2121-6/7). Changed by decree: always
 * read them at the purchase date.
 */
export type ThresholdRuleId =
  | 'no_publicity_supplies_services'
  | 'no_publicity_works'
  | 'mapa_boamp_or_jal'
  | 'formalised_local_authority_supplies_services'
  | 'formalised_central_government_supplies_services'
  | 'formalised_works';

/** The Code de la commande publique entered into force on 2019-04-01. */
const CCP_START = '2019-04-01';
const EU_2026_27 = 'EU thresholds 2026-27 (Commission delegated regulations of 2025), CCP avis annexe';

export const PROCUREMENT_THRESHOLDS: Readonly<Record<ThresholdRuleId, DatedTable<number>>> = {
  no_publicity_supplies_services: [
    // 25,000 € (2016-2019) is deliberately absent: the requirements still quote it, it must not be used.
    {
      value: 4_000_000,
      validFrom: '2020-01-01',
      validTo: '2026-03-31',
      source: 'CCP R2122-8 (décret 2019-1344)',
    },
    { value: 6_000_000, validFrom: '2026-04-01', validTo: null, source: 'décret 2025-1386 du 2025-12-29' },
  ],
  no_publicity_works: [
    { value: 10_000_000, validFrom: '2026-01-01', validTo: null, source: 'décret 2025-1386 du 2025-12-29' },
  ],
  mapa_boamp_or_jal: [{ value: 9_000_000, validFrom: CCP_START, validTo: null, source: 'CCP R2131-12' }],
  formalised_local_authority_supplies_services: [
    { value: 21_600_000, validFrom: '2026-01-01', validTo: '2027-12-31', source: EU_2026_27 },
  ],
  formalised_central_government_supplies_services: [
    { value: 14_000_000, validFrom: '2026-01-01', validTo: '2027-12-31', source: EU_2026_27 },
  ],
  formalised_works: [
    {
      value: 540_400_000,
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      source: EU_2026_27,
      unconfirmed: true,
      note: 'not in the rules file: verify the 2026-27 works threshold',
    },
  ],
};

/** Unique artistic performance: negotiated without publicity or competition, whatever the amount. */
export const ARTISTIC_EXCEPTION_RULE: DatedTable<{ readonly anyAmount: true }> = [
  {
    value: { anyAmount: true },
    validFrom: CCP_START,
    validTo: null,
    source: 'CCP R2122-3 1°',
    note: 'only one economic operator can provide it, for artistic reasons; must be justified',
  },
];

/** From this contract amount excl. VAT the buyer must collect the supplier's URSSAF vigilance certificate. */
export const VIGILANCE_THRESHOLD_CENTS: DatedTable<number> = [
  {
    value: 500_000,
    validFrom: '2019-04-01',
    validTo: null,
    source: 'Code du travail L8222-1, R8222-1 (5 000 € HT), D8222-5',
    note: 'validFrom is the start of the modelled history',
  },
];
