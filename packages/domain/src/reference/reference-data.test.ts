import { describe, expect, it } from 'vitest';
import { checkDatedTable, type DatedTable, valueAt } from './dated.ts';
import { ECB_MRO_RATE_AT_HALF_YEAR_START, LATE_PAYMENT_MARGIN } from './ecb-rates.ts';
import { CHORUS_PRO_MANDATORY, LATE_PAYMENT_INDEMNITY_CENTS, PAYMENT_DELAY_DAYS } from './payment-rules.ts';
import {
  ARTISTIC_EXCEPTION_RULE,
  PROCUREMENT_THRESHOLDS,
  VIGILANCE_THRESHOLD_CENTS,
} from './procurement-thresholds.ts';
import {
  CNM_TAX_COLLECTION_FLOOR_CENTS,
  CNM_TAX_PAYMENT_DAYS,
  CNM_TAX_RATE,
  GUSO_RULE,
  LICENCE_NUMBER_PATTERN,
  LICENCE_RULE,
  SACD_RATE,
  SACEM_RATE,
} from './show-rules.ts';
import { type ShowVatCategory, VAT_RATES, type VatCountry, vatTreatmentAt } from './vat.ts';

const tables: [string, DatedTable<unknown>][] = [
  ['ECB', ECB_MRO_RATE_AT_HALF_YEAR_START],
  ['late margin', LATE_PAYMENT_MARGIN],
  ['indemnity', LATE_PAYMENT_INDEMNITY_CENTS],
  ['chorus', CHORUS_PRO_MANDATORY],
  ['artistic exception', ARTISTIC_EXCEPTION_RULE],
  ['vigilance', VIGILANCE_THRESHOLD_CENTS],
  ['CNM', CNM_TAX_RATE],
  ['CNM floor', CNM_TAX_COLLECTION_FLOOR_CENTS],
  ['CNM payment', CNM_TAX_PAYMENT_DAYS],
  ['GUSO', GUSO_RULE],
  ['licence', LICENCE_RULE],
  ['SACEM', SACEM_RATE],
  ['SACD', SACD_RATE],
  ...Object.entries(PAYMENT_DELAY_DAYS),
  ...Object.entries(PROCUREMENT_THRESHOLDS),
  ...VAT_RATES.map((s): [string, DatedTable<unknown>] => [`VAT ${s.country} ${s.category}`, s.history]),
];

describe('reference data tables', () => {
  it.each(tables)('%s: valid dates, sources, no overlap', (_name, table) => {
    expect(table.length).toBeGreaterThan(0);
    expect(checkDatedTable(table)).toEqual([]);
  });

  it('has one VAT series per country and category', () => {
    const keys = VAT_RATES.map((s) => `${s.country}/${s.category}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('SACEM and SACD rates are flagged unconfirmed', () => {
    expect(SACEM_RATE.every((r) => r.unconfirmed)).toBe(true);
    expect(SACD_RATE.every((r) => r.unconfirmed)).toBe(true);
  });
});

describe('VAT on shows', () => {
  it.each<[VatCountry, ShowVatCategory, string, string]>([
    ['FR', 'ticket_show', '2026-05-01', 'rate:550'],
    ['FR', 'ticket_new_creation', '2026-05-01', 'rate:210'],
    ['FR', 'cession_contract', '2026-05-01', 'rate:550'],
    ['FR', 'cession_contract_drinks_served', '2026-05-01', 'rate:2000'],
    ['FR', 'standard', '2026-05-01', 'rate:2000'],
    ['BE', 'ticket_show', '2026-02-28', 'rate:600'],
    ['BE', 'ticket_show', '2026-03-01', 'rate:1200!'],
    ['BE', 'ticket_theatre_dance_circus', '2026-03-01', 'rate:600'],
    ['CH', 'ticket_show', '2026-05-01', 'excluded'],
    ['CH', 'artist_fee', '2025-01-01', 'excluded'],
    ['CH', 'artist_fee', '2024-12-31', 'none'],
    ['CH', 'standard', '2026-05-01', 'rate:810'],
    ['CH', 'reduced', '2026-05-01', 'rate:260'],
    ['CH', 'accommodation', '2026-05-01', 'rate:380'],
    ['LU', 'artist_fee', '2026-05-01', 'rate:300'],
    ['LU', 'standard', '2026-05-01', 'rate:1700'],
    ['LU', 'ticket_show', '2026-05-01', 'rate:1700!'],
    ['FR', 'ticket_show', '2019-12-31', 'none'],
    ['LU', 'accommodation', '2026-05-01', 'unknown'],
  ])('%s %s on %s → %s (! = unconfirmed)', (country, category, date, expected) => {
    const found = vatTreatmentAt(country, category, date);
    let summary: string;
    if (found.kind === 'unknown_category') summary = 'unknown';
    else if (found.kind === 'no_rule_in_force') summary = 'none';
    else {
      const v = found.value;
      summary = v.kind === 'rate' ? `rate:${v.basisPoints}` : 'excluded';
      if (found.rule.unconfirmed) summary += '!';
    }
    expect(summary).toBe(expected);
  });
});

describe('other rules', () => {
  it.each([
    ['2022-03-01', 0, false],
    ['2022-07-01', 0, false],
    ['2023-01-01', 250, false],
    ['2023-07-01', 400, false],
    ['2024-01-01', 450, false],
    ['2024-07-01', 425, false],
    ['2025-01-01', 315, false],
    ['2025-07-01', 215, false],
    ['2026-01-01', 215, true],
  ])('ECB rate of the half-year of %s is %i bp (to verify: %s)', (date, bp, unconfirmed) => {
    const found = valueAt(ECB_MRO_RATE_AT_HALF_YEAR_START, date);
    expect(found).toMatchObject({ kind: 'found', value: bp });
    expect(found.kind === 'found' && found.rule.unconfirmed === true).toBe(unconfirmed);
  });

  it('payment delays by buyer type', () => {
    const at = (t: DatedTable<number>) => valueAt(t, '2026-05-01');
    expect(at(PAYMENT_DELAY_DAYS.local_authority)).toMatchObject({ value: 30 });
    expect(at(PAYMENT_DELAY_DAYS.central_government)).toMatchObject({ value: 30 });
    expect(at(PAYMENT_DELAY_DAYS.hospital)).toMatchObject({ value: 50 });
    expect(at(PAYMENT_DELAY_DAYS.public_enterprise)).toMatchObject({ value: 60 });
    expect(at(LATE_PAYMENT_INDEMNITY_CENTS)).toMatchObject({ value: 4000 });
  });

  it('CNM tax 3.5 % and 6 performances without licence', () => {
    expect(valueAt(CNM_TAX_RATE, '2026-05-01')).toMatchObject({ value: 350 });
    expect(valueAt(CNM_TAX_RATE, '2023-12-31').kind).toBe('no_rule_in_force');
    expect(valueAt(LICENCE_RULE, '2026-05-01')).toMatchObject({
      value: { occasionalPerformancesPerYear: 6 },
    });
  });

  it.each([
    ['PLATESV-D-2026-000123', true],
    ['PLATESV-R-2024-123456', true],
    ['PLATESV-X-2026-000123', false],
    ['PLATESV-D-2026-123', false],
  ])('licence number %s valid: %s', (text, ok) => {
    expect(LICENCE_NUMBER_PATTERN.test(text)).toBe(ok);
  });
});
