import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDatedTable, type DatedTable, valueAt, valuesAt } from './dated.ts';
import { addDays } from './day-date.ts';

const table: DatedTable<number> = [
  { value: 40, validFrom: '2020-01-01', validTo: '2026-03-31', source: 'old' },
  { value: 60, validFrom: '2026-04-01', validTo: null, source: 'new' },
];

describe('valueAt', () => {
  it.each([
    ['2019-12-31', null],
    ['2020-01-01', 40],
    ['2026-03-31', 40],
    ['2026-04-01', 60],
    ['2099-01-01', 60],
  ])('on %s → %s', (date, expected) => {
    const found = valueAt(table, date);
    if (expected === null) expect(found).toEqual({ kind: 'no_rule_in_force', date });
    else expect(found).toMatchObject({ kind: 'found', value: expected });
  });

  it('returns the rule with its source', () => {
    const found = valueAt(table, '2026-05-01');
    expect(found.kind === 'found' && found.rule.source).toBe('new');
  });

  it('prefers the most recent validFrom when rows overlap', () => {
    const overlapping: DatedTable<string> = [
      { value: 'old', validFrom: '2020-01-01', validTo: null, source: 's' },
      { value: 'new', validFrom: '2025-01-01', validTo: null, source: 's' },
    ];
    expect(valueAt(overlapping, '2025-06-01')).toMatchObject({ value: 'new' });
    expect(checkDatedTable(overlapping)).toEqual([{ kind: 'overlap', first: 0, second: 1 }]);
  });

  it('throws on a malformed date (a caller bug, not a business outcome)', () => {
    expect(() => valueAt(table, '2026-4-1')).toThrow(RangeError);
  });

  it('checkDatedTable reports inverted periods, bad dates and missing sources', () => {
    expect(
      checkDatedTable([
        { value: 1, validFrom: '2026-02-01', validTo: '2026-01-01', source: 'x' },
        { value: 1, validFrom: '2027-02-30', validTo: null, source: ' ' },
      ]),
    ).toEqual([
      { kind: 'inverted_period', index: 0 },
      { kind: 'invalid_date', index: 1, date: '2027-02-30' },
      { kind: 'missing_source', index: 1 },
    ]);
  });

  it('a chain of contiguous periods answers every day between its ends with exactly one row', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 8 }), (lengths) => {
        let start = '2020-01-01';
        const rows = lengths.map((len, i) => {
          const row = { value: i, validFrom: start, validTo: addDays(start, len - 1), source: 's' };
          start = addDays(start, len);
          return row;
        });
        expect(checkDatedTable(rows)).toEqual([]);
        for (const row of rows) {
          expect(valueAt(rows, row.validFrom)).toMatchObject({ value: row.value });
          expect(valueAt(rows, row.validTo)).toMatchObject({ value: row.value });
        }
        expect(valueAt(rows, start).kind).toBe('no_rule_in_force');
      }),
    );
  });
});

describe('valuesAt', () => {
  const other: DatedTable<string> = [{ value: 'x', validFrom: '2026-01-01', validTo: null, source: 's' }];

  it('returns every row when all tables answer', () => {
    const found = valuesAt({ threshold: table, other }, '2026-05-01');
    expect(found.kind === 'found' && [found.rows.threshold.value, found.rows.other.value]).toEqual([60, 'x']);
  });

  it('names the first table without a rule', () => {
    expect(valuesAt({ threshold: table, other }, '2025-05-01')).toEqual({
      kind: 'no_rule_in_force',
      date: '2025-05-01',
      missing: 'other',
    });
  });
});
