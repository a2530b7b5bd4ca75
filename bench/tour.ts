/**
 * Tour-planning benchmark: 20 seeded scenarios on real FR/BE/CH/LU towns (bench/data/towns.json),
 * 10–40 candidate venues, 8–25 shows, availability windows, festivals, radius clauses, school and
 * public holidays. Reports cost, savings vs the naive plan, violations and time; writes bench-results/tour.json.
 * Savings compare the cheapest variant with the naive plan (BASELINE below), both costed by the same model.
 * `ceilingPct` is the most any planner could save on the scenario: 1 − (a lower bound on the travel cost
 * of every feasible tour) ÷ (naive cost); see `costLowerBound`.
 * Usage: npm run bench:tour [-- --budget-ms=1500 --seed=1]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { haversineMetres } from '@flowstage/domain/geo';
import {
  type CompiledProblem,
  compileProblem,
  planTour,
  ROAD_CIRCUITY,
  type TourProblem,
} from '@flowstage/domain/touring';
import { scenario } from './tour-scenarios.ts';

const BASELINE =
  'naive plan = the issue\'s "dates in chronological order of the booker\'s first choices": confirmed shows, then ' +
  'each venue in the order the booker listed it, on its first available date that keeps the hard rules, until ' +
  'the wanted count; played in date order, no routing (packages/domain/src/touring/plan/naive.ts)';

/**
 * A lower bound on the travel cost of any feasible tour of n shows. Days away: every leg between shows
 * takes ≥ 1 day, a run of at most K consecutive show days needs a leg of ≥ 2 days after it, and going
 * out and coming home take ≥ 1 day each: ≥ n + ⌈n/K⌉ days. Hotel nights: ≥ 1 per leg and 1 on the way
 * home: ≥ n. Distance: the tour reaches its farthest venue, at least the n-th nearest playable one (and
 * every confirmed one), and comes back: ≥ 2 × that great-circle distance × the lowest road circuity.
 */
function costLowerBound(problem: TourProblem, cp: CompiledProblem): number {
  const n = problem.showsWanted ?? 0;
  if (n === 0 || !problem.start.location) return 0;
  const home = problem.start.location;
  const far = (s: number): number => {
    const location = problem.stops[s]!.location;
    return location ? haversineMetres(home, location) : 0;
  };
  const playable = problem.stops.map((_, s) => s).filter((s) => cp.allowedCount[s]! > 0);
  const nearest = playable.map(far).sort((a, b) => a - b);
  const confirmed = playable.filter((s) => cp.fixedDay[s]! >= 0).map(far);
  const reach = Math.max(nearest[n - 1] ?? 0, ...confirmed);
  const km = (2 * reach * Math.min(...Object.values(ROAD_CIRCUITY))) / 1000;
  const people = cp.vehicle.perPerson ? cp.partySize : 1;
  const days = n + Math.ceil(n / Math.max(1, cp.rules.maxConsecutiveShowDays));
  return (
    km * cp.vehicle.costPerKmCents * people +
    days * (cp.vehicle.dailyCostCents + cp.partySize * cp.stay.perDiemPerPersonDayCents) +
    (cp.vehicle.sleepsOnBoard ? 0 : n * cp.partySize * cp.stay.hotelPerPersonNightCents)
  );
}

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
  const naiveCents = result.naive.evaluation.breakdown.travelCostCents;
  const ceilingPct =
    Math.round((1 - costLowerBound(problem, compileProblem(problem)) / naiveCents) * 1000) / 10;
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
    ceilingPct,
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
  meanCeilingPct:
    Math.round(
      (okRows.reduce((t, r) => t + ('ceilingPct' in r ? r.ceilingPct : 0), 0) / Math.max(1, okRows.length)) *
        10,
    ) / 10,
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
  maxMs: Math.max(...rows.map((r) => r.ms)),
  baseline: BASELINE,
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
          'ceiling %': r.ceilingPct,
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
