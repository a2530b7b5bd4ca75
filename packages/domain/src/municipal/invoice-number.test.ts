import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchVatIdFromSiren, isPlausibleVatId, isValidSiret } from './identifiers.ts';
import { checkInvoiceSequence, nextInvoiceNumber, parseInvoiceNumber } from './invoice-number.ts';

describe('nextInvoiceNumber', () => {
  it.each([
    ['FAC', 2026, 122, 'FAC-2026-000123'],
    ['FAC', 2027, 0, 'FAC-2027-000001'],
    ['AV', 2026, 999_999, 'AV-2026-1000000'],
  ])('%s %i after %i → %s', (prefix, year, last, expected) => {
    expect(nextInvoiceNumber(prefix, year, last)).toBe(expected);
  });

  it.each([
    ['fac', 2026, 1],
    ['FAC', 26, 1],
    ['FAC', 2026, -1],
    ['FAC', 2026, 1.5],
  ])('rejects %s %i %d', (prefix, year, last) => {
    expect(() => nextInvoiceNumber(prefix, year, last)).toThrow(RangeError);
  });

  it('round-trips and never breaks the sequence (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 300 }), (year, count) => {
        const numbers: string[] = [];
        for (let seq = 0; seq < count; seq++) numbers.push(nextInvoiceNumber('FAC', year, seq));
        expect(checkInvoiceSequence(numbers)).toEqual([]);
        expect(parseInvoiceNumber(numbers.at(-1)!)).toEqual({ prefix: 'FAC', year, seq: count });
      }),
    );
  });
});

describe('checkInvoiceSequence', () => {
  it('reports gaps, duplicates, a wrong start and malformed numbers', () => {
    expect(checkInvoiceSequence(['FAC-2026-000002', 'FAC-2026-000002', 'FAC-2026-000005', 'oops'])).toEqual([
      { kind: 'malformed', number: 'oops' },
      { kind: 'does_not_start_at_one', first: 'FAC-2026-000002' },
      { kind: 'duplicate', number: 'FAC-2026-000002' },
      { kind: 'gap', after: 'FAC-2026-000002', missing: [3, 4] },
    ]);
  });
});

describe('French identifiers', () => {
  it.each([
    ['12345678210001', true],
    ['21690123110002', true],
    ['21690123110003', false],
    ['1234567821000', false],
    ['35600000000051', true], // La Poste: digit sum multiple of 5
  ])('SIRET %s valid: %s', (siret, ok) => {
    expect(isValidSiret(siret)).toBe(ok);
  });

  it('computes and checks the French VAT key', () => {
    expect(frenchVatIdFromSiren('123456782')).toBe('FR11123456782');
    expect(frenchVatIdFromSiren('123456789')).toBeNull();
    expect(isPlausibleVatId('FR11123456782')).toBe(true);
    expect(isPlausibleVatId('FR12123456782')).toBe(false);
    expect(isPlausibleVatId('BE0123456789')).toBe(true);
    expect(isPlausibleVatId('not a vat')).toBe(false);
  });
});
