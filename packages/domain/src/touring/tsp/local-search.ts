import type { ArrayTour } from './array-tour.ts';
import type { DistanceMatrix } from './distance-matrix.ts';

/** Improvements smaller than this are ignored so float matrices cannot cycle on rounding noise. */
const EPS = 1e-9;
const MAX_SEGMENT = 3;

/**
 * 2-opt + Or-opt local search driven by neighbour lists and don't-look bits: only cities in the work
 * queue are examined, and a city re-enters the queue only when one of its tour edges changes.
 */
export class LocalSearch {
  private readonly queue: Int32Array;
  private readonly queued: Uint8Array;
  private head = 0;
  private size = 0;
  private readonly buffer = new Int32Array(MAX_SEGMENT);
  private readonly segment = new Int32Array(MAX_SEGMENT);

  constructor(
    private readonly matrix: DistanceMatrix,
    private readonly neighbours: { k: number; list: Int32Array },
  ) {
    this.queue = new Int32Array(matrix.n);
    this.queued = new Uint8Array(matrix.n);
  }

  push(city: number): void {
    if (this.queued[city]) return;
    this.queued[city] = 1;
    const n = this.queue.length;
    let tail = this.head + this.size;
    if (tail >= n) tail -= n;
    this.queue[tail] = city;
    this.size++;
  }

  pushAll(): void {
    for (let c = 0; c < this.matrix.n; c++) this.push(c);
  }

  /** Runs until no queued city yields an improving move; returns the total gain (≥ 0). */
  run(tour: ArrayTour): number {
    let gain = 0;
    if (tour.n < 4) {
      this.clear();
      return 0;
    }
    while (this.size > 0) {
      const a = this.queue[this.head]!;
      if (++this.head === this.queue.length) this.head = 0;
      this.size--;
      this.queued[a] = 0;
      const g = this.improveTwoOpt(tour, a) || this.improveOrOpt(tour, a);
      if (g > 0) {
        gain += g;
        this.push(a);
      }
    }
    return gain;
  }

  private clear(): void {
    while (this.size > 0) {
      this.queued[this.queue[this.head]!] = 0;
      if (++this.head === this.queue.length) this.head = 0;
      this.size--;
    }
  }

  private improveTwoOpt(tour: ArrayTour, a: number): number {
    const { n, data } = this.matrix;
    const { k, list } = this.neighbours;
    for (let dir = 0; dir < 2; dir++) {
      const b = dir === 0 ? tour.next(a) : tour.prev(a);
      const dab = data[a * n + b]!;
      for (let q = 0; q < k; q++) {
        const c = list[a * k + q]!;
        const dac = data[a * n + c]!;
        if (dac >= dab - EPS) break;
        const d = dir === 0 ? tour.next(c) : tour.prev(c);
        if (c === b || d === a) continue;
        const delta = dac + data[b * n + d]! - dab - data[c * n + d]!;
        if (delta < -EPS) {
          // New edges (a,c) and (b,d): reverse the path between b and c.
          if (dir === 0) tour.reversePath(b, c);
          else tour.reversePath(c, b);
          this.push(a);
          this.push(b);
          this.push(c);
          this.push(d);
          return -delta;
        }
      }
    }
    return 0;
  }

  /** Moves a segment of 1–3 cities starting at `a` (either direction) next to one of a's neighbours. */
  private improveOrOpt(tour: ArrayTour, a: number): number {
    const { n, data } = this.matrix;
    const { k, list } = this.neighbours;
    // With L moved cities the remaining path needs ≥ 3 cities for a distinct insertion edge.
    const maxLen = Math.min(MAX_SEGMENT, n - 3);
    const seg = this.segment;
    for (let dir = 0; dir < 2; dir++) {
      let end = a;
      for (let len = 1; len <= maxLen; len++) {
        if (len > 1) end = dir === 0 ? tour.next(end) : tour.prev(end);
        seg[len - 1] = end;
        const p = dir === 0 ? tour.prev(a) : tour.next(a);
        const nx = dir === 0 ? tour.next(end) : tour.prev(end);
        const removeGain = data[p * n + a]! + data[end * n + nx]! - data[p * n + nx]!;
        if (removeGain <= EPS) continue;
        for (let q = 0; q < k; q++) {
          const c = list[a * k + q]!;
          const dac = data[a * n + c]!;
          if (dac >= removeGain - EPS) break;
          if (contains(seg, len, c)) continue;
          for (let side = 0; side < 2; side++) {
            const e = side === 0 ? tour.next(c) : tour.prev(c);
            if (contains(seg, len, e)) continue;
            const delta = dac + data[end * n + e]! - data[c * n + e]! - removeGain;
            if (delta >= -EPS) continue;
            const first = dir === 0 ? tour.pos[a]! : tour.pos[end]!;
            const last = dir === 0 ? tour.pos[end]! : tour.pos[a]!;
            const x = side === 0 ? c : e;
            // `a` must end beside c: when c is x, the array-first city must be a, else it must be `end`.
            const firstIsA = dir === 0;
            tour.moveSegment(first, last, x, side === 0 ? firstIsA : !firstIsA, this.buffer);
            this.push(p);
            this.push(nx);
            this.push(c);
            this.push(e);
            this.push(end);
            return -delta;
          }
        }
      }
    }
    return 0;
  }
}

function contains(seg: Int32Array, len: number, city: number): boolean {
  for (let i = 0; i < len; i++) if (seg[i] === city) return true;
  return false;
}
