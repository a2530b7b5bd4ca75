import {
  type ArtistsForVenueRequest,
  type ArtistVenueConfig,
  genreAffinity,
  genreSimilarity,
  scoreOnly,
  type VenuesForArtistRequest,
} from '@flowstage/domain/matching';
import type { ArtistStore, VenueStore } from '../index/av-stores.ts';
import { BLOCK_SHIFT, BLOCK_SIZE, GENRE_SLOTS, NO_GENRE, type SlotStore } from '../index/slot-store.ts';
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

/** sim[i·G + g]: similarity of the request's i-th genre with the store's genre id g. */
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

/** Block bound of the best genre pair: the best similarity of any genre in the block's union. */
function unionBound(store: SlotStore, b: number, best: Float64Array): number {
  let x = 0;
  for (const g of store.bGenres[b] ?? []) if (best[g]! > x) x = best[g]!;
  return x;
}

/**
 * Exact top-k by the scoring core with branch-and-bound: blocks are visited by decreasing upper
 * bound, candidates are bounded from their columns, and only those whose bound reaches the
 * current k-th score are rebuilt and scored by `scoreOnly`. Equal to an exhaustive ranking.
 */
export function runBranchAndBound(
  s: SlotStore,
  k: number,
  filter: CompiledFilter,
  blockBound: (b: number) => number,
  candidateBound: (i: number, threshold: number) => number,
  exact: (i: number) => number,
): EngineResult {
  const nBlocks = s.blocks;
  const order: { b: number; ub: number }[] = [];
  for (let b = 0; b < nBlocks; b++) {
    if (!filter.block(s, b)) continue;
    const ub = blockBound(b);
    if (ub >= 0) order.push({ b, ub });
  }
  order.sort((x, y) => y.ub - x.ub);
  const top = new TopK(k);
  const minT = filter.f.minScoreTenths ?? 0;
  const stats: EngineStats = { blocks: nBlocks, blocksVisited: 0, bounded: 0, scored: 0 };
  for (const { b, ub } of order) {
    if (ub < top.threshold || ub < minT) break;
    stats.blocksVisited++;
    const end = Math.min(s.slots, (b + 1) * BLOCK_SIZE);
    for (let i = b << BLOCK_SHIFT; i < end; i++) {
      if (s.alive[i] !== 1 || !filter.candidate(s, i)) continue;
      stats.bounded++;
      const need = Math.max(top.threshold, minT);
      const cb = candidateBound(i, need);
      if (cb < 0 || cb < need) continue;
      stats.scored++;
      const score = exact(i);
      if (score < 0) continue;
      const t = Math.round(score * 10);
      if (t >= minT) top.offer(t, s.ids[i]!, i);
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

  const blockBound = (b: number): number => {
    const s = venues;
    let cap: number;
    if (s.bMinCapMin[b]! > a.capacity.max) cap = capT(s.bMinCapMin[b]! / Math.max(1, a.capacity.max), true);
    else if (s.bMaxCapMax[b]! < a.capacity.min)
      cap = capT(a.capacity.min / Math.max(1, s.bMaxCapMax[b]!), false);
    else cap = tenths(w.capacity, 1);
    if (cap < 0) return -1;
    const budgetMax = s.bMaxPriceMax[b]!;
    if (a.fee.minCents > p.budgetHardRatio * budgetMax + EPS) return -1;
    const money = tenths(w.budget, budgetUB(a.fee.minCents, a.fee.maxCents, budgetMax, p.budgetHardRatio));
    let dmin = Number.POSITIVE_INFINITY;
    for (const x of pts) {
      const d = boxLowerBoundMetres(x.lat, x.lon, s.bMinLat[b]!, s.bMaxLat[b]!, s.bMinLon[b]!, s.bMaxLon[b]!);
      if (d < dmin) dmin = d;
    }
    const aff = tenths(w.affinity, unionBound(s, b, best) + EPS);
    return cap + money + calT[1]! + geoT(dmin) + aff + historyT((s.bFlags[b]! & 1) === 1);
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
  return runBranchAndBound(venues, k, filter, blockBound, candidateBound, exact);
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

  const blockBound = (b: number): number => {
    const s = artists;
    let cap: number;
    // the venue is too big for every artist of the block, or too small for every one
    if (v.capacity.min > s.bMaxCapMax[b]!) cap = capT(v.capacity.min / Math.max(1, s.bMaxCapMax[b]!), true);
    else if (v.capacity.max < s.bMinCapMin[b]!)
      cap = capT(s.bMinCapMin[b]! / Math.max(1, v.capacity.max), false);
    else cap = tenths(w.capacity, 1);
    const feeMin = s.bMinPriceMin[b]!;
    if (cap < 0 || feeMin > p.budgetHardRatio * B + EPS) return -1;
    const money = tenths(w.budget, budgetUB(feeMin, feeMin, B, p.budgetHardRatio));
    const d = boxLowerBoundMetres(
      v.location.lat,
      v.location.lon,
      s.bMinLat[b]!,
      s.bMaxLat[b]!,
      s.bMinLon[b]!,
      s.bMaxLon[b]!,
    );
    return cap + money + calT[1]! + geoT(d) + tenths(w.affinity, unionBound(s, b, best) + EPS) + history;
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
  return runBranchAndBound(artists, k, filter, blockBound, candidateBound, exact);
}
