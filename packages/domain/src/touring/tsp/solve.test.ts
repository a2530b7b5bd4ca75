import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArrayTour } from './array-tour.ts';
import { greedyEdgeTour, nearestNeighbourTour } from './construct.ts';
import { type DistanceMatrix, matrixFromFunction, nearestNeighbours, tourLength } from './distance-matrix.ts';
import { mulberry32 } from './prng.ts';
import { solveTsp } from './solve.ts';

/** A clock that advances 1 ms per call: the budget becomes an iteration count, so runs are reproducible. */
function tickingClock(): () => number {
  let t = 0;
  return () => t++;
}

const points = (min: number, max: number) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })), {
    minLength: min,
    maxLength: max,
  });

function euclid(pts: readonly (readonly [number, number])[], kind: 'int' | 'float'): DistanceMatrix {
  return matrixFromFunction(
    pts.length,
    (i, j) => {
      const d = Math.hypot(pts[i]![0] - pts[j]![0], pts[i]![1] - pts[j]![1]);
      return kind === 'int' ? Math.round(d) : d;
    },
    kind,
  );
}

function isPermutation(tour: ArrayLike<number>, n: number): boolean {
  if (tour.length !== n) return false;
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = tour[i]!;
    if (c < 0 || c >= n || seen[c]) return false;
    seen[c] = 1;
  }
  return true;
}

function bruteForce(m: DistanceMatrix): number {
  const rest = Array.from({ length: m.n - 1 }, (_, i) => i + 1);
  let best = Number.POSITIVE_INFINITY;
  const permute = (k: number): void => {
    if (k === rest.length) {
      best = Math.min(best, tourLength(m, [0, ...rest]));
      return;
    }
    for (let i = k; i < rest.length; i++) {
      [rest[k], rest[i]] = [rest[i]!, rest[k]!];
      permute(k + 1);
      [rest[k], rest[i]] = [rest[i]!, rest[k]!];
    }
  };
  permute(0);
  return best;
}

describe('solveTsp', () => {
  it('returns a permutation whose reported length is its recomputed length, never worse than construction', () => {
    fc.assert(
      fc.property(
        points(0, 60),
        fc.integer(),
        fc.constantFrom<'int' | 'float'>('int', 'float'),
        (pts, seed, kind) => {
          const m = euclid(pts, kind);
          const result = solveTsp(m, { timeBudgetMs: 30, seed, clock: tickingClock() });
          expect(isPermutation(result.tour, m.n)).toBe(true);
          expect(result.length).toBeCloseTo(tourLength(m, result.tour), 6);
          expect(result.length).toBeLessThanOrEqual(result.constructionLength + 1e-6);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds the brute-force optimum of small instances', () => {
    fc.assert(
      fc.property(points(4, 8), fc.integer(), (pts, seed) => {
        const m = euclid(pts, 'int');
        const result = solveTsp(m, { timeBudgetMs: 200, seed, clock: tickingClock() });
        expect(result.length).toBe(bruteForce(m));
      }),
      { numRuns: 40 },
    );
  });

  it('solves a 9-city ring to its known optimum from a deliberately bad start', () => {
    const ring = Array.from(
      { length: 9 },
      (_, i) =>
        [
          Math.round(100 * Math.cos((2 * Math.PI * i) / 9)),
          Math.round(100 * Math.sin((2 * Math.PI * i) / 9)),
        ] as const,
    );
    const m = euclid(ring, 'int');
    const result = solveTsp(m, {
      timeBudgetMs: 50,
      clock: tickingClock(),
      initialTour: [0, 4, 8, 3, 7, 2, 6, 1, 5],
    });
    expect(result.length).toBe(tourLength(m, [0, 1, 2, 3, 4, 5, 6, 7, 8]));
    expect(result.length).toBe(bruteForce(m));
  });

  it('is deterministic for a seed and an iteration cap', () => {
    const rng = mulberry32(7);
    const pts = Array.from({ length: 120 }, () => [rng.int(1000), rng.int(1000)] as const);
    const m = euclid(pts, 'int');
    const run = () => solveTsp(m, { timeBudgetMs: 1e9, maxIterations: 300, seed: 42 });
    expect(Array.from(run().tour)).toEqual(Array.from(run().tour));
  });
});

describe('constructions and tour moves', () => {
  it('nearest neighbour and greedy edge give permutations', () => {
    fc.assert(
      fc.property(points(1, 50), (pts) => {
        const m = euclid(pts, 'int');
        expect(isPermutation(nearestNeighbourTour(m), m.n)).toBe(true);
        expect(isPermutation(greedyEdgeTour(m, nearestNeighbours(m, 5)), m.n)).toBe(true);
      }),
    );
  });

  it('moveSegment and reversePath keep a consistent permutation and inverse', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 30 }),
        fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
        (n, r) => {
          const tour = new ArrayTour(Array.from({ length: n }, (_, i) => i));
          const first = r[0]! % n;
          const len = 1 + (r[1]! % 3);
          const last = (first + len - 1) % n;
          const x = (last + 1 + (r[2]! % (n - len - 1))) % n; // x and next(x) are outside the segment
          const segment = Array.from({ length: len }, (_, k) => tour.order[(first + k) % n]!);
          tour.moveSegment(first, last, x, r[3]! % 2 === 0, new Int32Array(3));
          expect(isPermutation(tour.order, n)).toBe(true);
          for (let p = 0; p < n; p++) expect(tour.pos[tour.order[p]!]).toBe(p);
          const beside = r[3]! % 2 === 0 ? segment[0]! : segment[len - 1]!;
          expect(tour.next(x)).toBe(beside);
          tour.reversePath(r[4]! % n, (r[4]! + r[0]!) % n);
          expect(isPermutation(tour.order, n)).toBe(true);
          for (let p = 0; p < n; p++) expect(tour.pos[tour.order[p]!]).toBe(p);
        },
      ),
    );
  });
});
