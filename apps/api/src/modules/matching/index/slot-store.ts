import type { CandidateMeta } from '../profiles/map-feed.ts';

/** Slots per block: block summaries let a query skip 64 candidates with one bound. */
export const BLOCK_SHIFT = 6;
export const BLOCK_SIZE = 1 << BLOCK_SHIFT;
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
 * shared (interned) arrays for lists. Slots of deleted profiles are reused. Each block of 64 slots
 * keeps a summary (bounding box, capacity and price extremes, genre union) that only ever widens
 * on writes, so it stays a sound bound for pruning without being recomputed.
 */
export abstract class SlotStore {
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

  // block summaries
  bMinLat = new Float64Array(0);
  bMaxLat = new Float64Array(0);
  bMinLon = new Float64Array(0);
  bMaxLon = new Float64Array(0);
  bMinCapMin = new Float64Array(0);
  bMaxCapMax = new Float64Array(0);
  bMinPriceMin = new Float64Array(0);
  bMaxPriceMax = new Float64Array(0);
  /** bit 0: some candidate has history records. */
  bFlags = new Uint8Array(0);
  readonly bGenres: Set<number>[] = [];
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

  get size(): number {
    return this.live;
  }
  get blocks(): number {
    return (this.slots + BLOCK_SIZE - 1) >> BLOCK_SHIFT;
  }
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

  /** Widens the block summary with a slot's values (after a write, or when rebuilding). */
  protected summarise(slot: number): void {
    const b = slot >> BLOCK_SHIFT;
    const set = this.bGenres[b] ?? new Set<number>();
    for (const g of this.genres[slot]!) set.add(this.genreId(g));
    this.bGenres[b] = set;
    this.widenScalars(slot);
    this.summariseExtra(slot);
  }

  protected abstract summariseExtra(slot: number): void;
  /** The subclass's per-slot list columns, permuted together with the base columns. */
  protected abstract lists(): unknown[][];

  /**
   * Re-sorts the slots by a clustering key (neighbours in a block share capacity, price, genre
   * family and area, so block bounds are tight) and rebuilds exact block summaries.
   */
  recluster(key: (slot: number) => number): void {
    const order: number[] = [];
    for (let i = 0; i < this.slots; i++) if (this.alive[i] === 1) order.push(i);
    const keys = new Float64Array(this.slots);
    for (const i of order) keys[i] = key(i);
    order.sort((a, b) => keys[a]! - keys[b]! || (this.ids[a]! < this.ids[b]! ? -1 : 1));
    const permute = <T extends Float64Array | Uint8Array>(a: T): T => {
      const out = a.slice() as T; // same kind and length as the input
      for (let j = 0; j < order.length; j++) out[j] = a[order[j]!]!;
      return out;
    };
    this.country = permute(this.country);
    this.verified = permute(this.verified);
    this.alive = permute(this.alive);
    this.lat = permute(this.lat);
    this.lon = permute(this.lon);
    this.capMin = permute(this.capMin);
    this.capMax = permute(this.capMax);
    this.priceMin = permute(this.priceMin);
    this.priceMax = permute(this.priceMax);
    this.currency = permute(this.currency);
    this.manyGenres = permute(this.manyGenres);
    this.declared = permute(this.declared);
    const gids = this.gids.slice();
    for (let j = 0; j < order.length; j++) {
      for (let g = 0; g < GENRE_SLOTS; g++)
        gids[j * GENRE_SLOTS + g] = this.gids[order[j]! * GENRE_SLOTS + g]!;
    }
    this.gids = gids;
    for (const list of [
      this.ids,
      this.names,
      this.orgs,
      this.cities,
      this.categories,
      this.genres,
      ...this.lists(),
    ]) {
      const copy = order.map((i) => list[i]);
      list.length = 0;
      list.push(...copy);
    }
    this.slotOf.clear();
    this.free.length = 0;
    this.slots = order.length;
    for (let j = 0; j < order.length; j++) this.slotOf.set(this.ids[j]!, j);
    this.alive.fill(0, order.length);
    this.resetBlocks();
    for (let j = 0; j < order.length; j++) this.summarise(j);
  }

