import type { Rng } from '../tsp/prng.ts';
import { assess, type Score } from './assess.ts';
import type { CompiledProblem } from './compile.ts';

/** Shows as parallel arrays sorted by day. */
export interface PlanState {
  readonly stops: number[];
  readonly days: number[];
}

export interface SearchResult {
  readonly state: PlanState;
  readonly score: Score;
  readonly iterations: number;
}

/** A missing show costs more than any realistic tour, so the search fills the count first. */
const SHORTFALL_CENTS = 1e8;
const CONSTRUCTION_DAY_SAMPLES = 16;

export function searchCost(score: Score): number {
  return score.objective + score.shortfall * SHORTFALL_CENTS;
}

/** True when the only hard flags left say "some shows are missing": the optimiser's invariant. */
export function onlyMissing(score: Score): boolean {
  return score.hard === score.missingFlags;
}

export class Planner {
  private readonly allowedDays: Int32Array[];
  private readonly seen: Int32Array;

  constructor(
    private readonly cp: CompiledProblem,
    private readonly rng: Rng,
  ) {
    const { m, dayCount, blocked } = cp;
    this.allowedDays = Array.from({ length: m }, (_, s) => {
      const list: number[] = [];
      for (let d = 0; d < dayCount; d++) if (blocked[s * dayCount + d] === 0) list.push(d);
      return Int32Array.from(list);
    });
    this.seen = new Int32Array(m);
  }

  score(state: PlanState): Score {
    return assess(this.cp, state.stops, state.days, state.stops.length, null, this.seen);
  }

  /**
   * Greedy insertion: fixed shows, then required stops, then the (stop, day) pair that raises the
   * objective least, among sampled days, keeping every hard rule. May stop short of the count, also
   * when the deadline passes (the searches then fill the count).
   */
  construct(deadline = Number.POSITIVE_INFINITY, clock: () => number = () => 0): PlanState {
    const { cp } = this;
    let state: PlanState = { stops: [], days: [] };
    const target = cp.showsWanted ?? cp.m;
    const order = Array.from({ length: cp.m }, (_, s) => s);
    order.sort((a, b) => cp.fixedDay[b]! - cp.fixedDay[a]! || cp.required[b]! - cp.required[a]!);
    for (const s of order) {
      if (cp.fixedDay[s]! >= 0) state = this.tryInsert(state, s, [cp.fixedDay[s]!]) ?? state;
      else if (cp.required[s])
        state = this.tryInsert(state, s, this.sampleDays(s, Number.POSITIVE_INFINITY)) ?? state;
    }
    while (state.stops.length < target && clock() < deadline) {
      let best: PlanState | null = null;
      let bestCost = Number.POSITIVE_INFINITY;
      const used = new Set(state.stops);
      for (let s = 0; s < cp.m; s++) {
        if (used.has(s)) continue;
        const candidate = this.tryInsert(state, s, this.sampleDays(s, CONSTRUCTION_DAY_SAMPLES));
        if (!candidate) continue;
        const cost = this.score(candidate).objective;
        if (cost < bestCost) {
          bestCost = cost;
          best = candidate;
        }
      }
      if (!best) break;
      // Without a wanted count, stop once adding shows no longer pays (skip penalties make it pay).
      if (cp.showsWanted === null && bestCost >= this.score(state).objective) break;
      state = best;
    }
    return state;
  }

  /** Simulated annealing over feasible plans; returns the best plan seen (fewest missing, then cheapest). */
  anneal(initial: PlanState, timeBudgetMs: number, clock: () => number, maxIterations: number): SearchResult {
    const start = clock();
    let current = initial;
    let currentScore = this.score(current);
    let currentCost = searchCost(currentScore);
    let best = current;
    let bestScore = currentScore;
    let bestCost = currentCost;
    const t0 = Math.max(1_000, 0.02 * currentScore.objective);
    const t1 = t0 * 1e-3;
    let iterations = 0;
    while (iterations < maxIterations) {
      const elapsed = clock() - start;
      if (elapsed >= timeBudgetMs) break;
      iterations++;
      const candidate = this.neighbour(current);
      if (!candidate) continue;
      const score = this.score(candidate);
      if (!onlyMissing(score)) continue;
      const cost = searchCost(score);
      const temperature = t0 * (t1 / t0) ** (elapsed / timeBudgetMs);
      if (cost <= currentCost || this.rng.next() < Math.exp((currentCost - cost) / temperature)) {
        current = candidate;
        currentScore = score;
        currentCost = cost;
        if (cost < bestCost - 1e-6) {
          best = candidate;
          bestScore = score;
          bestCost = cost;
        }
      }
    }
    return { state: best, score: bestScore, iterations };
  }

