import { legBetween, legMoney } from './assess.ts';
import type { CompiledProblem } from './compile.ts';

const INF = Number.POSITIVE_INFINITY;

interface LegCosts {
  /** Index = gap in days: leg money plus spacing penalty, INF when the drive limit forbids the gap. */
  readonly costs: Float64Array;
  /**
   * From this gap on the cost is linear (going home, or staying on the road, only adds days), so the
   * DP takes the best earlier show through a running minimum instead of scanning every earlier day.
   */
  readonly tail: number;
  readonly slope: number;
}

/**
 * Per compiled problem: leg costs per pair and day costs per stop. They depend only on the pair or
 * the stop, and the search calls `retime` thousands of times on orders sharing most of them.
 */
interface RetimeCache {
  readonly legs: (LegCosts | undefined)[];
  readonly days: (Float64Array | undefined)[];
}
const caches = new WeakMap<CompiledProblem, RetimeCache>();

function cacheOf(cp: CompiledProblem): RetimeCache {
  let cache = caches.get(cp);
  if (!cache) {
    cache = { legs: new Array(cp.m * cp.m), days: new Array(cp.m) };
    caches.set(cp, cache);
  }
  return cache;
}

function legCosts(cp: CompiledProblem, cache: RetimeCache, a: number, b: number): LegCosts {
  const hit = cache.legs[a * cp.m + b];
  if (hit) return hit;
  const { dayCount: D, rules } = cp;
  const { min: gapMin, max: gapMax } = rules.preferredGapDays;
  const costs = new Float64Array(D + 1).fill(INF);
  for (let gap = 1; gap < D; gap++) {
    const leg = legBetween(cp, a, b, gap, 0, 1);
    const off = gap < gapMin ? gapMin - gap : gap > gapMax ? gap - gapMax : 0;
    if (leg.feasible) costs[gap] = legMoney(cp, leg) + off * rules.gapPenaltyCentsPerDay;
  }
  const last = D - 1;
  let tail = D;
  let slope = 0;
  if (last >= 3 && Number.isFinite(costs[last]!) && Number.isFinite(costs[last - 1]!)) {
    slope = costs[last]! - costs[last - 1]!;
    const eps = 1e-6 * Math.max(1, Math.abs(slope));
    tail = last - 1;
    while (
      tail > 2 &&
      Number.isFinite(costs[tail - 1]!) &&
      Math.abs(costs[tail]! - costs[tail - 1]! - slope) <= eps
    ) {
      tail--;
    }
  }
  const entry = { costs, tail, slope };
  cache.legs[a * cp.m + b] = entry;
  return entry;
}

/** Cost of stop s playing on each day (preferred day, soft school holidays), INF where it may not. */
function dayCosts(cp: CompiledProblem, cache: RetimeCache, s: number): Float64Array {
  const hit = cache.days[s];
  if (hit) return hit;
  const { dayCount: D, rules } = cp;
  const row = new Float64Array(D);
  const fixed = cp.fixedDay[s]!;
  for (let d = 0; d < D; d++) {
    if (cp.blocked[s * D + d] !== 0 || (fixed >= 0 && fixed !== d)) row[d] = INF;
    else {
      row[d] =
        (cp.preferredDay[d] ? 0 : rules.nonPreferredDayPenaltyCents) +
        (cp.schoolSoft[s * D + d] ? rules.schoolHolidayPenaltyCents : 0);
    }
  }
  cache.days[s] = row;
  return row;
}

/**
 * Optimal dates for a fixed running order: dynamic programming over (show, day, consecutive-run).
 * Every day-dependent term of the objective is local to one show or one leg (leg money, spacing,
 * preferred days, soft school holidays) and so is every day-dependent hard rule except radius
 * clauses (pairwise over a window), which the caller re-checks with `assess`.
 * Returns the day of each show, or null when no assignment keeps the local hard rules.
 *
 * State: cost[r][i][d] = cheapest cost of shows 0..i with show i on day d ending a run of r+1
 * consecutive show days. A gap of one day extends the run; any longer gap resets it (run 1) and
 * comes from the best run of an earlier day: O(n·D·(K + tail)) with the linear tail of leg costs.
 */
