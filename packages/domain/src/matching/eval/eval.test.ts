import { describe, expect, it } from 'vitest';
import { EVAL_CASES } from './cases.ts';
import { evaluateCases } from './run.ts';

describe('relevance evaluation set', () => {
  it('has at least 60 labelled cases covering every matcher, with unique ids and a reason', () => {
    expect(EVAL_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(EVAL_CASES.map((c) => c.id)).size).toBe(EVAL_CASES.length);
    expect(new Set(EVAL_CASES.map((c) => c.matcher))).toEqual(
      new Set(['venues-for-artist', 'artists-for-venue', 'technicians', 'street-arts', 'campsite']),
    );
    for (const c of EVAL_CASES) expect(c.reason.length).toBeGreaterThan(10);
  });

  it('the scorers agree with at least 90 % of the trade judgements', () => {
    const report = evaluateCases(EVAL_CASES);
    const failing = report.failures.map((f) => `${f.id} (A=${f.a}, B=${f.b}): ${f.reason}`);
    expect(report.rate, failing.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
