import type { RuleCode } from './assess.ts';
import { BLOCK_FESTIVAL, BLOCK_SCHOOL_HOLIDAY, BLOCK_UNAVAILABLE, type CompiledProblem } from './compile.ts';

export interface Conflict {
  readonly rules: readonly RuleCode[];
  readonly stopIds: readonly string[];
  readonly message: string;
  /** What the booker could relax to make a tour possible. */
  readonly relax: string;
}

const BLOCK_RULES: readonly [number, RuleCode, string][] = [
  [BLOCK_UNAVAILABLE, 'venue_unavailable', 'outside its availability'],
  [BLOCK_FESTIVAL, 'festival_clash', 'inside a festival radius'],
  [BLOCK_SCHOOL_HOLIDAY, 'school_holiday', 'in school holidays (venue under the seat threshold)'],
];

/** Explains why no tour with every show was found: static conflicts first, then capacity limits. */
export function diagnose(cp: CompiledProblem, placed: number, missingStops: readonly number[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const { m, dayCount, blocked, rules } = cp;
  const fixed = Array.from({ length: m }, (_, s) => s).filter((s) => cp.fixedDay[s]! >= 0);
  fixed.sort((a, b) => cp.fixedDay[a]! - cp.fixedDay[b]!);
  for (const s of fixed) {
    const d = cp.fixedDay[s]!;
    const block = d < 0 || d >= dayCount ? BLOCK_UNAVAILABLE : blocked[s * dayCount + d]!;
    for (const [bit, rule, why] of BLOCK_RULES) {
      if (block & bit) {
        conflicts.push({
          rules: ['fixed_show', rule],
          stopIds: [cp.ids[s]!],
          message: `confirmed show at ${cp.ids[s]} is ${why}`,
          relax:
            rule === 'school_holiday' ? 'set schoolHolidayPolicy to "soft"' : 'move or release this show',
        });
      }
    }
  }
  for (const s of missingStops) {
    if (cp.fixedDay[s]! >= 0) continue;
    conflicts.push({
      rules: ['required_stop_missing'],
      stopIds: [cp.ids[s]!],
      message: `required stop ${cp.ids[s]} fits on none of its ${cp.allowedCount[s]} open days`,
      relax: 'make it optional or open more dates',
    });
  }
  const nodes = m + 2;
  for (let k = 1; k < fixed.length; k++) {
    const a = fixed[k - 1]!;
    const b = fixed[k]!;
    const gap = cp.fixedDay[b]! - cp.fixedDay[a]!;
    const ids = [cp.ids[a]!, cp.ids[b]!];
    if (gap === 0) {
      conflicts.push({
        rules: ['two_shows_same_day'],
        stopIds: ids,
        message: 'two confirmed shows on one day',
        relax: 'move one',
      });
    } else if (cp.metres[a * nodes + b]! > gap * rules.maxDriveMetresPerDay) {
      conflicts.push({
        rules: ['max_drive_per_day'],
        stopIds: ids,
        message: `${Math.round(cp.metres[a * nodes + b]! / 1000)} km in ${gap} day(s) between confirmed shows`,
        relax: `raise maxDriveMetresPerDay to ${Math.ceil(cp.metres[a * nodes + b]! / gap / 1000) * 1000}`,
      });
    }
  }
  const playable = Array.from({ length: m }, (_, s) => s).filter((s) => cp.allowedCount[s]! > 0);
  const wanted = cp.showsWanted;
  if (wanted !== null) {
    if (playable.length < wanted) {
      conflicts.push({
        rules: ['show_count'],
        stopIds: [],
        message: `only ${playable.length} venues can play on at least one day; ${wanted} shows wanted`,
        relax: `lower showsWanted to ${playable.length} or add venues`,
      });
    }
    const k = rules.maxConsecutiveShowDays;
    const cap = dayCount - Math.floor(dayCount / (k + 1));
    if (cap < wanted) {
      conflicts.push({
        rules: ['max_consecutive_shows', 'show_count'],
        stopIds: [],
        message: `${dayCount} days allow at most ${cap} shows with ${k} consecutive show days`,
        relax: `raise maxConsecutiveShowDays or widen the date range`,
      });
    }
    const freed = countBlocked(cp, BLOCK_SCHOOL_HOLIDAY) + countBlocked(cp, BLOCK_FESTIVAL);
    if (placed < wanted)
      conflicts.push({
        rules: ['show_count'],
        stopIds: [],
        message: `the search placed at most ${placed} of ${wanted} shows without breaking a hard rule`,
        relax:
          `lower showsWanted to ${placed}, raise maxDriveMetresPerDay or maxConsecutiveShowDays` +
          (freed > 0 ? `, or relax festival/school-holiday rules (they block ${freed} venue-days)` : ''),
      });
  }
  return conflicts;
}

function countBlocked(cp: CompiledProblem, bit: number): number {
  let count = 0;
  for (let k = 0; k < cp.blocked.length; k++) if ((cp.blocked[k]! & bit) !== 0) count++;
  return count;
}