export function retime(cp: CompiledProblem, stops: readonly number[]): number[] | null {
  const n = stops.length;
  if (n === 0) return [];
  const cache = cacheOf(cp);
  const D = cp.dayCount;
  const K = Math.max(1, cp.rules.maxConsecutiveShowDays);
  const size = n * D;
  // Layer r of `cost` starts at r·size; `from` keeps the previous show's day, `fromRun` its layer.
  const cost = new Float64Array(K * size).fill(INF);
  const minOver = new Float64Array(size).fill(INF);
  const from = new Int32Array(K * size);
  const fromRun = new Int8Array(size);
  const prefixCost = new Float64Array(D);
  const prefixDay = new Int32Array(D);
  const first = dayCosts(cp, cache, stops[0]!);
  for (let d = 0; d < D; d++) {
    cost[d] = first[d]!;
    minOver[d] = first[d]!;
  }
  for (let i = 1; i < n; i++) {
    const { costs: legCost, tail, slope } = legCosts(cp, cache, stops[i - 1]!, stops[i]!);
    const dc = dayCosts(cp, cache, stops[i]!);
    const prev = (i - 1) * D;
    const cur = i * D;
    // Running minimum over earlier days of (best cost − slope × day), for the linear tail.
    for (let dp = 0; dp < D; dp++) {
      const v = minOver[prev + dp]! - slope * dp;
      if (dp > 0 && prefixCost[dp - 1]! <= v) {
        prefixCost[dp] = prefixCost[dp - 1]!;
        prefixDay[dp] = prefixDay[dp - 1]!;
      } else {
        prefixCost[dp] = v;
        prefixDay[dp] = v === INF ? -1 : dp;
      }
    }
    const consecutive = legCost[1]!;
    for (let d = 1; d < D; d++) {
      const here = dc[d]!;
      if (here === INF) continue;
      let m = INF;
      // Run ≥ 2: the previous show was yesterday, at run r-1.
      for (let r = 1; r < K; r++) {
        const p = cost[(r - 1) * size + prev + d - 1]!;
        if (p === INF) continue;
        const c = p + consecutive + here;
        cost[r * size + cur + d] = c;
        from[r * size + cur + d] = d - 1;
        if (c < m) m = c;
      }
      // Run 1: the previous show was two or more days ago, at any run.
      let best = INF;
      let bestDay = -1;
      for (let gap = 2; gap < tail && gap <= d; gap++) {
        const p = minOver[prev + d - gap]!;
        if (p === INF) continue;
        const c = p + legCost[gap]!;
        if (c < best) {
          best = c;
          bestDay = d - gap;
        }
      }
      if (d >= tail && prefixDay[d - tail]! >= 0) {
        const c = prefixCost[d - tail]! + legCost[tail]! + slope * (d - tail);
        if (c < best) {
          best = c;
          bestDay = prefixDay[d - tail]!;
        }
      }
      if (bestDay >= 0) {
        cost[cur + d] = best + here;
        from[cur + d] = bestDay;
        if (best + here < m) m = best + here;
      }
      minOver[cur + d] = m;
    }
    // Which layer gave each earlier day its minimum, for the trace-back of run-1 transitions.
    for (let dp = 0; dp < D; dp++) {
      for (let r = 0; r < K; r++) {
        if (cost[r * size + prev + dp] === minOver[prev + dp]) {
          fromRun[prev + dp] = r;
          break;
        }
      }
    }
  }
  // Trace back from the cheapest final state.
  let day = -1;
  let run = 0;
  let best = INF;
  const lastRow = (n - 1) * D;
  for (let d = 0; d < D; d++) {
    for (let r = 0; r < K; r++) {
      const c = cost[r * size + lastRow + d]!;
      if (c < best) {
        best = c;
        day = d;
        run = r;
      }
    }
  }
  if (day < 0) return null;
  const days = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    days[i] = day;
    if (i === 0) break;
    const prevDay = from[run * size + i * D + day]!;
    run = run === 0 ? fromRun[(i - 1) * D + prevDay]! : run - 1;
    day = prevDay;
  }
  return days;
}
