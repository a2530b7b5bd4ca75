import { expandGenres, type ProfileKind } from '@flowstage/domain/catalogue';
import type { SearchQuery, SearchResult } from '../search.schema.ts';

type SearchHit = SearchResult['items'][number];

import { type Cursor, encodeCursor } from '../search-cursor.ts';
import { type Centre, weekdaysBetween } from '../search-sql.ts';
import { EARTH_RADIUS, earthDistance, llToEarth, rint } from './earth.ts';
import {
  CATEGORIES,
  CELL_DEGREES,
  cellFamilyProfiles,
  cellKey,
  cellOfKey,
  cellProfiles,
  FEATURES,
  familyMask,
  GENRES,
  isCellProfiles,
  LANGUAGES,
  LIST_ATTRIBUTES,
  NULL_INT,
  type ProfileColumns,
  wholeFamilies,
} from './profile-columns.ts';

/** The sorts the index serves (name order depends on the database collation: SQL path). */
export type IndexSort = 'distance' | 'price' | 'rating' | 'relevance';

const FACET_LIMIT = 30;
const LISTS = LIST_ATTRIBUTES.length;
const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Word counters reused by every query (a query runs synchronously, start to end). */
class WordCounter {
  private counts = new Uint32Array(1024);
  private readonly touched: number[] = [];

