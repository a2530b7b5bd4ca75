import type { CandidateMeta } from '../profiles/map-feed.ts';

/** Slots per block: block summaries let a query skip 64 candidates with one bound. */
export const BLOCK_SHIFT = 6;
export const BLOCK_SIZE = 1 << BLOCK_SHIFT;

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
  readonly bGenres: Set<string>[] = [];

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
    const b = slot >> BLOCK_SHIFT;
    const set = this.bGenres[b] ?? new Set<string>();
    for (const g of genres) set.add(g);
    this.bGenres[b] = set;
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
