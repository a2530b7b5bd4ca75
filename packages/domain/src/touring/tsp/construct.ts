import type { DistanceMatrix } from './distance-matrix.ts';

/** Nearest-neighbour tour from `start`: O(n²), typically 20–25 % above optimal; used as a baseline. */
export function nearestNeighbourTour(matrix: DistanceMatrix, start = 0): Int32Array {
  const { n, data } = matrix;
  const tour = new Int32Array(n);
  if (n === 0) return tour;
  const visited = new Uint8Array(n);
  let current = start;
  visited[current] = 1;
  tour[0] = current;
  for (let k = 1; k < n; k++) {
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    const row = current * n;
    for (let j = 0; j < n; j++) {
      if (visited[j]) continue;
      const d = data[row + j]!;
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    }
    visited[best] = 1;
    tour[k] = best;
    current = best;
  }
  return tour;
}

/**
 * Greedy-edge (greedy matching) construction: take edges shortest first, never giving a city degree 3
 * nor closing a cycle early. Typically 14–20 % above optimal, a better start than nearest neighbour.
 * Candidate edges are limited to each city's `candidates` (k nearest); leftovers are joined greedily.
 */
export function greedyEdgeTour(
  matrix: DistanceMatrix,
  candidates: { k: number; list: Int32Array },
): Int32Array {
  const { n, data } = matrix;
  if (n <= 3) return Int32Array.from({ length: n }, (_, i) => i);
  const { k, list } = candidates;
  const edgeA: number[] = [];
  const edgeB: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let q = 0; q < k; q++) {
      const j = list[i * k + q]!;
      if (i < j) {
        edgeA.push(i);
        edgeB.push(j);
      } else if (!isCandidate(list, k, j, i)) {
        edgeA.push(j);
        edgeB.push(i);
      }
    }
  }
  const order = Array.from(edgeA.keys()).sort(
    (x, y) => data[edgeA[x]! * n + edgeB[x]!]! - data[edgeA[y]! * n + edgeB[y]!]! || x - y,
  );
  const degree = new Uint8Array(n);
  const link0 = new Int32Array(n).fill(-1);
  const link1 = new Int32Array(n).fill(-1);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[x] !== r) {
      const nx = parent[x]!;
      parent[x] = r;
      x = nx;
    }
    return r;
  };
  const addEdge = (a: number, b: number): void => {
    if (link0[a]! < 0) link0[a] = b;
    else link1[a] = b;
    if (link0[b]! < 0) link0[b] = a;
    else link1[b] = a;
    degree[a] = degree[a]! + 1;
    degree[b] = degree[b]! + 1;
    parent[find(a)] = find(b);
  };
  let edges = 0;
  for (const e of order) {
    const a = edgeA[e]!;
    const b = edgeB[e]!;
    if (degree[a]! >= 2 || degree[b]! >= 2 || find(a) === find(b)) continue;
    addEdge(a, b);
    if (++edges === n - 1) break;
  }
  // Join the remaining path fragments: from a free endpoint, link to the nearest endpoint of another fragment.
  while (edges < n - 1) {
    let a = -1;
    for (let i = 0; i < n && a < 0; i++) if (degree[i]! < 2) a = i;
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    const ra = find(a);
    for (let j = 0; j < n; j++) {
      if (degree[j]! >= 2 || find(j) === ra) continue;
      const d = data[a * n + j]!;
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    }
    addEdge(a, best);
    edges++;
  }
  // Walk the Hamiltonian path from one endpoint.
  let start = 0;
  while (degree[start]! === 2) start++;
  const tour = new Int32Array(n);
  let prev = -1;
  let cur = start;
  for (let p = 0; p < n; p++) {
    tour[p] = cur;
    const nx = link0[cur] !== prev ? link0[cur]! : link1[cur]!;
    prev = cur;
    cur = nx;
  }
  return tour;
}

function isCandidate(list: Int32Array, k: number, i: number, j: number): boolean {
  for (let q = 0; q < k; q++) if (list[i * k + q] === j) return true;
  return false;
}
