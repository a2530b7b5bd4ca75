import { assess } from './assess.ts';
import type { CompiledProblem } from './compile.ts';
import { toTour } from './evaluate.ts';
import { onlyMissing } from './optimise.ts';
import type { Tour } from './problem.ts';

/**
 * The booker's naive plan, the baseline for savings: confirmed shows, then venues in the booker's
 * order of preference, each on its first open day that keeps every hard rule (what a careful booker
 * does by hand with a calendar), played in date order. No routing is involved.
 */
export function naivePlan(cp: CompiledProblem): Tour {
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
  return toTour(cp, stops, days, stops.length);
}
