import { assess } from './assess.ts';
import type { CompiledProblem } from './compile.ts';
import { toTour } from './evaluate.ts';
import { onlyMissing } from './optimise.ts';
import type { Tour } from './problem.ts';

/**
 * The booker's unoptimised plan, the baseline for savings ("dates in chronological order of the
 * booker's first choices"): confirmed shows first; then, venue by venue in the booker's order of
 * preference, the first choice a booker asks a venue for — its first open Friday/Saturday (or
 * public-holiday eve: the preferred days of the rules), else its first open day — skipping a day
 * already taken or one that would break a hard rule (drive limit, run of show days, radius clause).
 * The shows are played in date order; no routing is involved, so consecutive shows zig-zag across
 * the territory as the venues were picked.
 */
export function naivePlan(cp: CompiledProblem): Tour {
  const { m, dayCount, blocked, preferredDay } = cp;
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
  const open = (s: number, d: number): boolean => blocked[s * dayCount + d] === 0;
  for (let s = 0; s < m && stops.length < target; s++) {
    if (cp.fixedDay[s]! >= 0) continue;
    let placed = false;
    for (let d = 0; d < dayCount && !placed; d++) if (preferredDay[d] && open(s, d)) placed = tryAdd(s, d);
    for (let d = 0; d < dayCount && !placed; d++) if (open(s, d)) placed = tryAdd(s, d);
  }
  return toTour(cp, stops, days, stops.length);
}
