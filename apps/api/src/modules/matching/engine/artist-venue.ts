import {
  type ArtistsForVenueRequest,
  type ArtistVenueConfig,
  genreAffinity,
  genreSimilarity,
  scoreOnly,
  type VenuesForArtistRequest,
} from '@flowstage/domain/matching';
import type { ArtistStore, VenueStore } from '../index/av-stores.ts';
import { FLAG_DECLARED, FLAG_HISTORY, type GenreForest } from '../index/genre-forest.ts';
import { GENRE_SLOTS, NO_GENRE, type SlotStore } from '../index/slot-store.ts';
import { BoundHeap } from './bound-heap.ts';
import {
  boxLowerBoundMetres,
  budgetFit,
  budgetUB,
  capacityUB,
  EPS,
  linearDecayUB,
  rangeGapRatio,
  tenths,
} from './bounds.ts';
import { type CandidateFilter, CompiledFilter } from './filters.ts';
import { haversineDegrees } from './geo.ts';
import { TopK } from './top-k.ts';

export interface EngineStats {
  blocks: number;
  blocksVisited: number;
  bounded: number;
  scored: number;
}
export interface EngineResult {
  readonly top: readonly { t: number; id: string; slot: number }[];
  readonly stats: EngineStats;
}

/** Friday or Saturday (UTC day of a 'YYYY-MM-DD'). */
function weekendNight(day: string): boolean {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w === 5 || w === 6;
}

/**
 * Best calendar sub-score any date can give: 0.55 + declared open by the venue 0.2 + by the artist
 * 0.1 + weekend 0.15; `declared` gives both sides' parts for a day.
 */
function calendarUB(dates: readonly string[], declared: (day: string) => number): number {
  let best = 0;
  for (const d of dates) best = Math.max(best, 0.55 + declared(d) + (weekendNight(d) ? 0.15 : 0));
  return Math.min(1, best + EPS);
}

/** sim[i·G + g]: similarity of the request's i-th genre with the store's genre id g; best[g]: its maximum. */
function similarityTable(
  store: SlotStore,
  genres: readonly string[],
): { sim: Float64Array; best: Float64Array; G: number } {
  const G = store.genreSlugs.length;
  const sim = new Float64Array(genres.length * G);
  const best = new Float64Array(G);
  for (let i = 0; i < genres.length; i++) {
    for (let g = 0; g < G; g++) {
      const x = genreSimilarity(genres[i]!, store.genreSlugs[g]!);
      sim[i * G + g] = x;
      if (x > best[g]!) best[g] = x;
    }
  }
  return { sim, best, G };
}

/** Affinity points bound of each genre tree: a candidate's affinity is at most its best genre's. */
function treeAffinity(forest: GenreForest, best: Float64Array, weight: number): Float64Array {
  const trees = forest.roots.length;
  const out = new Float64Array(trees);
  // the last tree holds candidates without genres: affinity 0
  for (let g = 0; g < trees - 1; g++) out[g] = tenths(weight, best[g]! + EPS);
  return out;
}

/**
 * The genre tree a slot is ranked from: its genre of highest `best` (smallest id on ties), so a
 * slot listed under several genres is scored once, from the tree whose affinity bound is its own.
 */
function homeTree(s: SlotStore, i: number, best: Float64Array, noGenre: number, scratch: number[]): number {
  scratch.length = 0;
  s.genreIdsOf(i, scratch);
  let home = noGenre;
  let top = -1;
  for (const g of scratch) {
    const x = best[g] ?? 0;
    if (x > top || (x === top && g < home)) {
      top = x;
      home = g;
    }
  }
  return home;
}

const HEAP = new BoundHeap();
const SCRATCH: number[] = [];

/**
 * Exact top-k by the scoring core with best-first branch-and-bound over the store's genre forest:
 * the open item (tree node or candidate) of highest upper bound is taken next; a node opens into
 * its children or its candidates, a candidate is rebuilt and scored by `scoreOnly`. It stops when
 * no open bound reaches the current k-th score, so it equals an exhaustive ranking. Slots written
 * since the forest was built are bounded from the overflow list.
 */
