import { mulberry32 } from '../tsp/prng.ts';
import { assess } from './assess.ts';
import { type CompiledProblem, compileProblem } from './compile.ts';
import { type Conflict, diagnose } from './diagnose.ts';
import type { DistanceProvider } from './distance.ts';
import { evaluateCompiled, type TourEvaluation, toTour } from './evaluate.ts';
import { naiveState } from './naive.ts';
import { onlyMissing, Planner, type PlanState, searchCost } from './optimise.ts';
import { polish } from './polish.ts';
import type { RuleSettings, Tour, TourProblem, VehicleType } from './problem.ts';
import { type ValidationError, validateProblem } from './validate.ts';
import { vehicleProfilesOn } from './vehicles.ts';

export type VariantKind = 'cheapest' | 'most_weekends' | 'least_co2' | 'best_progression' | 'balanced';

export interface Savings {
  readonly travelCostCents: number;
  /** Share of the naive plan's travel cost saved, in percent (negative: dearer). */
  readonly travelCostPct: number;
  readonly metres: number;
  readonly co2Kg: number;
}

export interface PlanVariant {
  /** Several kinds when their searches led to the same tour. */
  readonly kinds: readonly VariantKind[];
  readonly tour: Tour;
  readonly evaluation: TourEvaluation;
  readonly savingsVsNaive: Savings;
}

export type PlanResult =
  | {
      readonly ok: true;
      readonly variants: readonly PlanVariant[];
      readonly naive: { readonly tour: Tour; readonly evaluation: TourEvaluation };
      readonly iterations: number;
    }
  | { readonly ok: false; readonly reason: 'invalid_problem'; readonly errors: readonly ValidationError[] }
  | {
      readonly ok: false;
      readonly reason: 'infeasible';
      readonly conflicts: readonly Conflict[];
      /** The fullest tour that keeps every hard rule, for the booker to start from. */
      readonly bestPartial: TourEvaluation;
    };

export interface PlanOptions {
  readonly seed?: number;
  /** Total budget shared by the variants (default 1 500 ms). */
  readonly timeBudgetMs?: number;
  readonly clock?: () => number;
  /** Cap on annealing iterations per variant, for reproducible runs. */
  readonly maxIterations?: number;
  readonly provider?: DistanceProvider;
  /** Vehicles the least-CO₂ variant may switch to (the party's own vehicle is always allowed). */
  readonly alternativeVehicles?: readonly VehicleType[];
}

/**
 * Searches in this order, each with its share of the budget: the cheapest plan carries the savings
 * figure and the balanced one is shown first, so they get the larger shares; later searches start
 * from the best plan found so far under their own weighting.
 */
const VARIANTS: readonly {
  kind: VariantKind;
  share: number;
  rules: (r: RuleSettings) => Partial<RuleSettings>;
}[] = [
  {
    kind: 'cheapest',
    share: 0.35,
    rules: () => ({
      gapPenaltyCentsPerDay: 0,
      nonPreferredDayPenaltyCents: 0,
      progressionPenaltyCentsPer100Seats: 0,
      schoolHolidayPenaltyCents: 0,
    }),
  },
  { kind: 'balanced', share: 0.25, rules: () => ({}) },
  {
    kind: 'most_weekends',
    share: 0.13,
    rules: (r) => ({ nonPreferredDayPenaltyCents: 10 * r.nonPreferredDayPenaltyCents }),
  },
  // 20 €/kg dwarfs fuel and hotel costs, so this search minimises emissions first.
  { kind: 'least_co2', share: 0.13, rules: () => ({ co2PenaltyCentsPerKg: 2_000 }) },
  {
    kind: 'best_progression',
    share: 0.14,
    rules: (r) => ({ progressionPenaltyCentsPer100Seats: 10 * r.progressionPenaltyCentsPer100Seats }),
  },
];

/**
 * Plans a tour: validates, then for each variant weighting builds a greedy plan and anneals it. Every
 * returned tour keeps every hard rule (the search never accepts a plan that breaks one).
 */
