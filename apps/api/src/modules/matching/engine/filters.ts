import { genreRelation } from '@flowstage/domain/matching';
import type { GenreForest } from '../index/genre-forest.ts';
import type { SlotStore } from '../index/slot-store.ts';
import { countryCode } from '../index/slot-store.ts';
import { boxLowerBoundMetres } from './bounds.ts';
import { haversineDegrees } from './geo.ts';

/** Filters a user sets on a search (hard filters, applied before ranking). */
export interface CandidateFilter {
  readonly countries?: readonly string[] | undefined;
  /** From the request's reference point (the artist's home base, the venue, the event). */
  readonly maxDistanceMetres?: number | undefined;
  /** The candidate's capacity range must reach this size … */
  readonly capacityAtLeast?: number | undefined;
  /** … and start at or below this one. */
  readonly capacityAtMost?: number | undefined;
  /** The candidate's price range (venue budget, artist fee, day rate) must reach this amount … */
  readonly priceAtLeastCents?: number | undefined;
  /** … and start at or below this one. */
  readonly priceAtMostCents?: number | undefined;
  /** One of the candidate's genres is one of these or a sub-genre of one. */
  readonly genres?: readonly string[] | undefined;
  /** Venue types, act types, specialities… (the catalogue's categories). */
  readonly categories?: readonly string[] | undefined;
  readonly verifiedOnly?: boolean | undefined;
  /** Never propose the caller's own profiles. */
  readonly excludeOrganisationId?: string | undefined;
  /** In tenths of a point. */
  readonly minScoreTenths?: number | undefined;
}

/** A filter compiled against a store, with per-request caches keyed by the interned arrays. */
export class CompiledFilter {
  private readonly countries: Set<number> | null;
  private readonly genreCache = new Map<readonly string[], boolean>();
  private readonly categoryCache = new Map<readonly string[], boolean>();

  constructor(
    readonly f: CandidateFilter,
    readonly originLat: number,
    readonly originLon: number,
  ) {
    this.countries = f.countries && f.countries.length > 0 ? new Set(f.countries.map(countryCode)) : null;
  }

  /** False when no candidate under the forest node can pass. */
  node(t: GenreForest, n: number): boolean {
    const f = this.f;
    if (f.maxDistanceMetres !== undefined) {
      const d = boxLowerBoundMetres(
        this.originLat,
        this.originLon,
        t.minLat[n]!,
        t.maxLat[n]!,
        t.minLon[n]!,
        t.maxLon[n]!,
      );
      if (d > f.maxDistanceMetres) return false;
    }
    if (f.capacityAtLeast !== undefined && t.maxCapMax[n]! < f.capacityAtLeast) return false;
    if (f.capacityAtMost !== undefined && t.minCapMin[n]! > f.capacityAtMost) return false;
    if (f.priceAtLeastCents !== undefined && t.maxPriceMax[n]! < f.priceAtLeastCents) return false;
    if (f.priceAtMostCents !== undefined && t.minPriceMin[n]! > f.priceAtMostCents) return false;
    return true;
  }

  candidate(s: SlotStore, i: number): boolean {
    const f = this.f;
    if (this.countries && !this.countries.has(s.country[i]!)) return false;
    if (f.verifiedOnly && s.verified[i] !== 1) return false;
    if (f.excludeOrganisationId !== undefined && s.orgs[i] === f.excludeOrganisationId) return false;
    if (f.capacityAtLeast !== undefined && s.capMax[i]! < f.capacityAtLeast) return false;
    if (f.capacityAtMost !== undefined && s.capMin[i]! > f.capacityAtMost) return false;
    if (f.priceAtLeastCents !== undefined && s.priceMax[i]! < f.priceAtLeastCents) return false;
    if (f.priceAtMostCents !== undefined && s.priceMin[i]! > f.priceAtMostCents) return false;
    if (
      f.maxDistanceMetres !== undefined &&
      haversineDegrees(this.originLat, this.originLon, s.lat[i]!, s.lon[i]!) > f.maxDistanceMetres
    ) {
      return false;
    }
    if (f.genres && f.genres.length > 0 && !this.genresMatch(s.genres[i]!)) return false;
    if (f.categories && f.categories.length > 0 && !this.categoriesMatch(s.categories[i]!)) return false;
    return true;
  }

  private genresMatch(genres: readonly string[]): boolean {
    const known = this.genreCache.get(genres);
    if (known !== undefined) return known;
    const wanted = this.f.genres ?? [];
    const ok = genres.some((g) => wanted.some((w) => g === w || genreRelation(g, w) === 'parent'));
    this.genreCache.set(genres, ok);
    return ok;
  }

  private categoriesMatch(categories: readonly string[]): boolean {
    const known = this.categoryCache.get(categories);
    if (known !== undefined) return known;
    const wanted = this.f.categories ?? [];
    const ok = categories.some((c) => wanted.includes(c));
    this.categoryCache.set(categories, ok);
    return ok;
  }
}
