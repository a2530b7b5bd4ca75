import { genreFamily, genreTree, PROFILE_KINDS, type ProfileKind } from '@flowstage/domain/catalogue';
import { llToEarth } from './earth.ts';
import type { BusyRow, SearchFeedRow } from './search-feed.ts';

/** SQL NULL in the integer columns (capacities and prices are never negative). */
export const NULL_INT = -2147483648;
/** Grid cell size, degrees: a 150 km radius reads a few dozen cells. */
export const CELL_DEGREES = 0.5;
const LON_CELLS = 720;

export function cellOf(latitude: number, longitude: number): number {
  const row = Math.floor((latitude + 90) / CELL_DEGREES);
  const col = Math.min(LON_CELLS - 1, Math.floor((longitude + 180) / CELL_DEGREES));
  return row * LON_CELLS + col;
}
export const cellKey = (row: number, col: number) => row * LON_CELLS + col;

/**
 * A kind's grid holds, per cell, the list of its profiles and one list per genre family (bit of
 * familyMask) present there: a genre search reads only the profiles of the wanted families.
 */
const LISTS_PER_CELL = 33;
export const cellProfiles = (cell: number) => cell * LISTS_PER_CELL;
export const cellFamilyProfiles = (cell: number, bit: number) => cell * LISTS_PER_CELL + 1 + bit;
export const isCellProfiles = (key: number) => key % LISTS_PER_CELL === 0;
export const cellOfKey = (key: number) => Math.floor(key / LISTS_PER_CELL);

/** Distinct strings numbered once (0 is NULL): a profile stores 4-byte numbers, not strings. */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  readonly values: (string | null)[] = [null];

  id(value: string | null): number {
    if (value === null) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  find(value: string): number | undefined {
    return this.ids.get(value);
  }
}

const FAMILY_BIT = new Map(genreTree().map((root, i) => [root.slug, 1 << (i % 31)]));
/** Genre slugs outside the taxonomy share the last bit. */
const OTHER_FAMILIES = 1 << 31;

/**
 * One bit per genre family present: a profile can only hold one of the wanted genres if it
 * shares a family bit with them, a test on one number before reading its genre list.
 */
export function familyMask(slugs: readonly string[]): number {
  let mask = 0;
  for (const slug of slugs) mask |= FAMILY_BIT.get(genreFamily(slug)) ?? OTHER_FAMILIES;
  return mask;
}

/** Every genre of the taxonomy with its family bit, computed once (familyMask searches the taxonomy). */
const TAXONOMY_BITS = genreTree()
  .flatMap((root) => [root.slug, ...root.children.map((child) => child.slug)])
  .map((slug) => [slug, familyMask([slug])] as const);

/**
 * The family bits all of whose genres are among `slugs` (as when searching "rock" expanded to its
 * children): a profile listed under such a bit holds a wanted genre, its list needs no reading.
 */
export function wholeFamilies(slugs: readonly string[]): number {
  const wanted = new Set(slugs);
  let present = 0;
  let missing = OTHER_FAMILIES; // genres outside the taxonomy are never all wanted
  for (const [slug, bit] of TAXONOMY_BITS) {
    if (wanted.has(slug)) present |= bit;
    else missing |= bit;
  }
  return present & ~missing;
}

/** List columns of a profile, stored as word ids in one pool (offset and length per slot). */
export const LIST_ATTRIBUTES = ['genres', 'languages', 'categories', 'features'] as const;
export const GENRES = 0;
export const LANGUAGES = 1;
export const CATEGORIES = 2;
export const FEATURES = 3;
const LISTS = LIST_ATTRIBUTES.length;

type Column = Float64Array | Int32Array | Uint32Array | Int16Array | Uint8Array | Uint16Array;
type IntColumn = 'capMin' | 'capMax' | 'priceMin' | 'priceMax' | 'ratingCount';

/**
 * The published profiles of every kind as columns of typed arrays indexed by a slot number
 * (freed slots are reused), plus one spatial grid per kind listing the slots of each cell.
 */
export class ProfileColumns {
  readonly words = new Dictionary();
  private readonly slotOf = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  /** One slot past the highest ever used. */
  end = 0;
  private capacity = 0;
  ids: string[] = [];
  names: string[] = [];
  calendars: (Int32Array | undefined)[] = [];
  kind = new Uint8Array(0);
  x = new Float64Array(0);
  y = new Float64Array(0);
  z = new Float64Array(0);
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  rating = new Float64Array(0);
  capMin = new Int32Array(0);
  capMax = new Int32Array(0);
  priceMin = new Int32Array(0);
  priceMax = new Int32Array(0);
  ratingCount = new Int32Array(0);
  completion = new Int16Array(0);
  cell = new Int32Array(0);
  families = new Uint32Array(0);
  city = new Uint32Array(0);
  country = new Uint32Array(0);
  region = new Uint32Array(0);
  departement = new Uint32Array(0);
  currency = new Uint32Array(0);
  verification = new Uint32Array(0);
  /** Slot × LIST_ATTRIBUTES → where its word ids start in `pool`, and how many. */
  listStart = new Uint32Array(0);
  listLength = new Uint16Array(0);
  pool = new Uint32Array(4096);
  private poolEnd = 0;
  private poolGarbage = 0;
  /** Per kind: grid list (cellProfiles, cellFamilyProfiles) → slots in it. */
  readonly grids: Map<number, number[]>[] = PROFILE_KINDS.map(() => new Map());

