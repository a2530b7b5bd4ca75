import { addDays, dayOfWeek, daysBetween, holidayDays, valueAt } from '../../reference/index.ts';
import { type DistanceProvider, haversineMetres, haversineProvider } from './distance.ts';
import type { Place, RuleSettings, TimeWindow, TourProblem, VehicleType } from './problem.ts';
import { rulesOf } from './problem.ts';
import { STAY_COSTS, type StayCosts, type VehicleProfile, vehicleProfilesOn } from './vehicles.ts';

/** Why a stop cannot play on a day (bit flags, for explanations). */
export const BLOCK_UNAVAILABLE = 1;
export const BLOCK_FESTIVAL = 2;
export const BLOCK_SCHOOL_HOLIDAY = 4;

/**
 * The problem turned into flat arrays for fast, repeated evaluation. Nodes 0..m-1 are stops,
 * node m the start and node m+1 the end. Days are indexes from `dateRange.from`.
 */
export interface CompiledProblem {
  readonly problem: TourProblem;
  readonly rules: RuleSettings;
  readonly vehicleType: VehicleType;
  readonly vehicle: VehicleProfile;
  readonly stay: StayCosts;
  readonly partySize: number;
  readonly m: number;
  readonly dayCount: number;
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** (m+2)² road metres and seconds, row-major. */
  readonly metres: Float64Array;
  readonly seconds: Float64Array;
  /** m² great-circle metres between stops (road metres when coordinates are missing). */
  readonly crow: Float64Array;
  /** m × dayCount: 0 when the stop may play that day, else BLOCK_* flags. */
  readonly blocked: Uint8Array;
  /** Number of days each stop may play. */
  readonly allowedCount: Int32Array;
  /** m × dayCount: 1 when the show would fall in school holidays under a soft policy. */
  readonly schoolSoft: Uint8Array;
  readonly preferredDay: Uint8Array;
  readonly capacity: Int32Array;
  /** Day index of a confirmed show, or -1. */
  readonly fixedDay: Int32Array;
  readonly required: Uint8Array;
  readonly skipPenalty: Float64Array;
  readonly radiusMetres: Float64Array;
  readonly radiusDays: Int32Array;
  readonly maxRadiusDays: number;
  readonly showsWanted: number | null;
}

export interface CompileOptions {
  readonly provider?: DistanceProvider;
  /** Plan with another vehicle than the party's (the low-CO₂ variant tries the train). */
  readonly vehicle?: VehicleType;
}