  private resetBlocks(): void {
    this.bMinLat.fill(Number.POSITIVE_INFINITY);
    this.bMaxLat.fill(Number.NEGATIVE_INFINITY);
    this.bMinLon.fill(Number.POSITIVE_INFINITY);
    this.bMaxLon.fill(Number.NEGATIVE_INFINITY);
    this.bMinCapMin.fill(Number.POSITIVE_INFINITY);
    this.bMaxCapMax.fill(Number.NEGATIVE_INFINITY);
    this.bMinPriceMin.fill(Number.POSITIVE_INFINITY);
    this.bMaxPriceMax.fill(Number.NEGATIVE_INFINITY);
    this.bFlags.fill(0);
    this.bGenres.length = 0;
  }

  protected widen(slot: number, lat: number, lon: number): void {
    const b = slot >> BLOCK_SHIFT;
    if (lat < this.bMinLat[b]!) this.bMinLat[b] = lat;
    if (lat > this.bMaxLat[b]!) this.bMaxLat[b] = lat;
    if (lon < this.bMinLon[b]!) this.bMinLon[b] = lon;
    if (lon > this.bMaxLon[b]!) this.bMaxLon[b] = lon;
  }

  protected widenScalars(slot: number): void {
    const b = slot >> BLOCK_SHIFT;
    if (this.capMin[slot]! < this.bMinCapMin[b]!) this.bMinCapMin[b] = this.capMin[slot]!;
    if (this.capMax[slot]! > this.bMaxCapMax[b]!) this.bMaxCapMax[b] = this.capMax[slot]!;
    if (this.priceMin[slot]! < this.bMinPriceMin[b]!) this.bMinPriceMin[b] = this.priceMin[slot]!;
    if (this.priceMax[slot]! > this.bMaxPriceMax[b]!) this.bMaxPriceMax[b] = this.priceMax[slot]!;
    this.widen(slot, this.lat[slot]!, this.lon[slot]!);
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
    if (this.gids.length < n * GENRE_SLOTS) {
      const g = new Uint16Array(Math.max(n, (this.gids.length / GENRE_SLOTS) * 2, 1024) * GENRE_SLOTS).fill(
        NO_GENRE,
      );
      g.set(this.gids);
      this.gids = g;
    }
    const blocks = (n + BLOCK_SIZE - 1) >> BLOCK_SHIFT;
    const before = this.bMinLat.length;
    if (blocks <= before) return;
    this.bMinLat = grow(this.bMinLat, blocks, f);
    this.bMaxLat = grow(this.bMaxLat, blocks, f);
    this.bMinLon = grow(this.bMinLon, blocks, f);
    this.bMaxLon = grow(this.bMaxLon, blocks, f);
    this.bMinCapMin = grow(this.bMinCapMin, blocks, f);
    this.bMaxCapMax = grow(this.bMaxCapMax, blocks, f);
    this.bMinPriceMin = grow(this.bMinPriceMin, blocks, f);
    this.bMaxPriceMax = grow(this.bMaxPriceMax, blocks, f);
    this.bFlags = grow(this.bFlags, blocks, u);
    // new blocks start empty: extremes at their neutral values
    for (let b = before; b < this.bMinLat.length; b++) {
      this.bMinLat[b] = Number.POSITIVE_INFINITY;
      this.bMaxLat[b] = Number.NEGATIVE_INFINITY;
      this.bMinLon[b] = Number.POSITIVE_INFINITY;
      this.bMaxLon[b] = Number.NEGATIVE_INFINITY;
      this.bMinCapMin[b] = Number.POSITIVE_INFINITY;
      this.bMaxCapMax[b] = Number.NEGATIVE_INFINITY;
      this.bMinPriceMin[b] = Number.POSITIVE_INFINITY;
      this.bMaxPriceMax[b] = Number.NEGATIVE_INFINITY;
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
