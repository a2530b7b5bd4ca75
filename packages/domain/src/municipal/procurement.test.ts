import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determineProcedure, type Procedure, type ProcedureInput } from './procurement.ts';
import { parseAmountExclVat } from './text.ts';

const base: ProcedureInput = {
  estimatedAmountExclVatCents: 0,
  buyerType: 'local_authority',
  purchaseKind: 'supplies_services',
  purchaseDate: '2026-05-01',
  homogeneousYearTotalCents: 0,
};
const eur = (euros: number) => euros * 100;
const JUSTIFIED = {
  justification: 'Création originale de la compagnie, seule détentrice des droits du spectacle.',
};

describe('determineProcedure', () => {
  it.each<
    [string, Partial<ProcedureInput>, Procedure | 'no_rule_in_force' | 'validation_error', boolean | null]
  >([
    [
      '50,000 € before 2026-04-01: old 40,000 € rule',
      { estimatedAmountExclVatCents: eur(50_000), purchaseDate: '2026-03-15' },
      'mapa_adapted_publicity',
      true,
    ],
    [
      '50,000 € from 2026-04-01: new 60,000 € rule',
      { estimatedAmountExclVatCents: eur(50_000) },
      'no_publicity',
      false,
    ],
    [
      '59,999.99 € on 2026-04-01',
      { estimatedAmountExclVatCents: 5_999_999, purchaseDate: '2026-04-01' },
      'no_publicity',
      false,
    ],
    ['60,000 € exactly', { estimatedAmountExclVatCents: eur(60_000) }, 'mapa_adapted_publicity', true],
    ['12,000 €', { estimatedAmountExclVatCents: eur(12_000) }, 'no_publicity', false],
    ['90,000 €', { estimatedAmountExclVatCents: eur(90_000) }, 'mapa_boamp_or_jal', true],
    ['215,999.99 €', { estimatedAmountExclVatCents: 21_599_999 }, 'mapa_boamp_or_jal', true],
    ['216,000 € local authority', { estimatedAmountExclVatCents: eur(216_000) }, 'formalised', true],
    [
      '140,000 € central government',
      { estimatedAmountExclVatCents: eur(140_000), buyerType: 'central_government' },
      'formalised',
      true,
    ],
    ['140,000 € local authority', { estimatedAmountExclVatCents: eur(140_000) }, 'mapa_boamp_or_jal', true],
    [
      'works 95,000 € (100,000 € works rule)',
      { estimatedAmountExclVatCents: eur(95_000), purchaseKind: 'works' },
      'no_publicity',
      false,
    ],
    [
      'works 150,000 €',
      { estimatedAmountExclVatCents: eur(150_000), purchaseKind: 'works' },
      'mapa_boamp_or_jal',
      true,
    ],
    [
      'year total pushes 30,000 € over 60,000 €',
      { estimatedAmountExclVatCents: eur(30_000), homogeneousYearTotalCents: eur(35_000) },
      'mapa_adapted_publicity',
      true,
    ],
    [
      '2028-06-01: no formalised threshold',
      { estimatedAmountExclVatCents: eur(12_000), purchaseDate: '2028-06-01' },
      'no_rule_in_force',
      null,
    ],
    [
      '2019-06-01: before the first row',
      { estimatedAmountExclVatCents: eur(12_000), purchaseDate: '2019-06-01' },
      'no_rule_in_force',
      null,
    ],
    [
      'artistic exception, 250,000 €',
      { estimatedAmountExclVatCents: eur(250_000), artisticException: JUSTIFIED },
      'negotiated_artistic_exception',
      false,
    ],
    [
      'artistic exception, 2028 (no thresholds needed)',
      { estimatedAmountExclVatCents: eur(50_000), purchaseDate: '2028-06-01', artisticException: JUSTIFIED },
      'negotiated_artistic_exception',
      false,
    ],
    [
      'artistic exception without justification',
      { estimatedAmountExclVatCents: eur(50_000), artisticException: { justification: '  ' } },
      'validation_error',
      null,
    ],
    [
      'artistic exception, justification too short',
      { estimatedAmountExclVatCents: eur(50_000), artisticException: { justification: 'unique' } },
      'validation_error',
      null,
    ],
    ['invalid date', { purchaseDate: '2026-02-30' }, 'validation_error', null],
    ['fractional cents', { estimatedAmountExclVatCents: 10.5 }, 'validation_error', null],
    ['negative year total', { homogeneousYearTotalCents: -1 }, 'validation_error', null],
  ])('%s', (_name, overrides, expected, publicityRequired) => {
    const outcome = determineProcedure({ ...base, ...overrides });
    if (outcome.kind === 'determined') {
      expect(outcome.procedure).toBe(expected);
      expect(outcome.publicity.required).toBe(publicityRequired);
      expect(outcome.rulesApplied.every((r) => r.source !== '' && r.validFrom !== '')).toBe(true);
    } else {
      expect(outcome.kind).toBe(expected);
    }
  });

  it('explains the old-rule case and warns that the threshold is about to change', () => {
    const outcome = determineProcedure({
      ...base,
      estimatedAmountExclVatCents: eur(50_000),
      purchaseDate: '2026-03-15',
    });
    if (outcome.kind !== 'determined') throw new Error(outcome.kind);
    expect(outcome.explanation.fr).toContain('40 000,00 € HT');
    expect(outcome.explanation.fr).toContain('R2122-8');
    expect(outcome.explanation.fr).toContain('Le cumul est au moins 40 000,00 € et sous 90 000,00 €.');
    expect(outcome.explanation.en).toContain('€40,000.00');
    const change = outcome.warnings.find((w) => w.code === 'threshold_changes_soon');
    expect(change?.message.fr).toContain('2026-04-01');
    expect(change?.message.fr).toContain('60 000,00 €');
  });

  it('warns when the homogeneous purchases of the year together cross 60,000 €', () => {
    const outcome = determineProcedure({
      ...base,
      estimatedAmountExclVatCents: eur(30_000),
      homogeneousYearTotalCents: eur(35_000),
    });
    if (outcome.kind !== 'determined') throw new Error(outcome.kind);
    expect(outcome.comparedAmountCents).toBe(eur(65_000));
    const warning = outcome.warnings.find((w) => w.code === 'year_total_crosses_threshold');
    expect(warning?.message.en).toContain('€60,000.00');
  });

  it('warns near a threshold', () => {
    const outcome = determineProcedure({ ...base, estimatedAmountExclVatCents: eur(56_000) });
    expect(outcome.kind === 'determined' && outcome.warnings.map((w) => w.code)).toContain('near_threshold');
  });

  it('flags the unconfirmed works threshold', () => {
    const outcome = determineProcedure({
      ...base,
      estimatedAmountExclVatCents: eur(150_000),
      purchaseKind: 'works',
    });
    expect(outcome.kind === 'determined' && outcome.warnings.map((w) => w.code)).toContain(
      'unconfirmed_rule',
    );
  });

  it('names the missing rule when none is in force', () => {
    const outcome = determineProcedure({
      ...base,
      estimatedAmountExclVatCents: eur(12_000),
      purchaseDate: '2028-06-01',
    });
    expect(outcome).toMatchObject({
      kind: 'no_rule_in_force',
      missingRules: ['formalised_local_authority_supplies_services'],
    });
  });

  it('the artistic exception keeps the justification in the explanation', () => {
    const outcome = determineProcedure({
      ...base,
      estimatedAmountExclVatCents: eur(250_000),
      artisticException: JUSTIFIED,
    });
    if (outcome.kind !== 'determined') throw new Error(outcome.kind);
    expect(outcome.explanation.fr).toContain('seule détentrice');
    expect(outcome.rulesApplied[0]).toMatchObject({ id: 'artistic_exception', source: 'CCP R2122-3 1°' });
    expect(outcome.warnings.map((w) => w.code)).toContain('artistic_exception_above_formalised');
  });

  it('procedure never gets lighter when the amount grows (property)', () => {
    const order: Procedure[] = ['no_publicity', 'mapa_adapted_publicity', 'mapa_boamp_or_jal', 'formalised'];
    const rank = (cents: number) => {
      const o = determineProcedure({ ...base, estimatedAmountExclVatCents: cents });
      return o.kind === 'determined' ? order.indexOf(o.procedure) : -1;
    };
    fc.assert(
      fc.property(
        fc.nat(50_000_000),
        fc.nat(50_000_000),
        (a, b) => rank(Math.min(a, b)) <= rank(Math.max(a, b)),
      ),
    );
  });
});

describe('parseAmountExclVat', () => {
  it.each([
    ['50000', 5_000_000],
    ['50 000,50', 5_000_050],
    ['12000.5', 1_200_050],
    ['50000.005', null],
    ['-10', null],
    ['abc', null],
  ])('%s → %s', (text, cents) => {
    const parsed = parseAmountExclVat(text);
    if (cents === null) expect(parsed.kind).toBe('validation_error');
    else expect(parsed).toEqual({ kind: 'ok', cents });
  });
});