  get size(): number {
    return this.slotOf.size;
  }

  kindIndex(kind: ProfileKind): number {
    return PROFILE_KINDS.indexOf(kind);
  }

  /** Replaces every per-slot typed column by `f(column)` (lists excepted). */
  private mapColumns(f: <T extends Column>(old: T) => T): void {
    this.kind = f(this.kind);
    for (const key of ['x', 'y', 'z', 'lat', 'lon', 'rating'] as const) this[key] = f(this[key]);
    for (const key of ['capMin', 'capMax', 'priceMin', 'priceMax', 'ratingCount', 'cell'] as const)
      this[key] = f(this[key]);
    this.completion = f(this.completion);
    for (const key of [
      'city',
      'country',
      'region',
      'departement',
      'currency',
      'verification',
      'families',
    ] as const)
      this[key] = f(this[key]);
  }

  private grow(atLeast = 0): void {
    const capacity = Math.max(atLeast, 1024, Math.ceil(this.capacity * 1.5));
    this.mapColumns((old) => {
      const next = new (old.constructor as new (n: number) => typeof old)(capacity); // same typed-array class
      next.set(old);
      return next;
    });
    const lists = new Uint32Array(capacity * LISTS);
    lists.set(this.listStart);
    this.listStart = lists;
    const lengths = new Uint16Array(capacity * LISTS);
    lengths.set(this.listLength);
    this.listLength = lengths;
    this.capacity = capacity;
  }

  /**
   * Renumbers the profiles in kind and grid-cell order, without gaps (after the initial load):
   * the profiles a radius search reads then sit side by side in every column, a few cache lines
   * per cell instead of one cache miss per profile and column.
   */
  reorder(): void {
    const live: number[] = [];
    for (let slot = 0; slot < this.end; slot++) if (this.ids[slot]) live.push(slot);
    const key = (slot: number) => this.kind[slot]! * 1e7 + this.cell[slot]!;
    // Within a cell, by first genre family: a genre search reads each wanted family's list of the
    // cell mostly as one run of neighbouring slots.
    const family = (slot: number) => Math.clz32(this.families[slot]! & -this.families[slot]!);
    live.sort((a, b) => key(a) - key(b) || family(b) - family(a) || a - b);
    // room for 5 % more profiles before the next growth
    const capacity = Math.ceil(live.length * 1.05) + 64;
    this.mapColumns((old) => {
      const next = new (old.constructor as new (n: number) => typeof old)(capacity); // same class
      for (let i = 0; i < live.length; i++) next[i] = old[live[i]!]!;
      return next;
    });
    const pool = new Uint32Array(Math.ceil((this.poolEnd - this.poolGarbage) * 1.05) + 64);
    const starts = new Uint32Array(capacity * LISTS);
    const lengths = new Uint16Array(capacity * LISTS);
    let end = 0;
    for (let i = 0; i < live.length; i++)
      for (let a = 0; a < LISTS; a++) {
        const from = live[i]! * LISTS + a;
        const length = this.listLength[from]!;
        pool.set(this.pool.subarray(this.listStart[from]!, this.listStart[from]! + length), end);
        starts[i * LISTS + a] = end;
        lengths[i * LISTS + a] = length;
        end += length;
      }
    this.pool = pool;
    this.listStart = starts;
    this.listLength = lengths;
    this.poolEnd = end;
    this.poolGarbage = 0;
    this.ids = live.map((slot) => this.ids[slot]!);
    this.names = live.map((slot) => this.names[slot]!);
    this.calendars = live.map((slot) => this.calendars[slot]);
    this.slotOf.clear();
    this.freeSlots.length = 0;
    for (const grid of this.grids) grid.clear();
    for (let slot = 0; slot < live.length; slot++) {
      this.slotOf.set(this.ids[slot]!, slot);
      this.gridAdd(slot);
    }
    this.end = live.length;
    this.capacity = capacity;
  }