  private neighbour(state: PlanState): PlanState | null {
    const { cp, rng } = this;
    const n = state.stops.length;
    const wanted = cp.showsWanted;
    const canGrow = wanted === null ? n < cp.m : n < wanted;
    const r = rng.next();
    if (n === 0 || (canGrow && r < 0.15)) return this.insertMove(state);
    const i = rng.int(n);
    const s = state.stops[i]!;
    if (cp.fixedDay[s]! >= 0) return null;
    if (r < 0.4) return this.tryInsert(remove(state, i), s, this.sampleDays(s, 1));
    if (r < 0.65) {
      if (cp.required[s]) return null;
      const t = rng.int(cp.m);
      if (state.stops.includes(t)) return null;
      const d = state.days[i]!;
      const sameDay = cp.blocked[t * cp.dayCount + d] === 0;
      return this.tryInsert(remove(state, i), t, sameDay && rng.next() < 0.7 ? [d] : this.sampleDays(t, 1));
    }
    if (r < 0.8) {
      const j = rng.int(n);
      const t = state.stops[j]!;
      if (j === i || cp.fixedDay[t]! >= 0) return null;
      const stops = state.stops.slice();
      stops[i] = t;
      stops[j] = s;
      return this.allowed(stops, state.days) ? { stops, days: state.days } : null;
    }
    if (r < 0.93 || wanted !== null) {
      const j = Math.min(n - 1, i + 1 + rng.int(6));
      if (j === i) return null;
      const stops = state.stops.slice();
      for (let a = i, b = j; a < b; a++, b--) [stops[a], stops[b]] = [stops[b]!, stops[a]!];
      return this.allowed(stops, state.days) ? { stops, days: state.days } : null;
    }
    return cp.required[s] ? null : remove(state, i);
  }

  private insertMove(state: PlanState): PlanState | null {
    const { cp } = this;
    const missingRequired = [];
    for (let s = 0; s < cp.m; s++) if (cp.required[s] && !state.stops.includes(s)) missingRequired.push(s);
    const pool = missingRequired.length > 0 ? missingRequired : null;
    const s = pool ? pool[this.rng.int(pool.length)]! : this.rng.int(cp.m);
    if (state.stops.includes(s)) return null;
    const days = cp.fixedDay[s]! >= 0 ? [cp.fixedDay[s]!] : this.sampleDays(s, 1);
    return this.tryInsert(state, s, days);
  }

  private allowed(stops: readonly number[], days: readonly number[]): boolean {
    const { blocked, dayCount } = this.cp;
    for (let k = 0; k < stops.length; k++) if (blocked[stops[k]! * dayCount + days[k]!] !== 0) return false;
    return true;
  }

  private sampleDays(s: number, count: number): number[] {
    const list = this.allowedDays[s]!;
    if (list.length <= count) return Array.from(list);
    const out: number[] = [];
    for (let k = 0; k < count; k++) out.push(list[this.rng.int(list.length)]!);
    return out;
  }

  /** Best insertion of stop s on one of `days` that keeps the hard rules (count aside), or null. */
  private tryInsert(state: PlanState, s: number, days: readonly number[]): PlanState | null {
    let best: PlanState | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const d of days) {
      if (state.days.includes(d)) continue;
      const candidate = insert(state, s, d);
      const score = this.score(candidate);
      if (!onlyMissing(score)) continue;
      const cost = searchCost(score);
      if (cost < bestCost) {
        bestCost = cost;
        best = candidate;
      }
    }
    return best;
  }
}

function remove(state: PlanState, i: number): PlanState {
  const stops = state.stops.slice();
  const days = state.days.slice();
  stops.splice(i, 1);
  days.splice(i, 1);
  return { stops, days };
}

function insert(state: PlanState, s: number, d: number): PlanState {
  let k = 0;
  while (k < state.days.length && state.days[k]! < d) k++;
  const stops = state.stops.slice();
  const days = state.days.slice();
  stops.splice(k, 0, s);
  days.splice(k, 0, d);
  return { stops, days };
}