  add(word: number): void {
    if (word >= this.counts.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    if (this.counts[word] === 0) this.touched.push(word);
    this.counts[word]!++;
  }

  /** The top values, most frequent first then by value (byte order, as SQL `collate "C"`), and resets. */
  top(values: readonly (string | null)[]): { value: string; count: number }[] {
    const out = this.touched.map((word) => ({ value: values[word]!, count: this.counts[word]! }));
    for (const word of this.touched) this.counts[word] = 0;
    this.touched.length = 0;
    out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return out.slice(0, FACET_LIMIT);
  }
}
const counters = {
  country: new WordCounter(),
  genre: new WordCounter(),
  category: new WordCounter(),
  language: new WordCounter(),
};

/** Word ids of the wanted values as a lookup table; null when the filter is absent. */
function wanted(columns: ProfileColumns, values: readonly string[] | undefined): Uint8Array | null {
  if (!values?.length) return null;
  const table = new Uint8Array(columns.words.values.length);
  for (const value of values) {
    const id = columns.words.find(value);
    if (id !== undefined) table[id] = 1;
  }
  return table;
}

function anyOf(columns: ProfileColumns, slot: number, attribute: number, table: Uint8Array): boolean {
  const at = slot * LISTS + attribute;
  const start = columns.listStart[at]!;
  const end = start + columns.listLength[at]!;
  for (let i = start; i < end; i++) if (table[columns.pool[i]!] === 1) return true;
  return false;
}

function allOf(columns: ProfileColumns, slot: number, required: readonly number[]): boolean {
  const at = slot * LISTS + FEATURES;
  const start = columns.listStart[at]!;
  const end = start + columns.listLength[at]!;
  for (const word of required) {
    let found = false;
    for (let i = start; i < end && !found; i++) found = columns.pool[i] === word;
    if (!found) return false;
  }
  return true;
}

function countList(columns: ProfileColumns, slot: number, attribute: number, counter: WordCounter): void {
  const at = slot * LISTS + attribute;
  const start = columns.listStart[at]!;
  const end = start + columns.listLength[at]!;
  for (let i = start; i < end; i++) counter.add(columns.pool[i]!);
}

const nullable = (value: number) => (value === NULL_INT ? null : value);

/** The ascending sort key of sortKey() in search-sql.ts. */
function sortKeyOf(columns: ProfileColumns, slot: number, sort: IndexSort, metres: number): number {
  switch (sort) {
    case 'distance':
      return metres;
    case 'price':
      return columns.priceMin[slot] === NULL_INT ? 2147483647 : columns.priceMin[slot]!;
    case 'rating':
      return Number.isNaN(columns.rating[slot]!) ? -0 : -Math.fround(columns.rating[slot]!);
    case 'relevance':
      return 0;
  }
}

/** Grid cells that may hold points within the radius; null when the box wraps (scan the kind). */
function cellsAround(centre: Centre): number[] | null {
  const degrees = ((centre.radiusMetres / EARTH_RADIUS) * 180) / Math.PI + CELL_DEGREES / 10;
  const south = centre.latitude - degrees;
  const north = centre.latitude + degrees;
  if (south < -89 || north > 89) return null;
  const widest = Math.max(Math.abs(south), Math.abs(north));
  const lonDegrees = degrees / Math.cos((widest * Math.PI) / 180);
  const west = centre.longitude - lonDegrees;
  const east = centre.longitude + lonDegrees;
  if (west < -180 || east >= 180) return null;
  const cells: number[] = [];
  for (
    let row = Math.floor((south + 90) / CELL_DEGREES);
    row <= Math.floor((north + 90) / CELL_DEGREES);
    row++
  )
    for (
      let col = Math.floor((west + 180) / CELL_DEGREES);
      col <= Math.floor((east + 180) / CELL_DEGREES);
      col++
    )
      cells.push(cellKey(row, col));
  return cells;
}

/**
 * The same answer as searchProfiles' SQL (filters, keyset page, total, facets) computed from the
 * columns: one pass over the candidate cells, a bounded insertion sort for the page.
 */
export function queryIndex(
  columns: ProfileColumns,
  kind: ProfileKind,
  q: SearchQuery,
  centre: Centre | null,
  sort: IndexSort,
  cursor: Cursor | null,
): SearchResult {
  const c = columns;
  const genreSlugs = q.genres?.length ? expandGenres(q.genres) : undefined;
  const genres = wanted(c, genreSlugs);
  const genreFamilies = familyMask(genreSlugs ?? []);
  const certainFamilies = wholeFamilies(genreSlugs ?? []);
  const languages = wanted(c, q.languages);
  const categories = wanted(c, q.categories);
  const countries = wanted(c, q.country);
  const regions = wanted(c, q.region);
  const departements = wanted(c, q.departement);
  const features = (q.features ?? []).map((f) => c.words.find(f) ?? -1);
  const verified = c.words.find('verified') ?? -1;
  const minRating = q.minRating === undefined ? null : Math.fround(q.minRating);
  const dates =
    q.dateFrom && q.dateTo
      ? {
          from: dayNumber(q.dateFrom),
          to: dayNumber(q.dateTo),
          weekdays: weekdaysBetween(q.dateFrom, q.dateTo).reduce((mask, d) => mask | (1 << d), 0),
        }
      : null;
  const point = centre ? llToEarth(centre.latitude, centre.longitude) : null;
  const cursorK = cursor ? Number(cursor.k) : 0;
  const limit = q.limit + 1;
  const pageK: number[] = [];
  const pageSlot: number[] = [];
  const pageDistance: number[] = [];
  let total = 0;

  // Everything the loop reads is hoisted into locals: the query object is a dictionary-mode
  // object and each property read per candidate would cost more than the checks themselves.
  const { capMin, capMax, priceMin, priceMax, country, region, departement, rating, verification } = c;
  const { x, y, z, calendars, listStart, listLength, pool, families } = c;
  const capacityFrom = q.capacityMin ?? -1;
  const capacityTo = q.capacityMax ?? -1;
  const priceFrom = q.priceMin ?? -1;
  const priceTo = q.priceMax ?? -1;
  const verifiedWanted = q.verified;
  const hasFeatures = features.length > 0;
  const radius = centre?.radiusMetres ?? 0;
  const px = point?.x ?? 0;
  const py = point?.y ?? 0;
  const pz = point?.z ?? 0;
  const grid = c.grids[c.kindIndex(kind)]!;
  const cells =
    (centre ? cellsAround(centre) : null) ?? [...grid.keys()].filter(isCellProfiles).map(cellOfKey);
  // A genre search reads the cells' lists of the wanted families only. A profile of two wanted
  // families is in both lists: it is taken from the first, skipped (`seen`) in the later ones.
  // Under a family whose every genre is wanted, its genres need no check (`certain`).
  const lists: (number[] | undefined)[] = [];
  const seenFamilies: number[] = [];
  const certain: boolean[] = [];
  for (const cell of cells) {
    if (!genres) {
      lists.push(grid.get(cellProfiles(cell)));
      seenFamilies.push(0);
      certain.push(true);
      continue;
    }
    let seen = 0;
    for (let bit = 0; bit < 32; bit++) {
      if (((genreFamilies >>> bit) & 1) === 0) continue;
      lists.push(grid.get(cellFamilyProfiles(cell, bit)));
      seenFamilies.push(seen);
      certain.push(((certainFamilies >>> bit) & 1) === 1);
      seen |= 1 << bit;
    }
  }
  for (let list = 0; list < lists.length; list++) {
    const slots = lists[list];
    if (!slots) continue;
    const seen = seenFamilies[list]!;
    const checkGenres = !certain[list];
    for (const slot of slots) {
      if ((families[slot]! & seen) !== 0) continue;
      if (checkGenres && genres) {
        const at = slot * LISTS + GENRES;
        const start = listStart[at]!;
        const end = start + listLength[at]!;
        let hit = false;
        for (let i = start; i < end && !hit; i++) hit = genres[pool[i]!] === 1;
        if (!hit) continue;
      }
      // NULL_INT never passes: a bound without a value excludes the profile, as NULL does in SQL
      if (capacityFrom >= 0 && capMax[slot]! < capacityFrom) continue;
      if (capacityTo >= 0 && (capMin[slot]! > capacityTo || capMin[slot] === NULL_INT)) continue;
      if (priceFrom >= 0 && priceMax[slot]! < priceFrom) continue;
      if (priceTo >= 0 && (priceMin[slot]! > priceTo || priceMin[slot] === NULL_INT)) continue;
      if (countries && countries[country[slot]!] !== 1) continue;
      if (regions && regions[region[slot]!] !== 1) continue;
      if (departements && departements[departement[slot]!] !== 1) continue;
      if (languages && !anyOf(c, slot, LANGUAGES, languages)) continue;
      if (categories && !anyOf(c, slot, CATEGORIES, categories)) continue;
      if (hasFeatures && !allOf(c, slot, features)) continue;
      // NaN (no rating) fails every comparison, as NULL does in SQL
      if (minRating !== null && !(Math.fround(rating[slot]!) >= minRating)) continue;
      if (verifiedWanted !== undefined && (verification[slot] === verified) !== verifiedWanted) continue;
      let distance = 0;
      if (point) {
        distance = earthDistance(px, py, pz, x[slot]!, y[slot]!, z[slot]!);
        if (!(distance <= radius)) continue;
      }
      if (dates) {
        const calendar = calendars[slot];
        let busy = false;
        if (calendar)
          for (let i = 0; i < calendar.length && !busy; i += 3)
            busy =
              calendar[i]! <= dates.to &&
              calendar[i + 1]! >= dates.from &&
              (calendar[i + 2]! & dates.weekdays) !== 0;
        if (busy) continue;
      }
      total++;
      if (q.facets) {
        counters.country.add(c.country[slot]!);
        countList(c, slot, GENRES, counters.genre);
        countList(c, slot, CATEGORIES, counters.category);
        countList(c, slot, LANGUAGES, counters.language);
      }

      const k = sortKeyOf(c, slot, sort, point ? rint(distance) : 0);
      // a full page rejects most profiles on the key alone, before their id (a string) is read
      if (pageK.length === limit && k > pageK[limit - 1]!) continue;
      const id = c.ids[slot]!;
      if (cursor && !(k > cursorK || (k === cursorK && id > cursor.id))) continue;
      if (pageK.length === limit && k === pageK[limit - 1] && id > c.ids[pageSlot[limit - 1]!]!) continue;
      let at = pageK.length;
      while (at > 0 && (pageK[at - 1]! > k || (pageK[at - 1] === k && c.ids[pageSlot[at - 1]!]! > id))) at--;
      pageK.splice(at, 0, k);
      pageSlot.splice(at, 0, slot);
      pageDistance.splice(at, 0, distance);
      if (pageK.length > limit) {
        pageK.pop();
        pageSlot.pop();
        pageDistance.pop();
      }
    }
  }

  const words = c.words.values;
  const facets = {
    country: counters.country.top(words),
    genre: counters.genre.top(words),
    category: counters.category.top(words),
    language: counters.language.top(words),
  };
  const hasMore = pageK.length > q.limit;
  const shown = Math.min(q.limit, pageK.length);
  const items = pageSlot.slice(0, shown).map((slot, i) => ({
    id: c.ids[slot]!,
    kind,
    name: c.names[slot]!,
    city: words[c.city[slot]!] ?? null,
    country: words[c.country[slot]!] as SearchHit['country'], // written from the checked column
    region: words[c.region[slot]!] ?? null,
    departement: words[c.departement[slot]!] ?? null,
    latitude: c.lat[slot]!,
    longitude: c.lon[slot]!,
    genres: c.list(slot, GENRES),
    languages: c.list(slot, LANGUAGES),
    categories: c.list(slot, CATEGORIES),
    features: c.list(slot, FEATURES),
    capacityMin: nullable(c.capMin[slot]!),
    capacityMax: nullable(c.capMax[slot]!),
    priceMinCents: nullable(c.priceMin[slot]!),
    priceMaxCents: nullable(c.priceMax[slot]!),
    currency: words[c.currency[slot]!]!,
    rating: Number.isNaN(c.rating[slot]!) ? null : c.rating[slot]!,
    ratingCount: c.ratingCount[slot]!,
    verification: words[c.verification[slot]!]!,
    completion: c.completion[slot]!,
    distanceMetres: point ? rint(pageDistance[i]!) : null,
    relevance: null,
  }));
  const last = shown > 0 ? shown - 1 : -1;
  return {
    items,
    nextCursor: hasMore && last >= 0 ? encodeCursor({ k: pageK[last]!, id: c.ids[pageSlot[last]!]! }) : null,
    total,
    facets: q.facets ? facets : null,
  };
}
