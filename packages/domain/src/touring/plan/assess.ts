import { BLOCK_FESTIVAL, BLOCK_SCHOOL_HOLIDAY, BLOCK_UNAVAILABLE, type CompiledProblem } from './compile.ts';

export type RuleCode =
  | 'unknown_stop'
  | 'duplicate_stop'
  | 'outside_date_range'
  | 'venue_unavailable'
  | 'festival_clash'
  | 'school_holiday'
  | 'fixed_show'
  | 'required_stop_missing'
  | 'show_count'
  | 'two_shows_same_day'
  | 'max_consecutive_shows'
  | 'max_drive_per_day'
  | 'radius_clause'
  | 'spacing'
  | 'non_preferred_day'
  | 'progression'
  | 'skipped_stop';

export interface LegInfo {
  /** Show indexes (-1 = start, n = end). */
  readonly from: number;
  readonly to: number;
  readonly metres: number;
  readonly seconds: number;
  readonly viaHome: boolean;
  readonly travelDays: number;
  readonly hotelNights: number;
  readonly daysAway: number;
  readonly feasible: boolean;
}

/** Receives details during an assessment; the optimiser passes none and pays only for the numbers. */
export interface Collector {
  violation(
    rule: RuleCode,
    hard: boolean,
    penaltyCents: number,
    shows: readonly number[],
    stops: readonly number[],
  ): void;
  leg(leg: LegInfo): void;
}

export interface Score {
  hard: number;
  /** Hard flags that only say "too few shows" (count, missing fixed/required stop). */
  missingFlags: number;
  /** How many shows are missing against the count, fixed and required stops. */
  shortfall: number;
  objective: number;
  metres: number;
  seconds: number;
  hotelNights: number;
  daysAway: number;
  distanceCost: number;
  hire: number;
  hotel: number;
  perDiem: number;
  co2Grams: number;
  preferredShows: number;
  softPenalty: number;
  skipPenalty: number;
}

const NO_LEG: LegInfo = {
  from: 0,
  to: 0,
  metres: 0,
  seconds: 0,
  viaHome: false,
  travelDays: 0,
  hotelNights: 0,
  daysAway: 0,
  feasible: true,
};

/** Best way to get from one show to the next: stay on the road, or go home when that is cheaper. */
export function legBetween(
  cp: CompiledProblem,
  a: number,
  b: number,
  gap: number,
  from: number,
  to: number,
): LegInfo {
  const nodes = cp.m + 2;
  const home = cp.m;
  const max = cp.rules.maxDriveMetresPerDay;
  const metres = cp.metres[a * nodes + b]!;
  const tDirect = Math.max(1, Math.ceil(metres / max));
  const direct: LegInfo = {
    from,
    to,
    metres,
    seconds: cp.seconds[a * nodes + b]!,
    viaHome: false,
    travelDays: tDirect,
    hotelNights: gap,
    daysAway: gap,
    feasible: tDirect <= gap,
  };
  if (gap < 2) return direct;
  const m1 = cp.metres[a * nodes + home]!;
  const m2 = cp.metres[home * nodes + b]!;
  const t1 = Math.max(1, Math.ceil(m1 / max));
  const t2 = Math.max(1, Math.ceil(m2 / max));
  if (t1 + t2 > gap) return direct;
  const viaHome: LegInfo = {
    from,
    to,
    metres: m1 + m2,
    seconds: cp.seconds[a * nodes + home]! + cp.seconds[home * nodes + b]!,
    viaHome: true,
    travelDays: t1 + t2,
    hotelNights: t1 + t2 - 1,
    daysAway: t1 + t2,
    feasible: true,
  };
  if (!direct.feasible) return viaHome;
  return legMoney(cp, viaHome) < legMoney(cp, direct) ? viaHome : direct;
}

export function legMoney(cp: CompiledProblem, leg: LegInfo): number {
  const { vehicle, stay, partySize } = cp;
  const people = vehicle.perPerson ? partySize : 1;
  const co2Kg = (leg.metres / 1000) * vehicle.co2GramsPerKm * people * 0.001;
  return (
    (leg.metres / 1000) * vehicle.costPerKmCents * people +
    leg.daysAway * (vehicle.dailyCostCents + partySize * stay.perDiemPerPersonDayCents) +
    (vehicle.sleepsOnBoard ? 0 : leg.hotelNights * partySize * stay.hotelPerPersonNightCents) +
    co2Kg * cp.rules.co2PenaltyCentsPerKg
  );
}