export function runBranchAndBound(
  s: SlotStore,
  k: number,
  filter: CompiledFilter,
  best: Float64Array,
  nodeBound: (forest: GenreForest, n: number, tree: number) => number,
  candidateBound: (i: number, threshold: number) => number,
  exact: (i: number) => number,
): EngineResult {
  const forest = s.forest();
  const noGenre = forest.roots.length - 1;
  const heap = HEAP;
  heap.clear();
  const top = new TopK(k);
  const minT = filter.f.minScoreTenths ?? 0;
  const need = () => Math.max(top.threshold, minT);
  const stats: EngineStats = { blocks: forest.nodes, blocksVisited: 0, bounded: 0, scored: 0 };
  const open = (n: number, tree: number) => {
    if (!filter.node(forest, n)) return;
    const ub = nodeBound(forest, n, tree);
    if (ub >= need()) heap.push(ub, -n - 1, tree);
  };
  const offer = (i: number) => {
    if (!filter.candidate(s, i)) return;
    stats.bounded++;
    const threshold = need();
    const cb = candidateBound(i, threshold);
    if (cb >= threshold) heap.push(cb, i, 0);
  };
  for (let g = 0; g <= noGenre; g++) if (forest.roots[g]! >= 0) open(forest.roots[g]!, g);
  for (const i of s.overflow) if (s.alive[i] === 1) offer(i);
  while (heap.size > 0 && heap.topKey() >= need()) {
    const ref = heap.topRef();
    const tree = heap.topTag();
    heap.pop();
    if (ref >= 0) {
      stats.scored++;
      const score = exact(ref);
      if (score < 0) continue;
      const t = Math.round(score * 10);
      if (t >= minT) top.offer(t, s.ids[ref]!, ref);
      continue;
    }
    const n = -ref - 1;
    stats.blocksVisited++;
    const l = forest.left[n]!;
    if (l >= 0) {
      open(l, tree);
      open(l + 1, tree);
      continue;
    }
    for (let j = forest.start[n]!; j < forest.end[n]!; j++) {
      const i = forest.postings[j]!;
      if (s.alive[i] !== 1 || s.dirty[i] === 1) continue;
      if (tree !== noGenre && homeTree(s, i, best, noGenre, SCRATCH) !== tree) continue;
      offer(i);
    }
  }
  return { top: top.items, stats };
}

