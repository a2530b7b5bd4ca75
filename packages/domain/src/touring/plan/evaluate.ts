import type { Currency } from '../../money/index.ts';
import { addDays, daysBetween, isIsoDay } from '../../reference/index.ts';
import { assess, type LegInfo, type RuleCode, type Score } from './assess.ts';
import { type CompiledProblem, type CompileOptions, compileProblem } from './compile.ts';
import type { IsoDay, ScheduledShow, Tour, TourProblem, VehicleType } from './problem.ts';

export interface Violation {
  readonly rule: RuleCode;
  readonly severity: 'hard' | 'soft';
  /** Soft rules: what the violation costs in the objective, in cents. */
  readonly penaltyCents: number;
  readonly stopIds: readonly string[];
  readonly dates: readonly IsoDay[];
}

export interface CostBreakdown {
  readonly currency: Currency;
  readonly vehicle: VehicleType;
  readonly shows: number;
  readonly metres: number;
  readonly travelSeconds: number;
  /** Fuel + tolls + wear (or train tickets). */
  readonly distanceCostCents: number;
  readonly vehicleHireCents: number;
  readonly hotelNights: number;
  readonly hotelCents: number;
  readonly perDiemDays: number;
  readonly perDiemCents: number;
  /** Money actually spent: distance + hire + hotels + per diems. */
  readonly travelCostCents: number;
  readonly co2Kg: number;
  /** Shows on a preferred day (Friday/Saturday or a public-holiday eve by default). */
  readonly weekendShows: number;
  readonly rulePenaltyCents: number;
  readonly skipPenaltyCents: number;
  /** What the optimiser minimises: travel cost + CO₂ shadow price + penalties. */
  readonly objectiveCents: number;
}

export interface LegSummary {
  readonly fromStopId: string | null;
  readonly toStopId: string | null;
  readonly metres: number;
  readonly seconds: number;
  readonly viaHome: boolean;
  readonly travelDays: number;
  readonly hotelNights: number;
}

export interface TourEvaluation {
  readonly feasible: boolean;
  readonly shows: readonly ScheduledShow[];
  readonly breakdown: CostBreakdown;
  readonly legs: readonly LegSummary[];
  readonly violations: readonly Violation[];
}

/**
 * Cost, CO₂ and rule violations of any tour, e.g. one the booker edited by drag and drop.
 * Compiling dominates (O(stops²) distances); pass a CompiledProblem to `evaluateCompiled` to reuse it.
 */
export function evaluateTour(problem: TourProblem, tour: Tour, options: CompileOptions = {}): TourEvaluation {
  return evaluateCompiled(compileProblem(problem, options), tour);
}

export function evaluateCompiled(cp: CompiledProblem, tour: Tour): TourEvaluation {
  const from = cp.problem.dateRange.from;
  const shows = [...tour.shows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const stops = shows.map((s) => cp.indexOf.get(s.stopId) ?? -1);
  // An invalid date string cannot be placed on the calendar: treat it as outside the range.
  const days = shows.map((s) => (isIsoDay(s.date) ? daysBetween(from, s.date) : -1));
  const violations: Violation[] = [];
  const legs: LegInfo[] = [];
  const score = assess(cp, stops, days, shows.length, {
    violation(rule, hard, penaltyCents, showIdx, stopIdx) {
      violations.push({
        rule,
        severity: hard ? 'hard' : 'soft',
        penaltyCents: Math.round(penaltyCents),
        stopIds: showIdx.length > 0 ? showIdx.map((i) => shows[i]!.stopId) : stopIdx.map((s) => cp.ids[s]!),
        dates: showIdx.map((i) => shows[i]!.date),
      });
    },
    leg(leg) {
      legs.push(leg);
    },
  });
  return {
    feasible: score.hard === 0,
    shows,
    breakdown: breakdownOf(cp, score, shows.length),
    legs: legs.map((leg) => ({
      fromStopId: leg.from < 0 ? null : shows[leg.from]!.stopId,
      toStopId: leg.to >= shows.length ? null : shows[leg.to]!.stopId,
      metres: Math.round(leg.metres),
      seconds: Math.round(leg.seconds),
      viaHome: leg.viaHome,
      travelDays: leg.travelDays,
      hotelNights: leg.hotelNights,
    })),
    violations,
  };
}

export function breakdownOf(cp: CompiledProblem, score: Score, shows: number): CostBreakdown {
  const distanceCostCents = Math.round(score.distanceCost);
  const vehicleHireCents = Math.round(score.hire);
  const hotelCents = Math.round(score.hotel);
  const perDiemCents = Math.round(score.perDiem);
  const co2Kg = Math.round(score.co2Grams / 100) / 10;
  const rulePenaltyCents = Math.round(score.softPenalty);
  const skipPenaltyCents = Math.round(score.skipPenalty);
  const travelCostCents = distanceCostCents + vehicleHireCents + hotelCents + perDiemCents;
  return {
    currency: cp.problem.currency,
    vehicle: cp.vehicleType,
    shows,
    metres: Math.round(score.metres),
    travelSeconds: Math.round(score.seconds),
    distanceCostCents,
    vehicleHireCents,
    hotelNights: score.hotelNights,
    hotelCents,
    perDiemDays: score.daysAway,
    perDiemCents,
    travelCostCents,
    co2Kg,
    weekendShows: score.preferredShows,
    rulePenaltyCents,
    skipPenaltyCents,
    objectiveCents:
      travelCostCents +
      Math.round((score.co2Grams / 1000) * cp.rules.co2PenaltyCentsPerKg) +
      rulePenaltyCents +
      skipPenaltyCents,
  };
}

/** Converts optimiser arrays (stop index, day index) to the public tour shape. */
export function toTour(
  cp: CompiledProblem,
  stops: ArrayLike<number>,
  days: ArrayLike<number>,
  n: number,
): Tour {
  const shows: ScheduledShow[] = [];
  for (let i = 0; i < n; i++) {
    shows.push({ stopId: cp.ids[stops[i]!]!, date: addDays(cp.problem.dateRange.from, days[i]!) });
  }
  return { shows };
}
