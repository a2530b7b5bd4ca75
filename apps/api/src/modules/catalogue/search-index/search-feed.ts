import type { DbOrTx, ProfileKind } from '@flowstage/db';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../sql-rows.ts';

/** The columns a search filters, sorts and shows, as the SQL path reads them. */
export interface SearchFeedRow {
  readonly id: string;
  readonly kind: ProfileKind;
  readonly status: string;
  readonly name: string;
  readonly city: string | null;
  readonly country: string;
  readonly region: string | null;
  readonly departement: string | null;
  readonly latitude: number;
  readonly longitude: number;
  readonly genres: string[];
  readonly languages: string[];
  readonly categories: string[];
  readonly features: string[];
  readonly capacityMin: number | null;
  readonly capacityMax: number | null;
  readonly priceMinCents: number | null;
  readonly priceMaxCents: number | null;
  readonly currency: string;
  /** rating_avg (real) as its shortest decimal, like the JSON of the SQL path. */
  readonly rating: number | null;
  readonly ratingCount: number;
  readonly verification: string;
  readonly completion: number;
}

/**
 * A busy period for the availability filter, in days since 1970-01-01: a booked/unavailable slot
 * (every weekday) or a weekly rule (ISO weekday bits 1–7) with its optional validity.
 */
export interface BusyRow {
  readonly profileId: string;
  readonly from: number;
  readonly to: number;
  readonly weekdays: number;
}

export const ALL_WEEKDAYS = 0xfe;
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

const COLUMNS = sql`p.id, p.kind, p.status, p.name, p.city, p.country, p.region, p.departement, p.latitude,
  p.longitude, p.genres, p.languages, p.categories, p.features, p.capacity_min as "capacityMin",
  p.capacity_max as "capacityMax", p.price_min_cents as "priceMinCents", p.price_max_cents as "priceMaxCents",
  p.currency, p.rating_avg as rating, p.rating_count as "ratingCount", p.verification, p.completion`;

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** Published profiles after `afterId` in id order (keyset pages of the initial load). */
export function publishedPage(db: DbOrTx, afterId: string, limit: number): Promise<SearchFeedRow[]> {
  return queryRows<SearchFeedRow>(
    db,
    sql`select ${COLUMNS} from catalogue_profiles p
        where p.status = 'published' and p.id > ${afterId}::uuid order by p.id limit ${limit}`,
  );
}

/** The current rows of these profiles whatever their status (absent ids were deleted). */
export function rowsByIds(db: DbOrTx, ids: readonly string[]): Promise<SearchFeedRow[]> {
  return queryRows<SearchFeedRow>(
    db,
    sql`select ${COLUMNS} from catalogue_profiles p where p.id = any(${uuidArray(ids)})`,
  );
}

/** Busy slots and weekly rules of these profiles, or of all (the two exclusions of searchWhere). */
export function busyRows(db: DbOrTx, ids?: readonly string[]): Promise<BusyRow[]> {
  const slotsOf: SQL = ids ? sql`s.profile_id = any(${uuidArray(ids)}) and` : sql``;
  const rulesOf: SQL = ids ? sql`where r.profile_id = any(${uuidArray(ids)})` : sql``;
  return queryRows<BusyRow>(
    db,
    sql`select s.profile_id as "profileId", s.start_date - date '1970-01-01' as "from",
          s.end_date - date '1970-01-01' as "to", ${ALL_WEEKDAYS}::int as weekdays
        from availability_slots s
        where ${slotsOf} s.status in ('booked', 'unavailable')
        union all
        select r.profile_id, coalesce(r.valid_from - date '1970-01-01', ${INT_MIN}::int),
          coalesce(r.valid_to - date '1970-01-01', ${INT_MAX}::int),
          (select coalesce(bit_or(1 << w::int), 0) from unnest(r.weekdays) w)
        from availability_rules r ${rulesOf}`,
  );
}