export function venuesForArtist(
  venues: VenueStore,
  request: VenuesForArtistRequest,
  config: ArtistVenueConfig,
  k: number,
  f: CandidateFilter,
): EngineResult {
  const a = request.artist;
  const p = config.params;
  const w = config.weights;
  const pts = [a.homeBase, ...a.bookedShows];
  const cur = a.fee.currency === 'CHF' ? 1 : 0;
  const artistDeclared = (d: string) => (a.availability.available?.includes(d) ? 0.1 : 0);
  // calendar + exclusivity points when the venue declared open days / did not
  const calT = [0, 0.2].map(
    (v) =>
      tenths(
        w.calendar,
        calendarUB(request.dates, (d) => v + artistDeclared(d)),
      ) + tenths(w.exclusivity, 1),
  );
  const geoMaxT = tenths(w.geography, 1);
  const geoT = (d: number) => tenths(w.geography, linearDecayUB(d, p.geoFullMetres, p.geoZeroMetres));
  const historyT = (has: boolean) => tenths(w.history, has ? 1 : 0.3 + EPS);
  const { sim, best, G } = similarityTable(venues, a.genres);
  const nA = a.genres.length;
  const filter = new CompiledFilter(f, a.homeBase.lat, a.homeBase.lon);
  const capT = (ratio: number, tooBig: boolean) =>
    ratio >= p.capacityHardRatio + EPS
      ? -1
      : tenths(w.capacity, capacityUB(ratio, tooBig, p.capacityZeroRatioTooBig, p.capacityZeroRatioTooSmall));

  const affT = treeAffinity(venues.forest(), best, w.affinity);
  const nodeBound = (t: GenreForest, n: number, tree: number): number => {
    let cap: number;
    if (t.minCapMin[n]! > a.capacity.max) cap = capT(t.minCapMin[n]! / Math.max(1, a.capacity.max), true);
    else if (t.maxCapMax[n]! < a.capacity.min)
      cap = capT(a.capacity.min / Math.max(1, t.maxCapMax[n]!), false);
    else cap = tenths(w.capacity, 1);
    if (cap < 0) return -1;
    const budgetMax = t.maxPriceMax[n]!;
    if (a.fee.minCents > p.budgetHardRatio * budgetMax + EPS) return -1;
    const money = tenths(w.budget, budgetUB(a.fee.minCents, a.fee.maxCents, budgetMax, p.budgetHardRatio));
    let dmin = Number.POSITIVE_INFINITY;
    for (const x of pts) {
      const d = boxLowerBoundMetres(x.lat, x.lon, t.minLat[n]!, t.maxLat[n]!, t.minLon[n]!, t.maxLon[n]!);
      if (d < dmin) dmin = d;
    }
    const flags = t.flags[n]!;
    return (
      cap +
      money +
      calT[flags & FLAG_DECLARED ? 1 : 0]! +
      geoT(dmin) +
      affT[tree]! +
      historyT((flags & FLAG_HISTORY) !== 0)
    );
  };

  const candidateBound = (i: number, need: number): number => {
    const s = venues;
    if (s.currency[i] !== cur) return -1;
    const ratio = rangeGapRatio(s.capMin[i]!, s.capMax[i]!, a.capacity.min, a.capacity.max);
    const cap = capT(ratio, s.capMin[i]! > a.capacity.max);
    if (cap < 0) return -1;
    const budgetMax = s.priceMax[i]!;
    if (a.fee.minCents > p.budgetHardRatio * budgetMax + EPS) return -1;
    const money = tenths(
      w.budget,
      budgetFit(a.fee.minCents, a.fee.maxCents, budgetMax, p.budgetHardRatio) + EPS,
    );
    let aff: number;
    if (s.manyGenres[i] === 1) aff = genreAffinity(a.genres, s.genres[i]!);
    else if (nA === 0 || s.gids[i * GENRE_SLOTS] === NO_GENRE) aff = 0;
    else {
      // the core's genreAffinity on genre ids: 70 % best pair, 30 % mean of each artist genre's best
      let top = 0;
      let sum = 0;
      for (let x = 0; x < nA; x++) {
        let bx = 0;
        for (let j = 0; j < GENRE_SLOTS; j++) {
          const g = s.gids[i * GENRE_SLOTS + j]!;
          if (g === NO_GENRE) break;
          const v = sim[x * G + g]!;
          if (v > bx) bx = v;
        }
        sum += bx;
        if (bx > top) top = bx;
      }
      aff = 0.7 * top + (0.3 * sum) / nA;
    }
    const partial =
      cap +
      money +
      tenths(w.affinity, aff + EPS) +
      calT[s.declared[i]!]! +
      historyT(s.history[i]!.length > 0);
    if (partial + geoMaxT < need) return partial + geoMaxT; // cannot qualify: skip the distance
    let dmin = Number.POSITIVE_INFINITY;
    for (const x of pts) {
      const d = haversineDegrees(x.lat, x.lon, s.lat[i]!, s.lon[i]!) - 1;
      if (d < dmin) dmin = d;
    }
    return partial + geoT(dmin);
  };

  const exact = (i: number) => scoreOnly(request, venues.profile(i), config);
  return runBranchAndBound(venues, k, filter, best, nodeBound, candidateBound, exact);
}

