import type { Currency } from '../../money/index.ts';
import type { SchoolCalendar, SchoolHolidayPeriod } from '../../reference/index.ts';

/** 'YYYY-MM-DD'. */
export type IsoDay = string;
export type CountryCode = 'FR' | 'BE' | 'CH' | 'LU';
export type VehicleType = 'van' | 'nightliner' | 'truck' | 'train';

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
  /** Chooses the road-circuity factor; unknown countries use the default factor. */
  readonly country?: CountryCode;
}

/** A place is given by coordinates, by a row of `TourProblem.matrix`, or both. */
export interface Place {
  readonly location?: GeoPoint;
  readonly matrixIndex?: number;
}

/**
 * Availability of a stop. Days are inclusive; seconds count from `dateRange.from` at 00:00 and cover
 * every day they touch (an evening slot 72 000 s → 86 399 s is day 0).
 */
export type TimeWindow =
  | { readonly kind: 'days'; readonly from: IsoDay; readonly to: IsoDay }
  | { readonly kind: 'seconds'; readonly start: number; readonly end: number };

export interface Stop extends Place {
  readonly id: string;
  readonly name?: string;
  /** Seats; drives the progression preference and the school-holiday rule. */
  readonly capacity: number;
  readonly windows: readonly TimeWindow[];
  /** Time on site (get-in to get-out); informative at day granularity, checked to fit one day. */
  readonly serviceSeconds?: number;
  /** A confirmed show: the stop must be played exactly on this day. */
  readonly fixedDate?: IsoDay;
  /** Must be in the tour (fixed shows always are). */
  readonly required?: boolean;
  /** Cost of leaving this optional stop out, in cents (counts when `showsWanted` is not set). */
  readonly skipPenaltyCents?: number;
  /** Contract clause: no other show within `radiusMetres` during `days` before/after this one. */
  readonly radiusClause?: { readonly radiusMetres: number; readonly days: number };
  readonly schoolCalendar?: SchoolCalendar;
}

export interface Festival extends Place {
  readonly name: string;
  readonly from: IsoDay;
  readonly to: IsoDay;
  /** No show within this distance (great-circle, or matrix metres without coordinates)… */
  readonly radiusMetres: number;
  /** …from `bufferDays` before `from` to `bufferDays` after `to`. */
  readonly bufferDays?: number;
}

export interface RuleSettings {
  readonly maxConsecutiveShowDays: number;
  /** A transfer longer than this needs extra travel days without a show. */
  readonly maxDriveMetresPerDay: number;
  readonly schoolHolidayCapacityBelow: number;
  readonly schoolHolidayPolicy: 'hard' | 'soft' | 'ignore';
  readonly schoolHolidayPenaltyCents: number;
  readonly preferredGapDays: { readonly min: number; readonly max: number };
  readonly gapPenaltyCentsPerDay: number;
  /** 0 = Sunday … 6 = Saturday; the eve of a public holiday counts as preferred too. */
  readonly preferredWeekdays: readonly number[];
  readonly nonPreferredDayPenaltyCents: number;
  /** Charged per 100 seats lost between two consecutive shows (small → large rooms is preferred). */
  readonly progressionPenaltyCentsPer100Seats: number;
  /** Shadow price of CO₂ in the objective (not in the money cost), cents per kg. */
  readonly co2PenaltyCentsPerKg: number;
}

export const DEFAULT_RULES: RuleSettings = {
  maxConsecutiveShowDays: 3,
  maxDriveMetresPerDay: 600_000,
  schoolHolidayCapacityBelow: 1000,
  schoolHolidayPolicy: 'hard',
  schoolHolidayPenaltyCents: 50_000,
  preferredGapDays: { min: 2, max: 3 },
  gapPenaltyCentsPerDay: 3_000,
  preferredWeekdays: [5, 6],
  nonPreferredDayPenaltyCents: 8_000,
  progressionPenaltyCentsPer100Seats: 1_500,
  co2PenaltyCentsPerKg: 0,
};

/** Row/column i of each matrix is the place with `matrixIndex` i. Asymmetric values are allowed. */
export interface TravelMatrixInput {
  readonly metres: readonly (readonly number[])[];
  readonly seconds: readonly (readonly number[])[];
}

export interface CostOverrides {
  readonly hotelPerPersonNightCents?: number;
  readonly perDiemPerPersonDayCents?: number;
}

/**
 * The planner's input, also the "solver as a service" format: plain JSON, no classes or functions.
 * Stops are listed in the booker's order of preference (the naive plan takes them in this order).
 */
export interface TourProblem {
  readonly currency: Currency;
  readonly start: Place;
  /** Where the tour ends; defaults to `start`. */
  readonly end?: Place;
  readonly dateRange: { readonly from: IsoDay; readonly to: IsoDay };
  /** Exact number of shows (fixed ones included). Without it, optional stops are kept when worth their skip penalty. */
  readonly showsWanted?: number;
  readonly party: { readonly size: number; readonly vehicle: VehicleType };
  readonly stops: readonly Stop[];
  readonly festivals?: readonly Festival[];
  readonly schoolHolidays?: readonly SchoolHolidayPeriod[];
  /** Public holidays (from `date-holidays` in the API layer). */
  readonly publicHolidays?: readonly IsoDay[];
  readonly rules?: Partial<RuleSettings>;
  readonly costs?: CostOverrides;
  readonly matrix?: TravelMatrixInput;
}

export interface ScheduledShow {
  readonly stopId: string;
  readonly date: IsoDay;
}

/** A tour as the booker sees and edits it; evaluation sorts shows by date. */
export interface Tour {
  readonly shows: readonly ScheduledShow[];
}

export function rulesOf(problem: TourProblem): RuleSettings {
  return { ...DEFAULT_RULES, ...problem.rules };
}