/** Assumes a problem accepted by validateProblem; throws RangeError on what validation rejects. */
export function compileProblem(problem: TourProblem, options: CompileOptions = {}): CompiledProblem {
  const rules = rulesOf(problem);
  const vehicleType = options.vehicle ?? problem.party.vehicle;
  const vehicles = vehicleProfilesOn(problem.dateRange.from);
  const stays = valueAt(STAY_COSTS, problem.dateRange.from);
  if (!vehicles || stays.kind !== 'found') {
    throw new RangeError(`no vehicle or stay cost data in force on ${problem.dateRange.from}`);
  }
  const vehicle = vehicles[vehicleType];
  const stay: StayCosts = {
    hotelPerPersonNightCents: problem.costs?.hotelPerPersonNightCents ?? stays.value.hotelPerPersonNightCents,
    perDiemPerPersonDayCents: problem.costs?.perDiemPerPersonDayCents ?? stays.value.perDiemPerPersonDayCents,
  };
  const provider = options.provider ?? haversineProvider(vehicle.averageSpeedKmh);
  const m = problem.stops.length;
  const dayCount = daysBetween(problem.dateRange.from, problem.dateRange.to) + 1;
  const places: Place[] = [...problem.stops, problem.start, problem.end ?? problem.start];
  const nodes = m + 2;
  const metres = new Float64Array(nodes * nodes);
  const seconds = new Float64Array(nodes * nodes);
  for (let i = 0; i < nodes; i++) {
    for (let j = 0; j < nodes; j++) {
      if (i === j) continue;
      const leg = travelBetween(problem, provider, places[i]!, places[j]!);
      metres[i * nodes + j] = leg.metres;
      seconds[i * nodes + j] = leg.seconds;
    }
  }
  const crow = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      if (i !== j) crow[i * m + j] = crowMetres(problem, places[i]!, places[j]!);
    }
  }

  const dayOf = (day: string): number => daysBetween(problem.dateRange.from, day);
  const preferredDay = new Uint8Array(dayCount);
  const holidays = new Set(problem.publicHolidays ?? []);
  for (let d = 0; d < dayCount; d++) {
    const day = addDays(problem.dateRange.from, d);
    const eveOfHoliday = holidays.has(addDays(day, 1));
    preferredDay[d] = rules.preferredWeekdays.includes(dayOfWeek(day)) || eveOfHoliday ? 1 : 0;
  }

  const blocked = new Uint8Array(m * dayCount).fill(BLOCK_UNAVAILABLE);
  const schoolSoft = new Uint8Array(m * dayCount);
  problem.stops.forEach((stop, s) => {
    for (const w of stop.windows) {
      const [a, b] = windowDays(w, dayOf);
      for (let d = Math.max(0, a); d <= Math.min(dayCount - 1, b); d++) blocked[s * dayCount + d] = 0;
    }
  });
  for (const festival of problem.festivals ?? []) {
    const buffer = festival.bufferDays ?? 0;
    const a = Math.max(0, dayOf(festival.from) - buffer);
    const b = Math.min(dayCount - 1, dayOf(festival.to) + buffer);
    problem.stops.forEach((stop, s) => {
      if (crowMetres(problem, stop, festival) > festival.radiusMetres) return;
      for (let d = a; d <= b; d++) blocked[s * dayCount + d]! |= BLOCK_FESTIVAL;
    });
  }
  if (rules.schoolHolidayPolicy !== 'ignore') {
    problem.stops.forEach((stop, s) => {
      const calendar = stop.schoolCalendar;
      if (!calendar || stop.capacity >= rules.schoolHolidayCapacityBelow) return;
      for (const period of problem.schoolHolidays ?? []) {
        if (period.country !== calendar.country || !period.zones.includes(calendar.zone)) continue;
        const { first, last } = holidayDays(period);
        for (let d = Math.max(0, dayOf(first)); d <= Math.min(dayCount - 1, dayOf(last)); d++) {
          if (rules.schoolHolidayPolicy === 'hard') blocked[s * dayCount + d]! |= BLOCK_SCHOOL_HOLIDAY;
          else schoolSoft[s * dayCount + d] = 1;
        }
      }
    });
  }

  const allowedCount = new Int32Array(m);
  for (let k = 0; k < blocked.length; k++) if (blocked[k] === 0) allowedCount[Math.floor(k / dayCount)]!++;
  return {
    problem,
    rules,
    allowedCount,
    vehicleType,
    vehicle,
    stay,
    partySize: problem.party.size,
    m,
    dayCount,
    ids: problem.stops.map((s) => s.id),
    indexOf: new Map(problem.stops.map((s, i) => [s.id, i])),
    metres,
    seconds,
    crow,
    blocked,
    schoolSoft,
    preferredDay,
    capacity: Int32Array.from(problem.stops, (s) => s.capacity),
    fixedDay: Int32Array.from(problem.stops, (s) => (s.fixedDate ? dayOf(s.fixedDate) : -1)),
    required: Uint8Array.from(problem.stops, (s) => (s.required || s.fixedDate ? 1 : 0)),
    skipPenalty: Float64Array.from(problem.stops, (s) => s.skipPenaltyCents ?? 0),
    radiusMetres: Float64Array.from(problem.stops, (s) => s.radiusClause?.radiusMetres ?? -1),
    radiusDays: Int32Array.from(problem.stops, (s) => s.radiusClause?.days ?? 0),
    maxRadiusDays: Math.max(0, ...problem.stops.map((s) => s.radiusClause?.days ?? 0)),
    showsWanted: problem.showsWanted ?? null,
  };
}

/** Inclusive day indexes touched by a window. */
export function windowDays(w: TimeWindow, dayOf: (day: string) => number): [number, number] {
  if (w.kind === 'days') return [dayOf(w.from), dayOf(w.to)];
  return [Math.floor(w.start / 86_400), Math.floor(Math.max(w.start, w.end - 1) / 86_400)];
}

function travelBetween(problem: TourProblem, provider: DistanceProvider, a: Place, b: Place) {
  const matrix = problem.matrix;
  if (matrix && a.matrixIndex !== undefined && b.matrixIndex !== undefined) {
    return {
      metres: matrix.metres[a.matrixIndex]![b.matrixIndex]!,
      seconds: matrix.seconds[a.matrixIndex]![b.matrixIndex]!,
    };
  }
  if (a.location && b.location) return provider.travel(a.location, b.location);
  throw new RangeError('a place has neither coordinates nor a matrix row');
}

function crowMetres(problem: TourProblem, a: Place, b: Place): number {
  if (a.location && b.location) return haversineMetres(a.location, b.location);
  return travelBetween(problem, haversineProvider(1), a, b).metres;
}
