import type { BreakdownLine, ExclusionCode, ExclusionReason, Explanation, MoneyRange } from './types.ts';

/**
 * Points of one line in tenths of a point. Totals are sums of these integers, so the total
 * always equals the sum of the displayed lines, and the fast path computes the same integers.
 */
export function tenths(weight: number, sub: number): number {
  return Math.round(weight * sub * 10);
}

/**
 * Receives the details of a scoring when a caller wants them. Scorers compute every number
 * once and only build explanations when a sink is given: the fast path passes null.
 */
export interface Sink<C extends string> {
  line(criterion: C, weight: number, sub: number, explanation: Explanation): void;
  exclude(code: ExclusionCode, explanation: Explanation): void;
  /** The date retained when the request offered several. */
  chooseDate(day: string): void;
}

export class Collector<C extends string> implements Sink<C> {
  readonly lines: BreakdownLine<C>[] = [];
  readonly reasons: ExclusionReason[] = [];
  date: string | undefined;

  line(criterion: C, weight: number, sub: number, explanation: Explanation): void {
    this.lines.push({ criterion, weight, subScore: sub, points: tenths(weight, sub) / 10, explanation });
  }

  exclude(code: ExclusionCode, explanation: Explanation): void {
    this.reasons.push({ code, explanation });
  }

  chooseDate(day: string): void {
    this.date = day;
  }
}

export function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

/** 1 up to `full`, then linear down to 0 at `zero`: non-increasing in the distance. */
export function linearDecay(value: number, full: number, zero: number): number {
  if (value <= full) return 1;
  if (value >= zero) return 0;
  return (zero - value) / (zero - full);
}

/**
 * How far a count is from a wanted range, as a ratio ≥ 1 (1 = overlapping).
 * E.g. a 5,000 room for an artist wanting at most 900 → 5.6.
 */
export function rangeGapRatio(haveMin: number, haveMax: number, wantMin: number, wantMax: number): number {
  if (haveMin > wantMax) return haveMin / Math.max(1, wantMax);
  if (haveMax < wantMin) return wantMin / Math.max(1, haveMax);
  return 1;
}

/**
 * Budget fit of a fee range against a budget range (same currency):
 * budget covers the full ask → 1; covers part of the range → 0.8..1;
 * below the minimum fee → falls to 0 at `hardRatio` × budget (beyond: a hard exclusion).
 * Non-decreasing in the budget maximum.
 */
export function budgetFit(feeMin: number, feeMax: number, budgetMax: number, hardRatio: number): number {
  if (budgetMax >= feeMax) return 1;
  if (budgetMax >= feeMin) {
    const span = feeMax - feeMin;
    return span <= 0 ? 1 : 0.8 + (0.2 * (budgetMax - feeMin)) / span;
  }
  const ratio = feeMin / Math.max(1, budgetMax);
  return clamp01(0.6 * (1 - (ratio - 1) / (hardRatio - 1)));
}

/** Maximum upper bound helper: sum of the tenths of the given sub-score upper bounds (missing = 1). */
export function upperBoundTenths<C extends string>(
  weights: Readonly<Record<C, number>>,
  bounds: Partial<Record<C, number>>,
): number {
  let t = 0;
  for (const c of Object.keys(weights) as C[]) {
    // Object.keys loses the key type; the keys are exactly C by construction of the config.
    t += tenths(weights[c], bounds[c] ?? 1);
  }
  return t;
}

/**
 * Why a fee can never fit the buyer's budget (another currency, or a minimum far above it); null when
 * it can. A code only: matchers on the hot path build the explanation (feeExplanation) when asked.
 */
export function feeExclusion(
  fee: MoneyRange,
  budget: MoneyRange,
  budgetHardRatio: number,
): 'CURRENCY_MISMATCH' | 'BUDGET_EXCEEDED' | null {
  if (fee.currency !== budget.currency) return 'CURRENCY_MISMATCH';
  return fee.minCents > budgetHardRatio * budget.maxCents ? 'BUDGET_EXCEEDED' : null;
}

/** The explanation of a feeExclusion code. */
export function feeExplanation(
  code: 'CURRENCY_MISMATCH' | 'BUDGET_EXCEEDED',
  fee: MoneyRange,
  budget: MoneyRange,
  budgetHardRatio: number,
): Explanation {
  return code === 'CURRENCY_MISMATCH'
    ? { key: 'exclusion.currency', params: { feeCurrency: fee.currency, budgetCurrency: budget.currency } }
    : {
        key: 'exclusion.budget',
        params: {
          feeMin: { money: fee.minCents, currency: fee.currency },
          budget: { money: budget.maxCents, currency: budget.currency },
          ratio: budgetHardRatio,
        },
      };
}
