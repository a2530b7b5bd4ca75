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
