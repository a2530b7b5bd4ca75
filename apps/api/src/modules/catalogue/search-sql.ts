import { expandGenres, type ProfileKind } from '@flowstage/domain/catalogue';
import { type SQL, sql } from 'drizzle-orm';
import type { SearchQuery } from './search.schema.ts';

export interface Centre {
  readonly latitude: number;
  readonly longitude: number;
  readonly radiusMetres: number;
}

/** Must match the expression of catalogue_profiles_search_trgm_idx exactly, or the index is not used. */
export const SEARCH_TEXT = sql.raw(`fs_unaccent(lower(p.name || ' ' || coalesce(p.city, '')))`);

const textArray = (values: readonly string[]) =>
  sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`}::text[]`;

/** ISO weekdays (1–7) met between two days; all seven from a week on. */
export function weekdaysBetween(from: string, to: string): number[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000) + 1;
  const out = new Set<number>();
  for (let i = 0; i < Math.min(days, 7); i++)
    out.add(((new Date(start + i * 86_400_000).getUTCDay() + 6) % 7) + 1);
  return [...out].sort();
}

export function distanceExpr(centre: Centre): SQL {
  return sql`earth_distance(ll_to_earth(${centre.latitude}::float8, ${centre.longitude}::float8), ll_to_earth(p.latitude, p.longitude))`;
}

/**
 * Every filter of a search as one WHERE clause. The literal status/kind predicates let the
 * planner pick the partial GiST index (earth_box prefilter) and the trigram index.
 */
export function searchWhere(kind: ProfileKind, q: SearchQuery, centre: Centre | null): SQL {
  const parts: SQL[] = [sql.raw(`p.status = 'published' and p.kind = '${kind}'`)];
  if (centre) {
    parts.push(
      sql`earth_box(ll_to_earth(${centre.latitude}::float8, ${centre.longitude}::float8), ${centre.radiusMetres}::float8) @> ll_to_earth(p.latitude, p.longitude)`,
      sql`${distanceExpr(centre)} <= ${centre.radiusMetres}::float8`,
    );
  }
  if (q.q) parts.push(sql`fs_unaccent(lower(${q.q}::text)) <% ${SEARCH_TEXT}`);
  if (q.genres?.length) parts.push(sql`p.genres && ${textArray(expandGenres(q.genres))}`);
  if (q.capacityMin !== undefined) parts.push(sql`p.capacity_max >= ${q.capacityMin}::int`);
  if (q.capacityMax !== undefined) parts.push(sql`p.capacity_min <= ${q.capacityMax}::int`);
  if (q.priceMin !== undefined) parts.push(sql`p.price_max_cents >= ${q.priceMin}::int`);
  if (q.priceMax !== undefined) parts.push(sql`p.price_min_cents <= ${q.priceMax}::int`);
  if (q.country?.length) parts.push(sql`p.country = any(${textArray(q.country)})`);
  if (q.region?.length) parts.push(sql`p.region = any(${textArray(q.region)})`);
  if (q.departement?.length) parts.push(sql`p.departement = any(${textArray(q.departement)})`);
  if (q.languages?.length) parts.push(sql`p.languages && ${textArray(q.languages)}`);
  if (q.categories?.length) parts.push(sql`p.categories && ${textArray(q.categories)}`);
  if (q.features?.length) parts.push(sql`p.features @> ${textArray(q.features)}`);
  if (q.minRating !== undefined) parts.push(sql`p.rating_avg >= ${q.minRating}::real`);
  if (q.verified !== undefined)
    parts.push(q.verified ? sql.raw(`p.verification = 'verified'`) : sql.raw(`p.verification <> 'verified'`));
  if (q.dateFrom && q.dateTo) {
    const weekdays = `{${weekdaysBetween(q.dateFrom, q.dateTo).join(',')}}`;
    parts.push(sql`not exists (
      select 1 from availability_slots s
      where s.profile_id = p.id and s.status in ('booked', 'unavailable')
        and daterange(s.start_date, s.end_date, '[]') && daterange(${q.dateFrom}::date, ${q.dateTo}::date, '[]'))`);
    // A rule whose weekday only falls outside its validity within the period still excludes: a
    // conservative simplification that never shows a busy profile as free.
    parts.push(sql`not exists (
      select 1 from availability_rules r
      where r.profile_id = p.id and r.weekdays && ${weekdays}::smallint[]
        and (r.valid_from is null or r.valid_from <= ${q.dateTo}::date)
        and (r.valid_to is null or r.valid_to >= ${q.dateFrom}::date))`);
  }
  return sql.join(parts, sql` and `);
}

export type SortKey = { expr: SQL; numeric: boolean };

/** Each sort as one ascending key (ties broken by id) so that keyset pagination is a row comparison. */
export function sortKey(
  sort: SearchQuery['sort'] & string,
  centre: Centre | null,
  text: string | undefined,
): SortKey {
  switch (sort) {
    case 'distance':
      // whole metres, as shown: ties go by id, and the in-memory index agrees to the last bit
      return { expr: centre ? sql`round(${distanceExpr(centre)})` : sql`0::float8`, numeric: true };
    case 'price':
      return { expr: sql`coalesce(p.price_min_cents, 2147483647)::float8`, numeric: true };
    case 'rating':
      return { expr: sql`(-coalesce(p.rating_avg, 0))::float8`, numeric: true };
    case 'relevance':
      return {
        expr: text
          ? sql`(1 - word_similarity(fs_unaccent(lower(${text}::text)), ${SEARCH_TEXT}))::float8`
          : sql`0::float8`,
        numeric: true,
      };
    case 'name':
      return { expr: sql`lower(p.name)`, numeric: false };
  }
}
