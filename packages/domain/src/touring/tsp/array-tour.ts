/**
 * A tour as an array (position → city) plus its inverse (city → position). For n ≤ ~1000 the O(n)
 * worst case of a reversal is cheap and this beats linked structures on constant factors.
 */
export class ArrayTour {
  readonly n: number;
  readonly order: Int32Array;
  readonly pos: Int32Array;

  constructor(initial: ArrayLike<number>) {
    this.n = initial.length;
    this.order = Int32Array.from(initial);
    this.pos = new Int32Array(this.n);
    for (let p = 0; p < this.n; p++) this.pos[this.order[p]!] = p;
  }

  next(city: number): number {
    const p = this.pos[city]! + 1;
    return this.order[p === this.n ? 0 : p]!;
  }

  prev(city: number): number {
    const p = this.pos[city]!;
    return this.order[p === 0 ? this.n - 1 : p - 1]!;
  }

  /** Copies another tour of the same size into this one. */
  copyFrom(other: ArrayTour): void {
    this.order.set(other.order);
    this.pos.set(other.pos);
  }

  /**
   * Reverses the path from city `a` to city `b` (following next()). Reversing the complementary path
   * yields the same cycle, so the shorter of the two is reversed.
   */
  reversePath(a: number, b: number): void {
    const { n, order, pos } = this;
    let i = pos[a]!;
    let j = pos[b]!;
    let len = j - i;
    if (len < 0) len += n;
    len += 1;
    if (2 * len > n) {
      const ni = j + 1 === n ? 0 : j + 1;
      j = i === 0 ? n - 1 : i - 1;
      i = ni;
      len = n - len;
    }
    for (let s = len >> 1; s > 0; s--) {
      const ci = order[i]!;
      const cj = order[j]!;
      order[i] = cj;
      pos[cj] = i;
      order[j] = ci;
      pos[ci] = j;
      if (++i === n) i = 0;
      if (--j < 0) j = n - 1;
    }
  }

  /**
   * Moves the segment occupying array positions first..last (cyclic, at most a few cities) between the
   * adjacent cities x and y = next(x), which lie outside it. `firstNextToX` chooses the orientation:
   * the city now at `first` ends up beside x. Shifts whichever side between segment and gap is shorter.
   */
  moveSegment(first: number, last: number, x: number, firstNextToX: boolean, buffer: Int32Array): void {
    const { n, order, pos } = this;
    let len = last - first;
    if (len < 0) len += n;
    len += 1;
    for (let k = 0; k < len; k++) {
      const p = first + k;
      buffer[firstNextToX ? k : len - 1 - k] = order[p >= n ? p - n : p]!;
    }
    const px = pos[x]!;
    const py = px + 1 === n ? 0 : px + 1;
    let forward = px - last;
    if (forward < 0) forward += n;
    let backward = first - py;
    if (backward < 0) backward += n;
    if (forward <= backward) {
      let src = last + 1 === n ? 0 : last + 1;
      let dst = first;
      for (let k = 0; k < forward; k++) {
        const c = order[src]!;
        order[dst] = c;
        pos[c] = dst;
        if (++src === n) src = 0;
        if (++dst === n) dst = 0;
      }
      for (let k = 0; k < len; k++) {
        const c = buffer[k]!;
        order[dst] = c;
        pos[c] = dst;
        if (++dst === n) dst = 0;
      }
    } else {
      let src = first === 0 ? n - 1 : first - 1;
      let dst = last;
      for (let k = 0; k < backward; k++) {
        const c = order[src]!;
        order[dst] = c;
        pos[c] = dst;
        if (--src < 0) src = n - 1;
        if (--dst < 0) dst = n - 1;
      }
      for (let k = len - 1; k >= 0; k--) {
        const c = buffer[k]!;
        order[dst] = c;
        pos[c] = dst;
        if (--dst < 0) dst = n - 1;
      }
    }
  }
}
