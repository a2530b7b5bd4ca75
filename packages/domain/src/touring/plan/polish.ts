import type { Rng } from '../tsp/prng.ts';
import { assess, type Score } from './assess.ts';
import type { CompiledProblem } from './compile.ts';
import { onlyMissing, type PlanState, type SearchResult, searchCost } from './optimise.ts';
import { retime } from './retime.ts';

/**
 * Variable-neighbourhood search in the space of running orders, each order dated optimally by
 * `retime` (order first, dates second). The annealer moves shows one day at a time and gets stuck
 * where moving one show needs moving its neighbours too; here every move re-dates the whole tour.
 * Neighbourhoods, from small to large: relocate one show, reverse a segment (2-opt), swap two shows,
 * replace a show by an unused venue (regret-guided: tried at every position). Accepts equal costs to
 * drift across plateaus; restarts from the best after a run of failures.
 */
const LATE_ACCEPTANCE = 30;

export function polish(
  cp: CompiledProblem,
  rng: Rng,
  initial: PlanState,
  budgetMs: number,
  clock: () => number,
  maxIterations: number,
): SearchResult {
  const seen = new Int32Array(cp.m);
  const evaluate = (order: number[]): { state: PlanState; score: Score; cost: number } | null => {
    const days = retime(cp, order);
    if (!days) return null;
    const score = assess(cp, order, days, order.length, null, seen);
    if (!onlyMissing(score)) return null;
    return { state: { stops: order, days }, score, cost: searchCost(score) };
  };
  const first = evaluate(initial.stops.slice());
  const initialScore = assess(cp, initial.stops, initial.days, initial.stops.length, null, seen);
  let current = { state: initial, score: initialScore, cost: searchCost(initialScore) };
  if (first && first.cost < current.cost) current = first;
  let best = current;
  const start = clock();
  let iterations = 0;
  let failures = 0;
  const history = new Float64Array(LATE_ACCEPTANCE).fill(current.cost);
  while (iterations < maxIterations && clock() - start < budgetMs) {
    iterations++;
    const order = neighbourOrder(cp, rng, current.state.stops);
    const candidate = order ? evaluate(order) : null;
    // Late acceptance keeps the search moving through small uphill steps without a temperature.
    const slot = iterations % history.length;
    if (candidate && (candidate.cost <= current.cost + 1e-6 || candidate.cost <= history[slot]! + 1e-6)) {
      if (candidate.cost < best.cost - 1e-6) failures = 0;
      current = candidate;
      if (candidate.cost < best.cost - 1e-6) best = candidate;
    } else if (++failures > 400) {
      // Iterated local search: restart near the best plan, not on it, to leave its basin.
      const kicked = evaluate(perturb(cp, rng, best.state.stops));
      current = kicked ?? best;
      failures = 0;
    }
    history[slot] = current.cost;
  }
  return { state: best.state, score: best.score, iterations };
}

function neighbourOrder(
  cp: CompiledProblem,
  rng: Rng,
  stops: readonly number[],
  replaceOnly = false,
): number[] | null {
  const n = stops.length;
  if (n === 0) return null;
  const order = stops.slice();
  const r = replaceOnly ? 1 : rng.next();
  const i = rng.int(n);
  if (r < 0.3) {
    if (n < 2) return null;
    const [s] = order.splice(i, 1);
    let j = rng.int(n - 1);
    if (j >= i) j++;
    order.splice(Math.min(j, n - 1), 0, s!);
    return order;
  }
  if (r < 0.5) {
    // Or-opt: move a block of 2–3 consecutive shows (a run of show days), sometimes reversed.
    const len = Math.min(n - 1, 2 + rng.int(2));
    if (len < 2 || i + len > n) return null;
    const block = order.splice(i, len);
    if (rng.next() < 0.3) block.reverse();
    order.splice(rng.int(order.length + 1), 0, ...block);
    return order;
  }
  if (r < 0.65) {
    const j = Math.min(n - 1, i + 1 + rng.int(8));
    if (j === i) return null;
    for (let a = i, b = j; a < b; a++, b--) [order[a], order[b]] = [order[b]!, order[a]!];
    return order;
  }
  if (r < 0.77) {
    const j = rng.int(n);
    if (j === i) return null;
    [order[i], order[j]] = [order[j]!, order[i]!];
    return order;
  }
  // Replace show i by a venue outside the tour: of a few sampled venues, the one with the smallest
  // detour between show i's neighbours (a cheap regret estimate), at show i's place.
  const s = order[i]!;
  if (cp.required[s] || cp.m === n) return null;
  const used = new Set(order);
  const nodes = cp.m + 2;
  const prev = i > 0 ? order[i - 1]! : cp.m;
  const next = i < n - 1 ? order[i + 1]! : cp.m + 1;
  let pick = -1;
  let pickDetour = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 4; k++) {
    const t = rng.int(cp.m);
    if (used.has(t) || cp.allowedCount[t] === 0) continue;
    const detour = cp.metres[prev * nodes + t]! + cp.metres[t * nodes + next]!;
    if (detour < pickDetour) {
      pickDetour = detour;
      pick = t;
    }
  }
  if (pick < 0) return null;
  order[i] = pick;
  return order;
}

/** A double bridge (three segments swapped) plus one venue replaced: a kick the moves above cannot undo in one step. */
function perturb(cp: CompiledProblem, rng: Rng, stops: readonly number[]): number[] {
  const n = stops.length;
  let order = stops.slice();
  if (n >= 4) {
    const cuts = [1 + rng.int(n - 1), 1 + rng.int(n - 1), 1 + rng.int(n - 1)].sort((a, b) => a - b);
    const [a, b, c] = cuts as [number, number, number];
    order = [...order.slice(0, a), ...order.slice(b, c), ...order.slice(a, b), ...order.slice(c)];
  }
  return neighbourOrder(cp, rng, order, true) ?? order;
}
