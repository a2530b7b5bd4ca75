import { ArrayTour } from './array-tour.ts';
import { greedyEdgeTour } from './construct.ts';
import { type DistanceMatrix, nearestNeighbours, tourLength } from './distance-matrix.ts';
import { LocalSearch } from './local-search.ts';
import { mulberry32, type Rng } from './prng.ts';

export interface TspOptions {
  /** Wall-clock budget for the anytime improvement loop, in milliseconds. */
  readonly timeBudgetMs: number;
  readonly seed?: number;
  /** Monotonic clock in ms; injectable so tests stay deterministic. Defaults to performance.now(). */
  readonly clock?: () => number;
  /** Hard cap on perturbation rounds (useful for reproducible runs independent of machine speed). */
  readonly maxIterations?: number;
  /** Size of the neighbour lists (default 10). */
  readonly neighbours?: number;
  /** Optional starting tour (a permutation of 0..n-1); defaults to a greedy-edge construction. */
  readonly initialTour?: ArrayLike<number>;
}

export interface TspResult {
  readonly tour: Int32Array;
  readonly length: number;
  readonly constructionLength: number;
  readonly iterations: number;
}

/** Longest segment moved by the localized double-bridge; local kicks keep each round cheap. */
const MAX_KICK_SEGMENT = 50;

/**
 * Symmetric TSP: greedy-edge construction, 2-opt + Or-opt local search, then iterated local search with
 * a localized double-bridge kick (swap two adjacent short segments) until the budget ends. Returns the
 * best tour found; the same seed and iteration count give the same tour.
 */
export function solveTsp(matrix: DistanceMatrix, options: TspOptions): TspResult {
  const { n } = matrix;
  const clock = options.clock ?? (() => performance.now());
  const start = clock();
  const neighbours = nearestNeighbours(matrix, options.neighbours ?? 10);
  const initial = options.initialTour ?? greedyEdgeTour(matrix, neighbours);
  const constructionLength = tourLength(matrix, initial);
  if (n <= 3)
    return { tour: Int32Array.from(initial), length: constructionLength, iterations: 0, constructionLength };

  const rng = mulberry32(options.seed ?? 1);
  const search = new LocalSearch(matrix, neighbours);
  const current = new ArrayTour(initial);
  search.pushAll();
  let currentLength = constructionLength - search.run(current);
  const accepted = new ArrayTour(current.order);
  const best = new ArrayTour(current.order);
  let bestLength = currentLength;
  const maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY;
  const scratch = new Int32Array(2 * MAX_KICK_SEGMENT);
  let iterations = 0;
  while (iterations < maxIterations && clock() - start < options.timeBudgetMs && n >= 4) {
    iterations++;
    const kickDelta = doubleBridgeKick(current, matrix, rng, search, scratch);
    const length = currentLength + kickDelta - search.run(current);
    if (length <= currentLength + 1e-9) {
      // Sideways moves are accepted: they let the search drift across plateaus of equal length.
      currentLength = length;
      accepted.copyFrom(current);
      if (length < bestLength - 1e-9) {
        bestLength = length;
        best.copyFrom(current);
      }
    } else {
      current.copyFrom(accepted);
    }
  }
  // Recompute from scratch so the reported length never carries float drift from incremental deltas.
  return { tour: best.order, length: tourLength(matrix, best.order), constructionLength, iterations };
}

/**
 * Double bridge A B C D → A C B D restricted to two adjacent segments B, C of random length ≤ 50:
 * it changes three edges no sequential 2-opt/Or-opt move can undo, and only around one place.
 * Returns the change in tour length and queues the six touched cities.
 */
function doubleBridgeKick(
  tour: ArrayTour,
  matrix: DistanceMatrix,
  rng: Rng,
  search: LocalSearch,
  scratch: Int32Array,
): number {
  const { n, data } = matrix;
  const maxSeg = Math.max(1, Math.min(MAX_KICK_SEGMENT, Math.floor((n - 2) / 2)));
  const lenB = 1 + rng.int(maxSeg);
  const lenC = 1 + rng.int(maxSeg);
  const p0 = rng.int(n);
  const { order, pos } = tour;
  const at = (p: number): number => order[(p0 + p) % n]!;
  const a = at(0);
  const b0 = at(1);
  const b1 = at(lenB);
  const c0 = at(lenB + 1);
  const c1 = at(lenB + lenC);
  const d = at(lenB + lenC + 1);
  const delta =
    data[a * n + c0]! +
    data[c1 * n + b0]! +
    data[b1 * n + d]! -
    data[a * n + b0]! -
    data[b1 * n + c0]! -
    data[c1 * n + d]!;
  for (let k = 0; k < lenC; k++) scratch[k] = at(lenB + 1 + k);
  for (let k = 0; k < lenB; k++) scratch[lenC + k] = at(1 + k);
  for (let k = 0; k < lenB + lenC; k++) {
    const p = (p0 + 1 + k) % n;
    const city = scratch[k]!;
    order[p] = city;
    pos[city] = p;
  }
  for (const city of [a, b0, b1, c0, c1, d]) search.push(city);
  return delta;
}
