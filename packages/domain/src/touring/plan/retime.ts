import { legBetween, legMoney } from './assess.ts';
import type { CompiledProblem } from './compile.ts';

/**
 * Optimal dates for a fixed running order: dynamic programming over (show, day, consecutive-run).
 * Every day-dependent term of the objective is local to one show or one leg (leg money, spacing,
 * preferred days, soft school holidays) and so is every day-dependent hard rule except radius
 * clauses (pairwise over a window), which the caller re-checks with `assess`.
 * Returns the day of each show, or null when no assignment keeps the local hard rules.
 *
 * State: best[i][d] = cheapest cost of shows 0..i with show i on day d after a rest day (run 1);
 * run[i][d][r] = same with show i ending a run of r+1 consecutive show days. A gap of one day extends
 * the run; any longer gap resets it, so O(n·D²) transitions.
 */
export function retime(cp: CompiledProblem, stops: readonly number[]): number[] | null {
  const n = stops.length;
  if (n === 0) return [];
  const { dayCount: D, rules } = cp;
  const K = Math.max(1, rules.maxConsecutiveShowDays);
  const INF = Number.POSITIVE_INFINITY;
  // cost[i*D + d]: total best cost for show i on day d with run length r (layer r-1).
  const layers = Array.from({ length: K }, () => new Float64Array(n * D).fill(INF));
  const minOver = new Float64Array(n * D).fill(INF);
  const from = Array.from({ length: K }, () => new Int32Array(n * D).fill(-1));
  const fromRun = Array.from({ length: K }, () => new Int8Array(n * D));
  const { min: gapMin, max: gapMax } = rules.preferredGapDays;
  const dayCost = (s: number, d: number): number => {
    if (cp.blocked[s * D + d] !== 0) return INF;
    const fixed = cp.fixedDay[s]!;
    if (fixed >= 0 && fixed !== d) return INF;
    let c = cp.preferredDay[d] ? 0 : rules.nonPreferredDayPenaltyCents;
    if (cp.schoolSoft[s * D + d]) c += rules.schoolHolidayPenaltyCents;
    return c;
  };
  const legCost = new Float64Array(D + 1);
  // Days each show may take (ascending), so the run-1 transition scans only open days.
  const openDays = stops.map((s) => {
    const list: number[] = [];
    for (let d = 0; d < D; d++) if (dayCost(s, d) !== INF) list.push(d);
    return list;
  });
  const s0 = stops[0]!;
  for (let d = 0; d < D; d++) {
    const c = dayCost(s0, d);
    layers[0]![d] = c;
    minOver[d] = c;
  }
  for (let i = 1; i < n; i++) {
    const a = stops[i - 1]!;
    const b = stops[i]!;
    for (let gap = 1; gap < D; gap++) {
      const leg = legBetween(cp, a, b, gap, i - 1, i);
      const off = gap < gapMin ? gapMin - gap : gap > gapMax ? gap - gapMax : 0;
      legCost[gap] = leg.feasible ? legMoney(cp, leg) + off * rules.gapPenaltyCentsPerDay : INF;
    }
    const prev = (i - 1) * D;
    const cur = i * D;
    for (let d = 1; d < D; d++) {
      const dc = dayCost(b, d);
      if (dc === INF) continue;
      // Run ≥ 2: the previous show was yesterday, at run r-1.
      for (let r = 1; r < K; r++) {
        const p = layers[r - 1]![prev + d - 1]!;
        if (p === INF) continue;
        const c = p + legCost[1]! + dc;
        if (c < layers[r]![cur + d]!) {
          layers[r]![cur + d] = c;
          from[r]![cur + d] = d - 1;
          fromRun[r]![cur + d] = r - 1;
        }
      }
      // Run 1: the previous show was two or more days ago, at any run.
      let best = INF;
      let bestDay = -1;
      const open = openDays[i - 1]!;
      for (let k = 0; k < open.length; k++) {
        const dp = open[k]!;
        if (dp > d - 2) break;
        const p = minOver[prev + dp]!;
        if (p === INF) continue;
        const c = p + legCost[d - dp]!;
        if (c < best) {
          best = c;
          bestDay = dp;
        }
      }
      if (bestDay >= 0) {
        layers[0]![cur + d] = best + dc;
        from[0]![cur + d] = bestDay;
        fromRun[0]![cur + d] = -1;
      }
      let m = INF;
      for (let r = 0; r < K; r++) m = Math.min(m, layers[r]![cur + d]!);
      minOver[cur + d] = m;
    }
  }
  // Trace back from the cheapest final state.
  let day = -1;
  let run = 0;
  let best = INF;
  for (let d = 0; d < D; d++) {
    for (let r = 0; r < K; r++) {
      const c = layers[r]![(n - 1) * D + d]!;
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
    const idx = i * D + day;
    const prevDay = from[run]![idx]!;
    if (run === 0) {
      // The run-1 transition came from the best run at prevDay.
      const p = (i - 1) * D + prevDay;
      let r = 0;
      for (let k = 0; k < K; k++) if (layers[k]![p] === minOver[p]) r = k;
      run = r;
    } else run = fromRun[run]![idx]!;
    day = prevDay;
  }
  return days;
}
