/**
 * One k-d tree per genre over the slots of a store (a slot sits in the tree of each of its
 * genres; slots without genres in one more tree). A query bounds the genre-affinity criterion
 * exactly per tree (the best similarity of that genre with the request), and capacity, price and
 * distance per node from the node's summary, so best-first branch-and-bound reaches the top-k
 * after opening a few leaves. Nodes split on the dimension whose spread is worth the most points.
 */

/** Leaves hold at most this many postings. */
const LEAF = 8;
export const FLAG_HISTORY = 1;
export const FLAG_DECLARED = 2;

/** What the forest reads from a store when it is built. */
export interface ForestSource {
  readonly slots: number;
  readonly alive: Uint8Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly capMin: Float64Array;
  readonly capMax: Float64Array;
  readonly priceMin: Float64Array;
  readonly priceMax: Float64Array;
  /** Genre ids of a slot (possibly more than the packed columns hold). */
  genreIdsOf(slot: number, out: number[]): void;
  /** FLAG_HISTORY | FLAG_DECLARED of a slot. */
  flagsOf(slot: number): number;
  /** Calls `widen` for every other point the geography criterion may measure from (routing anchors). */
  anchorsOf(slot: number, widen: (lat: number, lon: number) => void): void;
}

export class GenreForest {
  /** Root node of each genre id's tree; index `genres` is the tree of slots without genres. */
  readonly roots: Int32Array;
  readonly postings: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** First child (the second is `left + 1`), -1 for a leaf. */
  readonly left: Int32Array;
  readonly minLat: Float64Array;
  readonly maxLat: Float64Array;
  readonly minLon: Float64Array;
  readonly maxLon: Float64Array;
  readonly minCapMin: Float64Array;
  readonly maxCapMax: Float64Array;
  readonly minPriceMin: Float64Array;
  readonly maxPriceMax: Float64Array;
  readonly flags: Uint8Array;
  readonly nodes: number;

  constructor(s: ForestSource, genres: number) {
    const lists: number[][] = Array.from({ length: genres + 1 }, () => []);
    const ids: number[] = [];
    for (let i = 0; i < s.slots; i++) {
      if (s.alive[i] !== 1) continue;
      ids.length = 0;
      s.genreIdsOf(i, ids);
      if (ids.length === 0) lists[genres]!.push(i);
      // a profile may list a genre twice: it is posted once per tree
      for (let j = 0; j < ids.length; j++) if (ids.indexOf(ids[j]!) === j) lists[ids[j]!]!.push(i);
    }
    let total = 0;
    for (const l of lists) total += l.length;
    const postings = new Int32Array(total);
    // a binary tree over n postings with leaves of ≤ LEAF has fewer than 4n/LEAF + 2 nodes
    const cap = 4 * Math.ceil(total / LEAF) + 2 * lists.length + 2;
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.left = new Int32Array(cap);
    const f = () => new Float64Array(cap);
    this.minLat = f();
    this.maxLat = f();
    this.minLon = f();
    this.maxLon = f();
    this.minCapMin = f();
    this.maxCapMax = f();
    this.minPriceMin = f();
    this.maxPriceMax = f();
    this.flags = new Uint8Array(cap);
    this.roots = new Int32Array(lists.length);
    let at = 0;
    let nodes = 0;
    const key = new Float64Array(s.slots);
    const build = (n: number, lo: number, hi: number): void => {
      this.summarise(s, n, postings, lo, hi);
      this.start[n] = lo;
      this.end[n] = hi;
      this.left[n] = -1;
      if (hi - lo <= LEAF) return;
      // spreads in points the criteria can lose: capacity and price on a log scale, distance
      const spreads = [
        16 * Math.log2(Math.max(1, this.maxCapMax[n]!) / Math.max(1, this.minCapMin[n]!)),
        12 * Math.log2(Math.max(1, this.maxPriceMax[n]!) / Math.max(1, this.minPriceMin[n]!)),
        1.4 * (this.maxLat[n]! - this.minLat[n]!),
        1.0 * (this.maxLon[n]! - this.minLon[n]!),
      ];
      const dim = spreads.indexOf(Math.max(...spreads));
      const column = [s.capMax, s.priceMax, s.lat, s.lon][dim]!;
      for (let j = lo; j < hi; j++) key[postings[j]!] = column[postings[j]!]!;
      const mid = (lo + hi) >> 1;
      select(postings, key, lo, hi - 1, mid);
      const l = nodes;
      nodes += 2;
      this.left[n] = l;
      build(l, lo, mid);
      build(l + 1, mid, hi);
    };
    for (let g = 0; g < lists.length; g++) {
      const list = lists[g]!;
      if (list.length === 0) {
        this.roots[g] = -1;
        continue;
      }
      const lo = at;
      for (const i of list) postings[at++] = i;
      const root = nodes++;
      this.roots[g] = root;
      build(root, lo, at);
    }
    this.nodes = nodes;
    this.postings = postings;
  }

  private summarise(s: ForestSource, n: number, postings: Int32Array, lo: number, hi: number): void {
    let minLat = Number.POSITIVE_INFINITY;
    let maxLat = Number.NEGATIVE_INFINITY;
    let minLon = Number.POSITIVE_INFINITY;
    let maxLon = Number.NEGATIVE_INFINITY;
    let minCap = Number.POSITIVE_INFINITY;
    let maxCap = Number.NEGATIVE_INFINITY;
    let minPrice = Number.POSITIVE_INFINITY;
    let maxPrice = Number.NEGATIVE_INFINITY;
    let flags = 0;
    const widen = (lat: number, lon: number) => {
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
    };
    for (let j = lo; j < hi; j++) {
      const i = postings[j]!;
      widen(s.lat[i]!, s.lon[i]!);
      s.anchorsOf(i, widen);
      if (s.capMin[i]! < minCap) minCap = s.capMin[i]!;
      if (s.capMax[i]! > maxCap) maxCap = s.capMax[i]!;
      if (s.priceMin[i]! < minPrice) minPrice = s.priceMin[i]!;
      if (s.priceMax[i]! > maxPrice) maxPrice = s.priceMax[i]!;
      flags |= s.flagsOf(i);
    }
    this.minLat[n] = minLat;
    this.maxLat[n] = maxLat;
    this.minLon[n] = minLon;
    this.maxLon[n] = maxLon;
    this.minCapMin[n] = minCap;
    this.maxCapMax[n] = maxCap;
    this.minPriceMin[n] = minPrice;
    this.maxPriceMax[n] = maxPrice;
    this.flags[n] = flags;
  }
}

/** Reorders `a[lo..hi]` so that `a[k]` holds the element of rank k by `key` (Hoare's selection). */
function select(a: Int32Array, key: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const pivot = key[a[(lo + hi) >> 1]!]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (key[a[i]!]! < pivot) i++;
      while (key[a[j]!]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
