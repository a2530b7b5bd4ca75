import { describe, expect, it } from 'vitest';
import { checkWeights, currentSet } from './weights-form.ts';

describe('checkWeights', () => {
  it.each([
    [
      { a: 25, b: 75 },
      { ok: true, sum: 100 },
    ],
    [
      { a: 25, b: 70 },
      { ok: false, sum: 95, reason: 'sum' },
    ],
    [
      { a: 60, b: 50 },
      { ok: false, sum: 110, reason: 'sum' },
    ],
    [
      { a: 100, b: 0 },
      { ok: true, sum: 100 },
    ],
  ])('%o', (weights, expected) => expect(checkWeights(weights)).toEqual(expected));

  it.each([
    [{ a: 50.5, b: 49.5 }, 'a'],
    [{ a: 110, b: -10 }, 'a'],
    [{ a: 50, b: '' }, 'b'],
  ])('refuses %o (criterion %s)', (weights, criterion) =>
    expect(checkWeights(weights)).toMatchObject({ ok: false, reason: 'range', criterion }),
  );
});

describe('currentSet', () => {
  it('prefers the organisation’s latest revision over the platform default', () => {
    const def = { organisationId: null, version: '2026-06.1' };
    const org2 = { organisationId: 'o', version: 'org.2' };
    const org1 = { organisationId: 'o', version: 'org.1' };
    expect(currentSet([def, org2, org1])).toBe(org2);
    expect(currentSet([def])).toBe(def);
    expect(currentSet([])).toBeUndefined();
  });
});