function startLeg(cp: CompiledProblem, first: number): LegInfo {
  const nodes = cp.m + 2;
  const metres = cp.metres[cp.m * nodes + first]!;
  const t = Math.max(1, Math.ceil(metres / cp.rules.maxDriveMetresPerDay));
  const seconds = cp.seconds[cp.m * nodes + first]!;
  return { ...NO_LEG, from: -1, to: 0, metres, seconds, travelDays: t, hotelNights: t - 1, daysAway: t };
}

function endLeg(cp: CompiledProblem, last: number, n: number): LegInfo {
  const nodes = cp.m + 2;
  const metres = cp.metres[last * nodes + cp.m + 1]!;
  const t = Math.max(1, Math.ceil(metres / cp.rules.maxDriveMetresPerDay));
  const seconds = cp.seconds[last * nodes + cp.m + 1]!;
  return { ...NO_LEG, from: n - 1, to: n, metres, seconds, travelDays: t, hotelNights: t, daysAway: t };
}

/**
 * Scores shows given as parallel arrays sorted by day. Every hard rule is checked here, so the optimiser
 * and evaluateTour can never disagree about feasibility.
 */
export function assess(
  cp: CompiledProblem,
  stops: ArrayLike<number>,
  days: ArrayLike<number>,
  n: number,
  collect: Collector | null,
  seen: Int32Array = new Int32Array(cp.m).fill(-1),
): Score {
  const { rules, dayCount, m } = cp;
  const score: Score = {
    hard: 0,
    missingFlags: 0,
    shortfall: 0,
    objective: 0,
    metres: 0,
    seconds: 0,
    hotelNights: 0,
    daysAway: 0,
    distanceCost: 0,
    hire: 0,
    hotel: 0,
    perDiem: 0,
    co2Grams: 0,
    preferredShows: 0,
    softPenalty: 0,
    skipPenalty: 0,
  };
  const flag = (
    rule: RuleCode,
    hard: boolean,
    penalty: number,
    shows: number[],
    stopList: number[],
  ): void => {
    if (hard) score.hard++;
    else score.softPenalty += penalty;
    collect?.violation(rule, hard, penalty, shows, stopList);
  };
  seen.fill(-1);
  let run = 0;
  for (let i = 0; i < n; i++) {
    const s = stops[i]!;
    const d = days[i]!;
    if (s < 0 || s >= m) {
      flag('unknown_stop', true, 0, [i], []);
      continue;
    }
    if (seen[s]! >= 0) flag('duplicate_stop', true, 0, [seen[s]!, i], [s]);
    seen[s] = i;
    if (d < 0 || d >= dayCount) {
      flag('outside_date_range', true, 0, [i], [s]);
      continue;
    }
    const block = cp.blocked[s * dayCount + d]!;
    if (block & BLOCK_UNAVAILABLE) flag('venue_unavailable', true, 0, [i], [s]);
    if (block & BLOCK_FESTIVAL) flag('festival_clash', true, 0, [i], [s]);
    if (block & BLOCK_SCHOOL_HOLIDAY) flag('school_holiday', true, 0, [i], [s]);
    if (cp.schoolSoft[s * dayCount + d])
      flag('school_holiday', false, rules.schoolHolidayPenaltyCents, [i], [s]);
    if (cp.fixedDay[s]! >= 0 && cp.fixedDay[s] !== d) flag('fixed_show', true, 0, [i], [s]);
    if (cp.preferredDay[d]) score.preferredShows++;
    else flag('non_preferred_day', false, rules.nonPreferredDayPenaltyCents, [i], [s]);
    if (i > 0) {
      const gap = d - days[i - 1]!;
      if (gap === 0) flag('two_shows_same_day', true, 0, [i - 1, i], [stops[i - 1]!, s]);
      run = gap === 1 ? run + 1 : 1;
      if (run === rules.maxConsecutiveShowDays + 1) flag('max_consecutive_shows', true, 0, [i], [s]);
      const { min, max } = rules.preferredGapDays;
      const off = gap < min ? min - gap : gap > max ? gap - max : 0;
      if (off > 0) flag('spacing', false, off * rules.gapPenaltyCentsPerDay, [i - 1, i], [stops[i - 1]!, s]);
      const lost = cp.capacity[stops[i - 1]!]! - cp.capacity[s]!;
      if (lost > 0) {
        flag(
          'progression',
          false,
          (lost / 100) * rules.progressionPenaltyCentsPer100Seats,
          [i - 1, i],
          [stops[i - 1]!, s],
        );
      }
    } else run = 1;
    // Radius clauses of this show against later shows, and of later shows against this one.
    for (let j = i + 1; j < n; j++) {
      const t = stops[j]!;
      const dd = days[j]! - d;
      if (dd > cp.maxRadiusDays) break;
      if (t < 0 || t >= m || t === s) continue;
      const dist = cp.crow[s * m + t]!;
      const sBinds = dist <= cp.radiusMetres[s]! && dd <= cp.radiusDays[s]!;
      const tBinds = dist <= cp.radiusMetres[t]! && dd <= cp.radiusDays[t]!;
      if (sBinds || tBinds) flag('radius_clause', true, 0, [i, j], [s, t]);
    }
  }
  for (let s = 0; s < m; s++) {
    if (seen[s]! >= 0) continue;
    if (cp.required[s]) {
      score.missingFlags++;
      score.shortfall++;
      flag(cp.fixedDay[s]! >= 0 ? 'fixed_show' : 'required_stop_missing', true, 0, [], [s]);
    } else if (cp.skipPenalty[s]! > 0) {
      score.skipPenalty += cp.skipPenalty[s]!;
      collect?.violation('skipped_stop', false, cp.skipPenalty[s]!, [], [s]);
    }
  }
  if (cp.showsWanted !== null && n !== cp.showsWanted) {
    score.missingFlags++;
    score.shortfall += Math.abs(cp.showsWanted - n);
    flag('show_count', true, 0, [], []);
  }
  if (n > 0) addLegs(cp, stops, days, n, score, collect, flag);
  const { vehicle, stay, partySize } = cp;
  const people = vehicle.perPerson ? partySize : 1;
  score.distanceCost = (score.metres / 1000) * vehicle.costPerKmCents * people;
  score.co2Grams = (score.metres / 1000) * vehicle.co2GramsPerKm * people;
  score.hire = score.daysAway * vehicle.dailyCostCents;
  score.perDiem = score.daysAway * partySize * stay.perDiemPerPersonDayCents;
  score.hotel = vehicle.sleepsOnBoard ? 0 : score.hotelNights * partySize * stay.hotelPerPersonNightCents;
  score.objective =
    score.distanceCost +
    score.hire +
    score.perDiem +
    score.hotel +
    (score.co2Grams / 1000) * rules.co2PenaltyCentsPerKg +
    score.softPenalty +
    score.skipPenalty;
  return score;
}

function addLegs(
  cp: CompiledProblem,
  stops: ArrayLike<number>,
  days: ArrayLike<number>,
  n: number,
  score: Score,
  collect: Collector | null,
  flag: (rule: RuleCode, hard: boolean, penalty: number, shows: number[], stopList: number[]) => void,
): void {
  const valid = (s: number): boolean => s >= 0 && s < cp.m;
  const take = (leg: LegInfo): void => {
    score.metres += leg.metres;
    score.seconds += leg.seconds;
    score.hotelNights += leg.hotelNights;
    score.daysAway += leg.daysAway;
    collect?.leg(leg);
  };
  if (valid(stops[0]!)) take(startLeg(cp, stops[0]!));
  for (let i = 1; i < n; i++) {
    const a = stops[i - 1]!;
    const b = stops[i]!;
    const gap = days[i]! - days[i - 1]!;
    if (!valid(a) || !valid(b) || gap <= 0) continue;
    const leg = legBetween(cp, a, b, gap, i - 1, i);
    if (!leg.feasible) flag('max_drive_per_day', true, 0, [i - 1, i], [a, b]);
    take(leg);
  }
  if (valid(stops[n - 1]!)) take(endLeg(cp, stops[n - 1]!, n));
}
