export type { Collector, LegInfo, RuleCode, Score } from './plan/assess.ts';
export { type CompiledProblem, type CompileOptions, compileProblem } from './plan/compile.ts';
export type { Conflict } from './plan/diagnose.ts';
export {
  type DistanceProvider,
  haversineMetres,
  haversineProvider,
  ROAD_CIRCUITY,
  type TravelLeg,
} from './plan/distance.ts';
export {
  type CostBreakdown,
  evaluateCompiled,
  evaluateTour,
  type LegSummary,
  type TourEvaluation,
  type Violation,
} from './plan/evaluate.ts';
export { naivePlan } from './plan/naive.ts';
export {
  type PlanOptions,
  type PlanResult,
  type PlanVariant,
  planTour,
  type Savings,
  type VariantKind,
} from './plan/plan.ts';
export {
  type CostOverrides,
  type CountryCode,
  DEFAULT_RULES,
  type Festival,
  type GeoPoint,
  type IsoDay,
  type Place,
  type RuleSettings,
  type ScheduledShow,
  type Stop,
  type TimeWindow,
  type Tour,
  type TourProblem,
  type TravelMatrixInput,
  type VehicleType,
} from './plan/problem.ts';
export { type ValidationCode, type ValidationError, validateProblem } from './plan/validate.ts';
export {
  STAY_COSTS,
  type StayCosts,
  VEHICLE_PROFILES,
  type VehicleProfile,
  vehicleProfilesOn,
} from './plan/vehicles.ts';
export { ArrayTour } from './tsp/array-tour.ts';
export { greedyEdgeTour, nearestNeighbourTour } from './tsp/construct.ts';
export {
  type DistanceMatrix,
  matrixFromFunction,
  nearestNeighbours,
  tourLength,
} from './tsp/distance-matrix.ts';
export { mulberry32, type Rng } from './tsp/prng.ts';
export { solveTsp, type TspOptions, type TspResult } from './tsp/solve.ts';
export {
  euc2dMatrix,
  parseOptima,
  parseTsplib,
  type TsplibInstance,
  type TsplibParseResult,
} from './tsp/tsplib.ts';