  /** The grid lists a slot is in, from its cell and genre families. */
  private gridKeys(slot: number): number[] {
    const cell = this.cell[slot]!;
    const mask = this.families[slot]!;
    const keys = [cellProfiles(cell)];
    for (let bit = 0; bit < 32; bit++) if ((mask >>> bit) & 1) keys.push(cellFamilyProfiles(cell, bit));
    return keys;
  }

  private gridAdd(slot: number): void {
    const grid = this.grids[this.kind[slot]!]!;
    for (const key of this.gridKeys(slot)) {
      const slots = grid.get(key);
      if (slots) slots.push(slot);
      else grid.set(key, [slot]);
    }
  }

  private gridRemove(slot: number): void {
    const grid = this.grids[this.kind[slot]!]!;
    for (const key of this.gridKeys(slot)) {
      const slots = grid.get(key);
      if (!slots) continue;
      const at = slots.indexOf(slot);
      if (at >= 0) {
        slots[at] = slots[slots.length - 1]!;
        slots.pop();
      }
      if (slots.length === 0) grid.delete(key);
    }
  }

  /** Inserts or replaces a published profile with its busy periods. */
  upsert(row: SearchFeedRow, busy: readonly BusyRow[]): void {
    let slot = this.slotOf.get(row.id);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.end++;
      if (slot >= this.capacity) this.grow();
      this.slotOf.set(row.id, slot);
    } else this.gridRemove(slot);
    const kind = this.kindIndex(row.kind);
    const point = llToEarth(row.latitude, row.longitude);
    this.ids[slot] = row.id;
    this.names[slot] = row.name;
    this.kind[slot] = kind;
    this.x[slot] = point.x;
    this.y[slot] = point.y;
    this.z[slot] = point.z;
    this.lat[slot] = row.latitude;
    this.lon[slot] = row.longitude;
    this.rating[slot] = row.rating ?? Number.NaN;
    const ints: [IntColumn, number | null][] = [
      ['capMin', row.capacityMin],
      ['capMax', row.capacityMax],
      ['priceMin', row.priceMinCents],
      ['priceMax', row.priceMaxCents],
      ['ratingCount', row.ratingCount],
    ];
    for (const [key, value] of ints) this[key][slot] = value ?? NULL_INT;
    this.completion[slot] = row.completion;
    this.families[slot] = familyMask(row.genres);
    this.city[slot] = this.words.id(row.city);
    this.country[slot] = this.words.id(row.country);
    this.region[slot] = this.words.id(row.region);
    this.departement[slot] = this.words.id(row.departement);
    this.currency[slot] = this.words.id(row.currency);
    this.verification[slot] = this.words.id(row.verification);
    for (const [a, key] of LIST_ATTRIBUTES.entries()) this.setList(slot * LISTS + a, row[key]);
    this.calendars[slot] =
      busy.length === 0 ? undefined : Int32Array.from(busy.flatMap((b) => [b.from, b.to, b.weekdays]));
    this.cell[slot] = cellOf(row.latitude, row.longitude);
    this.gridAdd(slot);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.gridRemove(slot);
    this.slotOf.delete(id);
    this.ids[slot] = '';
    this.names[slot] = '';
    for (let a = 0; a < LISTS; a++) this.setList(slot * LISTS + a, []);
    this.calendars[slot] = undefined;
    this.freeSlots.push(slot);
  }

  private setList(at: number, words: readonly string[]): void {
    this.poolGarbage += this.listLength[at]!;
    this.listLength[at] = 0;
    if (this.poolEnd + words.length > this.pool.length) {
      if (this.poolGarbage > this.poolEnd / 2) this.compactPool();
      if (this.poolEnd + words.length > this.pool.length) {
        const pool = new Uint32Array(Math.max(this.pool.length * 2, this.poolEnd + words.length));
        pool.set(this.pool.subarray(0, this.poolEnd));
        this.pool = pool;
      }
    }
    this.listStart[at] = this.poolEnd;
    this.listLength[at] = words.length;
    for (const word of words) this.pool[this.poolEnd++] = this.words.id(word);
  }

  /** Rewrites the pool without the lists of replaced or removed profiles. */
  private compactPool(): void {
    const pool = new Uint32Array(this.pool.length);
    let end = 0;
    for (let at = 0; at < this.end * LISTS; at++) {
      const length = this.listLength[at]!;
      pool.set(this.pool.subarray(this.listStart[at]!, this.listStart[at]! + length), end);
      this.listStart[at] = end;
      end += length;
    }
    this.pool = pool;
    this.poolEnd = end;
    this.poolGarbage = 0;
  }

  /** The strings of one list column of a slot. */
  list(slot: number, attribute: number): string[] {
    const at = slot * LISTS + attribute;
    const start = this.listStart[at]!;
    const out: string[] = [];
    for (let i = start; i < start + this.listLength[at]!; i++) out.push(this.words.values[this.pool[i]!]!);
    return out;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }
}