export function planTour(problem: TourProblem, options: PlanOptions = {}): PlanResult {
  const clock = options.clock ?? (() => performance.now());
  // A deadline rather than fixed slices: time a slow variant overran is taken from the next ones.
  // Validation, compiling and the naive plan count against it; 10 % is kept for the final evaluations.
  const deadline = clock() + 0.9 * (options.timeBudgetMs ?? 1_500);
  const errors = validateProblem(problem);
  if (errors.length > 0) return { ok: false, reason: 'invalid_problem', errors };
  const maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY;
  const base = compileProblem(problem, { provider: options.provider });
  const naiveStart = naiveState(base);
  const naiveTour = toTour(base, naiveStart.stops, naiveStart.days, naiveStart.stops.length);
  const naive = { tour: naiveTour, evaluation: evaluateCompiled(base, naiveTour) };
  const rng = mulberry32(options.seed ?? 1);
  const lowCo2Vehicle = cleanestVehicle(base, options.alternativeVehicles ?? []);
  const found: {
    kind: VariantKind;
    state: PlanState;
    cp: CompiledProblem;
    searchCp: CompiledProblem;
    shortfall: number;
  }[] = [];
  let iterations = 0;
  // One greedy construction serves every variant (the hard rules are the same for all of them); when
  // the deadline cuts it short, the searches start from the naive plan too, so a short budget still
  // yields complete tours.
  const greedy = new Planner(base, rng).construct(deadline, clock);
  const initial = bestUnder(base, [greedy, naiveStart]);
  const lowCo2Cp =
    lowCo2Vehicle !== base.vehicleType
      ? compileProblem(problem, { provider: options.provider, vehicle: lowCo2Vehicle })
      : base;
  let shareLeft = 1;
  for (const variant of VARIANTS) {
    // Each search gets its share of what is left now, so one that overran shortens the next ones.
    const end = clock() + Math.max(0, ((deadline - clock()) * variant.share) / shareLeft);
    shareLeft -= variant.share;
    const vehicleCp = variant.kind === 'least_co2' ? lowCo2Cp : base;
    const cp: CompiledProblem = { ...vehicleCp, rules: { ...base.rules, ...variant.rules(base.rules) } };
    const planner = new Planner(cp, rng);
    const start = bestUnder(cp, [initial, ...found.map((f) => f.state)]);
    // Half the time anneals (selection and local date moves), the rest re-orders with optimal dates.
    const annealed = planner.anneal(start, (end - clock()) / 2, clock, maxIterations);
    const result = polish(cp, rng, annealed.state, end - clock(), clock, maxIterations);
    iterations += annealed.iterations + result.iterations;
    found.push({
      kind: variant.kind,
      state: result.state,
      cp: vehicleCp,
      searchCp: cp,
      shortfall: result.score.shortfall,
    });
  }
  const complete = found.filter((f) => f.shortfall === 0);
  if (complete.length === 0) {
    const fullest = found.reduce((a, b) => (b.state.stops.length > a.state.stops.length ? b : a));
    const partial = toTour(base, fullest.state.stops, fullest.state.days, fullest.state.stops.length);
    return {
      ok: false,
      reason: 'infeasible',
      conflicts: diagnose(
        base,
        fullest.state.stops.length,
        Array.from({ length: base.m }, (_, s) => s).filter(
          (s) => base.required[s] && !fullest.state.stops.includes(s),
        ),
      ),
      bestPartial: evaluateCompiled(base, partial),
    };
  }
  // Each variant takes the best tour any search found under its own weighting: a search aimed
  // elsewhere sometimes lands on a tour that is, say, cheaper than the cheapest search's own.
  for (const f of complete) f.state = bestUnder(f.searchCp, [f.state, ...complete.map((g) => g.state)]);
  const variants: PlanVariant[] = [];
  const byKey = new Map<string, { kinds: VariantKind[]; tour: Tour; evaluation: TourEvaluation }>();
  for (const f of complete) {
    const tour = toTour(f.cp, f.state.stops, f.state.days, f.state.stops.length);
    const key = `${f.cp.vehicleType}|${tour.shows.map((s) => `${s.stopId}@${s.date}`).join(',')}`;
    const same = byKey.get(key);
    if (same) {
      same.kinds.push(f.kind);
      continue;
    }
    const entry = { kinds: [f.kind], tour, evaluation: evaluateCompiled(f.cp, tour) };
    byKey.set(key, entry);
  }
  for (const { kinds, tour, evaluation } of byKey.values()) {
    variants.push({ kinds, tour, evaluation, savingsVsNaive: savings(naive.evaluation, evaluation) });
  }
  return { ok: true, variants, naive, iterations };
}

/** The plan with the fewest missing shows, then the lowest objective, under cp's weighting. */
function bestUnder(cp: CompiledProblem, states: readonly PlanState[]): PlanState {
  let best = states[0]!;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const state of states) {
    const score = assess(cp, state.stops, state.days, state.stops.length, null);
    if (!onlyMissing(score)) continue;
    const cost = searchCost(score);
    if (cost < bestCost - 1e-6) {
      bestCost = cost;
      best = state;
    }
  }
  return best;
}

function savings(naive: TourEvaluation, plan: TourEvaluation): Savings {
  const a = naive.breakdown;
  const b = plan.breakdown;
  const saved = a.travelCostCents - b.travelCostCents;
  return {
    travelCostCents: saved,
    travelCostPct: a.travelCostCents > 0 ? Math.round((saved / a.travelCostCents) * 1000) / 10 : 0,
    metres: a.metres - b.metres,
    co2Kg: Math.round((a.co2Kg - b.co2Kg) * 10) / 10,
  };
}

function cleanestVehicle(cp: CompiledProblem, alternatives: readonly VehicleType[]): VehicleType {
  const profiles = vehicleProfilesOn(cp.problem.dateRange.from);
  let best = cp.vehicleType;
  if (!profiles) return best;
  const perTrip = (v: VehicleType): number =>
    profiles[v].co2GramsPerKm * (profiles[v].perPerson ? cp.partySize : 1);
  for (const v of alternatives) {
    if (cp.partySize <= profiles[v].maxPartySize && perTrip(v) < perTrip(best)) best = v;
  }
  return best;
}