export function artistsForVenue(
  artists: ArtistStore,
  request: ArtistsForVenueRequest,
  config: ArtistVenueConfig,
  k: number,
  f: CandidateFilter,
): EngineResult {
  const v = request.venue;
  const p = config.params;
  const w = config.weights;
  const cur = v.budget.currency === 'CHF' ? 1 : 0;
  const venueDeclared = (d: string) => (v.availability.available?.includes(d) ? 0.2 : 0);
  // calendar + exclusivity points when the artist declared open days / did not
  const calT = [0, 0.1].map(
    (x) =>
      tenths(
        w.calendar,
        calendarUB(request.dates, (d) => x + venueDeclared(d)),
      ) + tenths(w.exclusivity, 1),
  );
  const geoMaxT = tenths(w.geography, 1);
  const geoT = (d: number) => tenths(w.geography, linearDecayUB(d, p.geoFullMetres, p.geoZeroMetres));
  const history = tenths(w.history, v.history.length > 0 ? 1 : 0.3 + EPS);
  const { best } = similarityTable(artists, v.genres);
  const filter = new CompiledFilter(f, v.location.lat, v.location.lon);
  const B = v.budget.maxCents;
  const capT = (ratio: number, tooBig: boolean) =>
    ratio >= p.capacityHardRatio + EPS
      ? -1
      : tenths(w.capacity, capacityUB(ratio, tooBig, p.capacityZeroRatioTooBig, p.capacityZeroRatioTooSmall));

  const affT = treeAffinity(artists.forest(), best, w.affinity);
  const nodeBound = (t: GenreForest, n: number, tree: number): number => {
    let cap: number;
    // the venue is too big for every artist of the node, or too small for every one
    if (v.capacity.min > t.maxCapMax[n]!) cap = capT(v.capacity.min / Math.max(1, t.maxCapMax[n]!), true);
    else if (v.capacity.max < t.minCapMin[n]!)
      cap = capT(t.minCapMin[n]! / Math.max(1, v.capacity.max), false);
    else cap = tenths(w.capacity, 1);
    const feeMin = t.minPriceMin[n]!;
    if (cap < 0 || feeMin > p.budgetHardRatio * B + EPS) return -1;
    const money = tenths(w.budget, budgetUB(feeMin, feeMin, B, p.budgetHardRatio));
    const d = boxLowerBoundMetres(
      v.location.lat,
      v.location.lon,
      t.minLat[n]!,
      t.maxLat[n]!,
      t.minLon[n]!,
      t.maxLon[n]!,
    );
    return cap + money + calT[t.flags[n]! & FLAG_DECLARED ? 1 : 0]! + geoT(d) + affT[tree]! + history;
  };

  const candidateBound = (i: number, need: number): number => {
    const s = artists;
    if (s.currency[i] !== cur) return -1;
    const ratio = rangeGapRatio(v.capacity.min, v.capacity.max, s.capMin[i]!, s.capMax[i]!);
    const cap = capT(ratio, v.capacity.min > s.capMax[i]!);
    if (cap < 0 || s.priceMin[i]! > p.budgetHardRatio * B + EPS) return -1;
    const money = tenths(w.budget, budgetFit(s.priceMin[i]!, s.priceMax[i]!, B, p.budgetHardRatio) + EPS);
    let aff: number;
    if (s.manyGenres[i] === 1 || v.genres.length === 0) aff = genreAffinity(s.genres[i]!, v.genres);
    else {
      // the artist's genres against the venue's: best[g] is each artist genre's best match
      let top = 0;
      let sum = 0;
      let n = 0;
      for (let j = 0; j < GENRE_SLOTS; j++) {
        const g = s.gids[i * GENRE_SLOTS + j]!;
        if (g === NO_GENRE) break;
        const bx = best[g]!;
        sum += bx;
        n++;
        if (bx > top) top = bx;
      }
      aff = n === 0 ? 0 : 0.7 * top + (0.3 * sum) / n;
    }
    const partial = cap + money + tenths(w.affinity, aff + EPS) + calT[s.declared[i]!]! + history;
    if (partial + geoMaxT < need) return partial + geoMaxT;
    let dmin = haversineDegrees(v.location.lat, v.location.lon, s.lat[i]!, s.lon[i]!) - 1;
    for (const x of s.shows[i]!)
      dmin = Math.min(dmin, haversineDegrees(v.location.lat, v.location.lon, x.lat, x.lon) - 1);
    return partial + geoT(dmin);
  };

  const exact = (i: number) => scoreOnly(request, artists.profile(i), config);
  return runBranchAndBound(artists, k, filter, best, nodeBound, candidateBound, exact);
}
