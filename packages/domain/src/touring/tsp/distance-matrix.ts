/**
 * A square, symmetric distance matrix stored row-major in one typed array: d(i, j) = data[i * n + j].
 * Int32Array suits TSPLIB's rounded distances (exact sums); Float64Array suits metres or seconds.
 */
export interface DistanceMatrix {
  readonly n: number;
  readonly data: Int32Array | Float64Array;
}

export function matrixFromFunction(
  n: number,
  distance: (i: number, j: number) => number,
  kind: 'int' | 'float' = 'float',
): DistanceMatrix {
  const data = kind === 'int' ? new Int32Array(n * n) : new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = distance(i, j);
      data[i * n + j] = d;
      data[j * n + i] = d;
    }
  }
  return { n, data };
}

/** Length of the closed tour (the return to the first city is included). */
export function tourLength(matrix: DistanceMatrix, tour: ArrayLike<number>): number {
  const { n, data } = matrix;
  const m = tour.length;
  let total = 0;
  for (let k = 0; k < m; k++) {
    const a = tour[k]!;
    const b = tour[k + 1 === m ? 0 : k + 1]!;
    total += data[a * n + b]!;
  }
  return total;
}

/** The k nearest other cities of every city, nearest first, flattened: row i is [i * k, (i + 1) * k). */
export function nearestNeighbours(matrix: DistanceMatrix, k: number): { k: number; list: Int32Array } {
  const { n, data } = matrix;
  const kk = Math.max(0, Math.min(k, n - 1));
  const list = new Int32Array(n * kk);
  const dist = new Float64Array(kk);
  for (let i = 0; i < n; i++) {
    let size = 0;
    const row = i * kk;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const d = data[i * n + j]!;
      if (size === kk && d >= dist[kk - 1]!) continue;
      // Insertion into the small sorted top-k list: O(n * k) per row, cheaper than sorting rows.
      let p = size < kk ? size++ : kk - 1;
      while (p > 0 && dist[p - 1]! > d) {
        dist[p] = dist[p - 1]!;
        list[row + p] = list[row + p - 1]!;
        p--;
      }
      dist[p] = d;
      list[row + p] = j;
    }
  }
  return { k: kk, list };
}
