import {
  type ArtistProfile,
  type ArtistsForVenueRequest,
  type ArtistVenueConfig,
  genreAffinity,
  genreSimilarity,
  scoreOnly,
  type VenuesForArtistRequest,
} from '@flowstage/domain/matching';
import type { ArtistStore, VenueStore } from '../index/av-stores.ts';
import { BLOCK_SHIFT, BLOCK_SIZE, type SlotStore } from '../index/slot-store.ts';
import {
  boxLowerBoundMetres,
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
 * 0.1 + weekend 0.15; `declared` gives the known side's part plus the other side's maximum.
 */
function calendarUB(dates: readonly string[], declared: (day: string) => number): number {
  let best = 0;
  for (const d of dates) best = Math.max(best, 0.55 + declared(d) + (weekendNight(d) ? 0.15 : 0));
  return Math.min(1, best + EPS);
}

/** Anchors of the artist's routing: home base and booked shows (a lower bound of the distance). */
function anchors(a: ArtistProfile): { lat: number; lon: number }[] {
  return [a.homeBase, ...a.bookedShows];
}

/** Upper bound of the best-pair genre similarity between a genre set and the request's genres. */
function pairBound(cache: Map<string, number>, g: string, requestGenres: readonly string[]): number {
  let s = cache.get(g);
  if (s === undefined) {
    s = 0;
    for (const r of requestGenres) s = Math.max(s, genreSimilarity(r, g));
    cache.set(g, s);
  }
  return s;
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
  candidateBound: (i: number) => number,
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
      const cb = candidateBound(i);
      if (cb < 0 || cb < top.threshold || cb < minT) continue;
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
  const pts = anchors(a);
  const cur = a.fee.currency === 'CHF' ? 1 : 0;
  const cal = calendarUB(request.dates, (d) => 0.2 + (a.availability.available?.includes(d) ? 0.1 : 0));
  const fixed = tenths(w.calendar, cal) + tenths(w.exclusivity, 1);
  const geoT = (minDistance: number) =>
    tenths(w.geography, linearDecayUB(minDistance, p.geoFullMetres, p.geoZeroMetres));
  const pairCache = new Map<string, number>();
  const affinityCache = new Map<readonly string[], number>();
  const historyT = (has: boolean) => tenths(w.history, has ? 1 : 0.3 + EPS);
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
    let aff = 0;
    for (const g of s.bGenres[b] ?? []) aff = Math.max(aff, pairBound(pairCache, g, a.genres));
    let dmin = Number.POSITIVE_INFINITY;
    for (const x of pts) {
      dmin = Math.min(
        dmin,
        boxLowerBoundMetres(x.lat, x.lon, s.bMinLat[b]!, s.bMaxLat[b]!, s.bMinLon[b]!, s.bMaxLon[b]!),
      );
    }
    return (
      cap + money + fixed + geoT(dmin) + tenths(w.affinity, aff + EPS) + historyT((s.bFlags[b]! & 1) === 1)
    );
  };

  const candidateBound = (i: number): number => {
    const s = venues;
    if (s.currency[i] !== cur) return -1;
    const ratio = rangeGapRatio(s.capMin[i]!, s.capMax[i]!, a.capacity.min, a.capacity.max);
    const cap = capT(ratio, s.capMin[i]! > a.capacity.max);
    if (cap < 0) return -1;
    const budgetMax = s.priceMax[i]!;
    if (a.fee.minCents > p.budgetHardRatio * budgetMax + EPS) return -1;
    const money = tenths(w.budget, budgetUB(a.fee.minCents, a.fee.maxCents, budgetMax, p.budgetHardRatio));
    const genres = s.genres[i]!;
    let aff = affinityCache.get(genres);
    if (aff === undefined) {
      aff = genreAffinity(a.genres, genres);
      affinityCache.set(genres, aff);
    }
    let dmin = Number.POSITIVE_INFINITY;
    for (const x of pts) dmin = Math.min(dmin, haversineDegrees(x.lat, x.lon, s.lat[i]!, s.lon[i]!) - 1);
    return (
      cap + money + fixed + geoT(dmin) + tenths(w.affinity, aff + EPS) + historyT(s.history[i]!.length > 0)
    );
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
  const cal = calendarUB(request.dates, (d) => 0.1 + (v.availability.available?.includes(d) ? 0.2 : 0));
  const fixed = tenths(w.calendar, cal) + tenths(w.exclusivity, 1);
  const geoT = (minDistance: number) =>
    tenths(w.geography, linearDecayUB(minDistance, p.geoFullMetres, p.geoZeroMetres));
  const history = tenths(w.history, v.history.length > 0 ? 1 : 0.3 + EPS);
  const pairCache = new Map<string, number>();
  const affinityCache = new Map<readonly string[], number>();
  const filter = new CompiledFilter(f, v.location.lat, v.location.lon);
  const B = v.budget.maxCents;

  const capT = (ratio: number, tooBig: boolean) =>
    ratio >= p.capacityHardRatio + EPS
      ? -1
      : tenths(w.capacity, capacityUB(ratio, tooBig, p.capacityZeroRatioTooBig, p.capacityZeroRatioTooSmall));
  const moneyT = (feeMin: number, feeMax: number) =>
    feeMin > p.budgetHardRatio * B + EPS
      ? -1
      : tenths(w.budget, budgetUB(feeMin, feeMax, B, p.budgetHardRatio));

  const blockBound = (b: number): number => {
    const s = artists;
    let cap: number;
    // venue too big for every artist of the block / too small for every one
    if (v.capacity.min > s.bMaxCapMax[b]!) cap = capT(v.capacity.min / Math.max(1, s.bMaxCapMax[b]!), true);
    else if (v.capacity.max < s.bMinCapMin[b]!)
      cap = capT(s.bMinCapMin[b]! / Math.max(1, v.capacity.max), false);
    else cap = tenths(w.capacity, 1);
    const money = moneyT(s.bMinPriceMin[b]!, s.bMinPriceMin[b]!);
    if (cap < 0 || money < 0) return -1;
    let aff = 0;
    for (const g of s.bGenres[b] ?? []) aff = Math.max(aff, pairBound(pairCache, g, v.genres));
    const dmin = boxLowerBoundMetres(
      v.location.lat,
      v.location.lon,
      s.bMinLat[b]!,
      s.bMaxLat[b]!,
      s.bMinLon[b]!,
      s.bMaxLon[b]!,
    );
    return cap + money + fixed + geoT(dmin) + tenths(w.affinity, aff + EPS) + history;
  };

  const candidateBound = (i: number): number => {
    const s = artists;
    if (s.currency[i] !== cur) return -1;
    const ratio = rangeGapRatio(v.capacity.min, v.capacity.max, s.capMin[i]!, s.capMax[i]!);
    const cap = capT(ratio, v.capacity.min > s.capMax[i]!);
    const money = moneyT(s.priceMin[i]!, s.priceMax[i]!);
    if (cap < 0 || money < 0) return -1;
    const genres = s.genres[i]!;
    let aff = affinityCache.get(genres);
    if (aff === undefined) {
      aff = genreAffinity(genres, v.genres);
      affinityCache.set(genres, aff);
    }
    let dmin = haversineDegrees(v.location.lat, v.location.lon, s.lat[i]!, s.lon[i]!) - 1;
    for (const x of s.shows[i]!)
      dmin = Math.min(dmin, haversineDegrees(v.location.lat, v.location.lon, x.lat, x.lon) - 1);
    return cap + money + fixed + geoT(dmin) + tenths(w.affinity, aff + EPS) + history;
  };

  const exact = (i: number) => scoreOnly(request, artists.profile(i), config);
  return runBranchAndBound(artists, k, filter, blockBound, candidateBound, exact);
}
