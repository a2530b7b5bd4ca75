import type { CandidateMeta } from '../profiles/map-feed.ts';
import { type ForestSource, GenreForest } from './genre-forest.ts';

export const GENRE_SLOTS = 4;
export const NO_GENRE = 0xffff;

const COUNTRIES = ['FR', 'BE', 'CH', 'LU'] as const;
export const countryCode = (c: string) => Math.max(0, COUNTRIES.indexOf(c as (typeof COUNTRIES)[number]));
export const countryOf = (code: number) => COUNTRIES[code] ?? 'FR';

/** Shares equal string arrays (genre sets, categories) between profiles. */
export class ArrayPool {
  private readonly pool = new Map<string, readonly string[]>();
  intern(values: readonly string[]): readonly string[] {
    const key = values.join('\u0001');
    const known = this.pool.get(key);
    if (known) return known;
    const frozen = Object.freeze([...values]);
    this.pool.set(key, frozen);
    return frozen;
  }
}

export class StringPool {
  private readonly pool = new Map<string, string>();
  intern(value: string): string {
    const known = this.pool.get(value);
    if (known !== undefined) return known;
    this.pool.set(value, value);
    return value;
  }
}

function grow<T extends Float64Array | Uint8Array>(a: T, size: number, make: (n: number) => T): T {
  if (a.length >= size) return a;
  const b = make(Math.max(size, a.length * 2, 1024));
  b.set(a);
  return b;
}

/**
 * Struct-of-arrays storage of candidates: one slot per profile, scalar columns in typed arrays,
 * shared (interned) arrays for lists. Slots of deleted profiles are reused. A genre forest indexes
 * the slots for pruning; slots written after it was built are "dirty": the forest skips them and
 * queries scan them from the overflow list until the next rebuild.
 */
export abstract class SlotStore implements ForestSource {
  readonly ids: string[] = [];
  readonly names: string[] = [];
  readonly orgs: string[] = [];
  readonly cities: (string | null)[] = [];
  readonly categories: (readonly string[])[] = [];
  readonly genres: (readonly string[])[] = [];
  country = new Uint8Array(0);
  verified = new Uint8Array(0);
  alive = new Uint8Array(0);
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  capMin = new Float64Array(0);
  capMax = new Float64Array(0);
  priceMin = new Float64Array(0);
  priceMax = new Float64Array(0);
  /** 0 = EUR, 1 = CHF. */
  currency = new Uint8Array(0);

  /** Up to GENRE_SLOTS small genre ids per slot (NO_GENRE when unused); `manyGenres` marks overflow. */
  gids = new Uint16Array(0);
  manyGenres = new Uint8Array(0);
  /** 1 when the profile declared open days (the calendar criterion rewards them). */
  declared = new Uint8Array(0);
  readonly genreSlugs: string[] = [];
  private readonly genreIds = new Map<string, number>();

  private readonly slotOf = new Map<string, number>();
  private readonly free: number[] = [];
  protected readonly strings = new StringPool();
  protected readonly arrays = new ArrayPool();
  slots = 0;
  private live = 0;
  /** 1 for a slot written since the forest was built. */
  dirty = new Uint8Array(0);
  /** Dirty slots (each once), scanned by every query. */
  readonly overflow: number[] = [];
  private forestCache: GenreForest | null = null;

  get size(): number {
    return this.live;
  }

  /**
   * The genre forest, rebuilt when the overflow outgrows a small share of the store (a query
   * then scans at most a few thousand slots outside the forest).
   */
  forest(): GenreForest {
    if (!this.forestCache || this.overflow.length > Math.max(256, this.live >> 6)) this.rebuild();
    return this.forestCache!;
  }

  rebuild(): void {
    for (const i of this.overflow) this.dirty[i] = 0;
    this.overflow.length = 0;
    this.forestCache = new GenreForest(this, this.genreSlugs.length);
  }

  /** Marks a written slot: the forest no longer describes it. */
  protected touch(slot: number): void {
    if (this.dirty[slot] === 1) return;
    this.dirty[slot] = 1;
    this.overflow.push(slot);
  }

