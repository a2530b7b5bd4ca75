import { assess } from './assess.ts';
import type { CompiledProblem } from './compile.ts';
import { toTour } from './evaluate.ts';
import { onlyMissing, type PlanState } from './optimise.ts';
import type { Tour } from './problem.ts';

/**
 * The booker's unoptimised plan, the baseline for savings ("dates in chronological order of the
 * booker's first choices"): confirmed shows first; then, venue by venue in the order the booker
 * listed them, the venue's first available date, skipping a day already taken or one that would
 * break a hard rule (drive limit, run of show days, radius clause), until the wanted count is
 * reached. The shows are played in date order; no routing is involved.
 * No weekday preference: the savings are quoted for the cheapest variant, which has none either —
 * a "first open Friday/Saturday" baseline would spread the naive tour over more weekends and credit
 * the optimiser with savings that only come from dropping the weekend preference.
 */
export function naivePlan(cp: CompiledProblem): Tour {
  const { stops, days } = naiveState(cp);
  return toTour(cp, stops, days, stops.length);
}

/** The naive plan as optimiser arrays (a feasible start when the greedy construction runs out of time). */
export function naiveState(cp: CompiledProblem): PlanState {
  const { m, dayCount, blocked } = cp;
  let stops: number[] = [];
  let days: number[] = [];
  const seen = new Int32Array(m);
  const tryAdd = (s: number, d: number): boolean => {
    let k = 0;
    while (k < days.length && days[k]! < d) k++;
    if (days[k] === d) return false;
    const nextStops = [...stops.slice(0, k), s, ...stops.slice(k)];
    const nextDays = [...days.slice(0, k), d, ...days.slice(k)];
    if (!onlyMissing(assess(cp, nextStops, nextDays, nextStops.length, null, seen))) return false;
    stops = nextStops;
    days = nextDays;
    return true;
  };
  for (let s = 0; s < m; s++) if (cp.fixedDay[s]! >= 0) tryAdd(s, cp.fixedDay[s]!);
  const target = cp.showsWanted ?? m;
  for (let s = 0; s < m && stops.length < target; s++) {
    if (cp.fixedDay[s]! >= 0) continue;
    for (let d = 0; d < dayCount; d++) if (blocked[s * dayCount + d] === 0 && tryAdd(s, d)) break;
  }
  return { stops, days };
}
