import type { DatedTable } from './dated.ts';

export type PublicBuyerType = 'local_authority' | 'central_government' | 'hospital' | 'public_enterprise';

const CCP_START = '2019-04-01';

/** Maximum payment delay in days from receipt of the invoice. */
export const PAYMENT_DELAY_DAYS: Readonly<Record<PublicBuyerType, DatedTable<number>>> = {
  local_authority: [{ value: 30, validFrom: CCP_START, validTo: null, source: 'CCP R2192-10' }],
  central_government: [{ value: 30, validFrom: CCP_START, validTo: null, source: 'CCP R2192-10' }],
  hospital: [{ value: 50, validFrom: CCP_START, validTo: null, source: 'CCP R2192-11' }],
  public_enterprise: [{ value: 60, validFrom: CCP_START, validTo: null, source: 'CCP R2192-11' }],
};

/** Fixed indemnity for recovery costs, due automatically on any late payment, in cents. */
export const LATE_PAYMENT_INDEMNITY_CENTS: DatedTable<number> = [
  { value: 4_000, validFrom: CCP_START, validTo: null, source: 'CCP D2192-35' },
];

/** Suppliers invoicing a public body must go through Chorus Pro. */
export const CHORUS_PRO_MANDATORY: DatedTable<true> = [
  { value: true, validFrom: '2020-01-01', validTo: null, source: 'ordonnance 2014-697; CCP L2192-1' },
];