  genreIdsOf(slot: number, out: number[]): void {
    if (this.manyGenres[slot] === 1) {
      for (const g of this.genres[slot]!) out.push(this.genreId(g));
      return;
    }
    for (let j = 0; j < GENRE_SLOTS; j++) {
      const g = this.gids[slot * GENRE_SLOTS + j]!;
      if (g === NO_GENRE) return;
      out.push(g);
    }
  }

  abstract flagsOf(slot: number): number;
  abstract anchorsOf(slot: number, widen: (lat: number, lon: number) => void): void;
  has(id: string): boolean {
    return this.slotOf.has(id);
  }
  slot(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  protected allocate(id: string): number {
    const existing = this.slotOf.get(id);
    if (existing !== undefined) return existing;
    const slot = this.free.pop() ?? this.slots++;
    this.ensure(this.slots);
    this.slotOf.set(id, slot);
    this.live++;
    return slot;
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slotOf.delete(id);
    this.alive[slot] = 0;
    this.free.push(slot);
    this.live--;
    this.clearLists(slot);
    this.touch(slot);
    return true;
  }

  protected writeMeta(slot: number, meta: CandidateMeta, genres: readonly string[]): void {
    this.ids[slot] = meta.id;
    this.names[slot] = meta.name;
    this.orgs[slot] = this.strings.intern(meta.organisationId);
    this.cities[slot] = meta.city === null ? null : this.strings.intern(meta.city);
    this.categories[slot] = this.arrays.intern(meta.categories);
    this.genres[slot] = this.arrays.intern(genres);
    this.country[slot] = countryCode(meta.country);
    this.verified[slot] = meta.verified ? 1 : 0;
    this.alive[slot] = 1;
    this.manyGenres[slot] = genres.length > GENRE_SLOTS ? 1 : 0;
    for (let j = 0; j < GENRE_SLOTS; j++) {
      const g = genres[j];
      this.gids[slot * GENRE_SLOTS + j] = g === undefined ? NO_GENRE : this.genreId(g);
    }
    this.touch(slot);
  }

  genreId(slug: string): number {
    let id = this.genreIds.get(slug);
    if (id === undefined) {
      id = this.genreSlugs.length;
      this.genreSlugs.push(slug);
      this.genreIds.set(slug, id);
    }
    return id;
  }

  protected abstract clearLists(slot: number): void;

  private ensure(n: number): void {
    const f = (x: number) => new Float64Array(x);
    const u = (x: number) => new Uint8Array(x);
    this.country = grow(this.country, n, u);
    this.verified = grow(this.verified, n, u);
    this.alive = grow(this.alive, n, u);
    this.lat = grow(this.lat, n, f);
    this.lon = grow(this.lon, n, f);
    this.capMin = grow(this.capMin, n, f);
    this.capMax = grow(this.capMax, n, f);
    this.priceMin = grow(this.priceMin, n, f);
    this.priceMax = grow(this.priceMax, n, f);
    this.currency = grow(this.currency, n, u);
    this.manyGenres = grow(this.manyGenres, n, u);
    this.declared = grow(this.declared, n, u);
    this.dirty = grow(this.dirty, n, u);
    if (this.gids.length < n * GENRE_SLOTS) {
      const g = new Uint16Array(Math.max(n, (this.gids.length / GENRE_SLOTS) * 2, 1024) * GENRE_SLOTS).fill(
        NO_GENRE,
      );
      g.set(this.gids);
      this.gids = g;
    }
  }

  /** Metadata of a slot, for presenting results. */
  metaAt(slot: number): CandidateMeta {
    return {
      id: this.ids[slot]!,
      organisationId: this.orgs[slot]!,
      name: this.names[slot]!,
      country: countryOf(this.country[slot]!),
      city: this.cities[slot] ?? null,
      verified: this.verified[slot] === 1,
      categories: this.categories[slot] ?? [],
    };
  }
}
