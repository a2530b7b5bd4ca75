/**
 * Tour-planning benchmark: 20 seeded scenarios on real FR/BE/CH/LU towns (bench/data/towns.json),
 * 10–40 candidate venues, 8–25 shows, availability windows, festivals, radius clauses, school and
 * public holidays. Reports cost, savings vs the naive plan, violations and time; writes bench-results/tour.json.
 * The naive plan is the baseline, "dates in chronological order of the booker's first choices":
 * each venue, in the booker's order, on its first open Friday/Saturday (else first open day) that
 * keeps the hard rules (see packages/domain/src/touring/plan/naive.ts).
 * Usage: npm run bench:tour [-- --budget-ms=1500 --seed=1]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planTour } from '@flowstage/domain/touring';
import { scenario } from './tour-scenarios.ts';

const root = join(import.meta.dirname, '..');
const arg = (name: string, fallback: number): number => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const budgetMs = arg('budget-ms', 1500);
const baseSeed = arg('seed', 1);

const rows = [];
for (let i = 0; i < 20; i++) {
  const problem = scenario(i, baseSeed);
  const start = performance.now();
  const result = planTour(problem, {
    seed: baseSeed + i,
    timeBudgetMs: budgetMs,
    alternativeVehicles: ['train'],
  });
  const ms = Math.round(performance.now() - start);
  const base = { scenario: i + 1, venues: problem.stops.length, shows: problem.showsWanted, ms };
  if (!result.ok) {
    rows.push({
      ...base,
      ok: false,
      reason: result.reason,
      detail: result.reason === 'infeasible' ? result.conflicts : result.errors,
    });
    continue;
  }
  const balanced = result.variants.find((v) => v.kinds.includes('balanced')) ?? result.variants[0]!;
  const cheapest = result.variants.find((v) => v.kinds.includes('cheapest')) ?? balanced;
  const hardViolations = result.variants.reduce(
    (sum, v) => sum + v.evaluation.violations.filter((x) => x.severity === 'hard').length,
    0,
  );
  rows.push({
    ...base,
    ok: true,
    vehicle: problem.party.vehicle,
    party: problem.party.size,
    naiveCostEur: result.naive.evaluation.breakdown.travelCostCents / 100,
    naiveKm: Math.round(result.naive.evaluation.breakdown.metres / 1000),
    naiveHardViolations: result.naive.evaluation.violations.filter((v) => v.severity === 'hard').length,
    cheapestCostEur: cheapest.evaluation.breakdown.travelCostCents / 100,
    cheapestKm: Math.round(cheapest.evaluation.breakdown.metres / 1000),
    savingsPct: cheapest.savingsVsNaive.travelCostPct,
    // Fuel + tolls + wear only (∝ km): the routing share of the cost, without hotels, per diems and hire.
    distanceSavingsPct:
      Math.round(
        (1 -
          cheapest.evaluation.breakdown.distanceCostCents /
            result.naive.evaluation.breakdown.distanceCostCents) *
          1000,
      ) / 10,
    balancedSavingsPct: balanced.savingsVsNaive.travelCostPct,
    variants: result.variants.length,
    hardViolations,
    iterations: result.iterations,
    variantDetails: result.variants.map((v) => ({
      kinds: v.kinds,
      breakdown: v.evaluation.breakdown,
      savings: v.savingsVsNaive,
    })),
  });
}

const okRows = rows.filter((r) => r.ok === true && 'savingsPct' in r);
const savings = okRows.map((r) => ('savingsPct' in r ? r.savingsPct : 0));
const summary = {
  scenarios: rows.length,
  solved: okRows.length,
  meanSavingsPct: Math.round((savings.reduce((s, x) => s + x, 0) / Math.max(1, savings.length)) * 10) / 10,
  minSavingsPct: Math.min(...savings),
  meanDistanceSavingsPct:
    Math.round(
      (okRows.reduce((t, r) => t + ('distanceSavingsPct' in r ? r.distanceSavingsPct : 0), 0) /
        Math.max(1, okRows.length)) *
        10,
    ) / 10,
  minDistanceSavingsPct: Math.min(
    ...okRows.map((r) => ('distanceSavingsPct' in r ? r.distanceSavingsPct : 0)),
  ),
  meanBalancedSavingsPct:
    Math.round(
      (okRows.reduce((t, r) => t + ('balancedSavingsPct' in r ? r.balancedSavingsPct : 0), 0) /
        Math.max(1, okRows.length)) *
        10,
    ) / 10,
  totalHardViolations: okRows.reduce((s, r) => s + ('hardViolations' in r ? r.hardViolations : 0), 0),
  meanMs: Math.round(rows.reduce((s, r) => s + r.ms, 0) / rows.length),
  budgetMs,
};
console.table(
  rows.map((r) =>
    'savingsPct' in r
      ? {
          scenario: r.scenario,
          venues: r.venues,
          shows: r.shows,
          vehicle: r.vehicle,
          'naive €': r.naiveCostEur,
          'cheapest €': r.cheapestCostEur,
          'naive km': r.naiveKm,
          'cheapest km': r.cheapestKm,
          'savings %': r.savingsPct,
          'distance savings %': r.distanceSavingsPct,
          'balanced %': r.balancedSavingsPct,
          variants: r.variants,
          'hard viol.': r.hardViolations,
          ms: r.ms,
        }
      : { scenario: r.scenario, venues: r.venues, shows: r.shows, vehicle: 'FAILED', ms: r.ms },
  ),
);
console.log(summary);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results', 'tour.json'),
  `${JSON.stringify({ results: rows, summary }, null, 2)}\n`,
);
