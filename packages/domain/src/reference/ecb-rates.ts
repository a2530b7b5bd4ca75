import type { DatedTable } from './dated.ts';

/**
 * ECB main refinancing operations rate in force on the first day of each half-year, in basis
 * points. French late-payment interest uses the rate of the first day of the half-year in which
 * the delay starts (CCP R2192-31), so one row per half-year is exactly what the rule needs.
 */
const ECB =
  'ECB key interest rates, https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/';

export const ECB_MRO_RATE_AT_HALF_YEAR_START: DatedTable<number> = [
  { value: 0, validFrom: '2022-01-01', validTo: '2022-06-30', source: ECB },
  { value: 0, validFrom: '2022-07-01', validTo: '2022-12-31', source: ECB, note: 'first hike on 2022-07-27' },
  { value: 250, validFrom: '2023-01-01', validTo: '2023-06-30', source: ECB },
  { value: 400, validFrom: '2023-07-01', validTo: '2023-12-31', source: ECB },
  { value: 450, validFrom: '2024-01-01', validTo: '2024-06-30', source: ECB },
  { value: 425, validFrom: '2024-07-01', validTo: '2024-12-31', source: ECB },
  { value: 315, validFrom: '2025-01-01', validTo: '2025-06-30', source: ECB },
  { value: 215, validFrom: '2025-07-01', validTo: '2025-12-31', source: ECB },
  {
    value: 215,
    validFrom: '2026-01-01',
    validTo: '2026-06-30',
    source: ECB,
    unconfirmed: true,
    note: 'to verify against the avis published in the JORF for the half-year',
  },
  {
    value: 215,
    validFrom: '2026-07-01',
    validTo: '2026-12-31',
    source: ECB,
    unconfirmed: true,
    note: 'rate held since June 2025 as far as our sources go; to verify against the JORF avis for 2026-H2',
  },
];

/** Points added to the ECB rate for late-payment interest owed by public buyers. */
export const LATE_PAYMENT_MARGIN: DatedTable<number> = [
  { value: 800, validFrom: '2019-04-01', validTo: null, source: 'CCP R2192-31' },
];
