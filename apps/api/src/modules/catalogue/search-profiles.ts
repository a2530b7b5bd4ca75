import { type Db, towns } from '@flowstage/db';
import type { ProfileKind } from '@flowstage/domain/catalogue';
import { eq, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import type { SearchQuery, SearchResult } from './search.schema.ts';
import { decodeCursor, encodeCursor } from './search-cursor.ts';
import type { SearchIndex } from './search-index/search-index.ts';
import { type Centre, distanceExpr, SEARCH_TEXT, searchWhere, sortKey } from './search-sql.ts';
import { queryRows } from './sql-rows.ts';
import { ensureTownsOnce } from './towns.ts';

const DEFAULT_RADIUS_KM = 100;

/** Town coordinates are reference data: read once per process. */
const townCentres = new Map<number, { latitude: number; longitude: number }>();

export async function resolveCentre(db: Db, q: SearchQuery): Promise<Centre | null> {
  const radiusMetres = (q.radiusKm ?? DEFAULT_RADIUS_KM) * 1000;
  if (q.lat !== undefined && q.lng !== undefined) return { latitude: q.lat, longitude: q.lng, radiusMetres };
  if (q.townId === undefined) return null;
  const known = townCentres.get(q.townId);
  if (known) return { ...known, radiusMetres };
  await ensureTownsOnce(db);
  const [town] = await db.select().from(towns).where(eq(towns.id, q.townId));
  if (town) townCentres.set(town.id, { latitude: town.latitude, longitude: town.longitude });
  if (!town)
    throw new AppError('VALIDATION_FAILED', 'unknown town', {
      detail: 'This town is unknown: look it up with GET /catalogue/towns.',
      errors: [{ path: 'querystring.townId', message: 'unknown town' }],
    });
  return { latitude: town.latitude, longitude: town.longitude, radiusMetres };
}

const HIT_COLUMNS =
  sql.raw(`id, kind, name, city, country, region, departement, latitude, longitude, genres, languages,
  categories, features, capacity_min as "capacityMin", capacity_max as "capacityMax",
  price_min_cents as "priceMinCents", price_max_cents as "priceMaxCents", currency, rating_avg as rating,
  rating_count as "ratingCount", verification, completion`);

/** Top 30 values of a facet; ties in byte order, whatever the database's collation (as the index). */
function facetSql(values: SQL) {
  return sql`(select coalesce(json_agg(json_build_object('value', v, 'count', n)), '[]'::json) from (
    select v, count(*)::int as n from ${values} group by v order by n desc, v collate "C" limit 30) t)`;
}

/**
 * Answers from the process's in-memory index when it can (no free text, a numeric sort, index
 * loaded); otherwise, and as the reference the index is tested against, with one SQL round trip:
 * the filtered set is materialised once, then the page (keyset after the cursor), the total and
 * the facet counts are read from it and returned as one JSON document.
 */
export async function searchProfiles(
  db: Db,
  kind: ProfileKind,
  q: SearchQuery,
  index?: SearchIndex,
): Promise<SearchResult> {
  const centre = await resolveCentre(db, q);
  const sort = q.sort ?? (q.q ? 'relevance' : centre ? 'distance' : 'name');
  if (index && !q.q && sort !== 'name' && (await index.usable()))
    return index.search(kind, q, centre, sort, q.cursor ? decodeCursor(q.cursor, true) : null);
  const key = sortKey(sort, centre, q.q);
  const cursor = q.cursor ? decodeCursor(q.cursor, key.numeric) : null;
  const after = cursor
    ? key.numeric
      ? sql`where (k, id) > (${cursor.k}::float8, ${cursor.id}::uuid)`
      : sql`where (k, id) > (${cursor.k}::text, ${cursor.id}::uuid)`
    : sql``;
  const distance = centre ? sql`round(${distanceExpr(centre)})::int` : sql`null::int`;
  const relevance = q.q
    ? sql`round(word_similarity(fs_unaccent(lower(${q.q}::text)), ${SEARCH_TEXT})::numeric, 3)::float8`
    : sql`null::float8`;
  const facets = q.facets
    ? sql`json_build_object(
        'country', ${facetSql(sql`(select country as v from f) c`)},
        'genre', ${facetSql(sql`f, unnest(f.genres) v`)},
        'category', ${facetSql(sql`f, unnest(f.categories) v`)},
        'language', ${facetSql(sql`f, unnest(f.languages) v`)})`
    : sql`null::json`;
  const query = sql`with f as materialized (
      select ${HIT_COLUMNS}, ${distance} as "distanceMetres", ${relevance} as relevance, ${key.expr} as k
      from catalogue_profiles p where ${searchWhere(kind, q, centre)}
    ),
    page as (select * from f ${after} order by k, id limit ${q.limit + 1})
    select json_build_object(
      'items', (select coalesce(json_agg(page order by k, id), '[]'::json) from page),
      'total', (select count(*) from f),
      'facets', ${facets})::text as result`;
  // JIT compilation (PostgreSQL's default above a cost of 100,000) costs tens of milliseconds per
  // query: far more than it saves on a search that reads a few thousand index entries.
  const [row] = await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return queryRows<{ result: string }>(tx, query);
  });
  if (!row) throw new Error('search returned no row');
  const parsed = JSON.parse(row.result) as {
    items: (SearchResult['items'][number] & { k: number | string })[];
    total: number;
    facets: SearchResult['facets'];
  }; // shape built by the query above
  const hasMore = parsed.items.length > q.limit;
  const page = hasMore ? parsed.items.slice(0, q.limit) : parsed.items;
  const last = page[page.length - 1];
  return {
    items: page.map(({ k: _k, ...hit }) => hit),
    nextCursor: hasMore && last ? encodeCursor({ k: last.k, id: last.id }) : null,
    total: parsed.total,
    facets: parsed.facets,
  };
}
