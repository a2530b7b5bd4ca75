import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetFit, linearDecay, rangeGapRatio, tenths, upperBoundTenths } from './scoring.ts';

describe('budgetFit (fee range vs budget maximum, hard limit 1.5×)', () => {
  it.each([
    ['budget covers the whole fee range', 300_000, 450_000, 500_000, 1],
    ['budget exactly the maximum fee', 300_000, 450_000, 450_000, 1],
    ['budget in the middle of the range', 300_000, 500_000, 400_000, 0.9],
    ['budget exactly the minimum fee', 300_000, 500_000, 300_000, 0.8],
    ['fee minimum 20 % over budget', 360_000, 400_000, 300_000, 0.36],
    ['fee minimum at the hard limit', 450_000, 500_000, 300_000, 0],
  ])('%s', (_name, feeMin, feeMax, budgetMax, expected) => {
    expect(budgetFit(feeMin, feeMax, budgetMax, 1.5)).toBeCloseTo(expected, 9);
  });

  it('never decreases when the budget grows', () => {
    fc.assert(
      fc.property(fc.nat(1e7), fc.nat(1e7), fc.nat(1e7), fc.nat(1e7), (min, extra, budget, more) => {
        expect(budgetFit(min, min + extra, budget + more, 1.5)).toBeGreaterThanOrEqual(
          budgetFit(min, min + extra, budget, 1.5),
        );
      }),
    );
  });
});

describe('helpers', () => {
  it.each([
    [600, 600, 400, 900, 1],
    [5000, 5000, 150, 350, 5000 / 350],
    [200, 200, 400, 900, 2],
    [300, 1200, 400, 900, 1],
  ])('rangeGapRatio(%i–%i vs %i–%i) = %d', (hMin, hMax, wMin, wMax, expected) => {
    expect(rangeGapRatio(hMin, hMax, wMin, wMax)).toBeCloseTo(expected, 9);
  });

  it.each([
    [10_000, 1],
    [30_000, 1],
    [415_000, 0.5],
    [800_000, 0],
    [2_000_000, 0],
  ])('linearDecay(%i m, 30 km → 800 km) = %d', (d, expected) => {
    expect(linearDecay(d, 30_000, 800_000)).toBeCloseTo(expected, 9);
  });

  it('points are tenths, rounded half up, and bounds sum them', () => {
    expect(tenths(15, 0.45)).toBe(68);
    expect(tenths(25, 1)).toBe(250);
    expect(upperBoundTenths({ a: 60, b: 40 }, { b: 0.5 })).toBe(800);
  });
});
