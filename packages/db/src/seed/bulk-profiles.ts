import { sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../client.ts';
import type { catalogueProfiles, organisations } from '../schema/index.ts';

export type ProfileInsert = typeof catalogueProfiles.$inferInsert;

/** Columns written by bulk inserts, with their SQL types for jsonb_to_recordset. */
const COLUMNS: readonly (readonly [keyof ProfileInsert, string, string])[] = [
  ['organisationId', 'organisation_id', 'uuid'],
  ['kind', 'kind', 'text'],
  ['status', 'status', 'text'],
  ['verification', 'verification', 'text'],
  ['name', 'name', 'text'],
  ['description', 'description', 'text'],
  ['country', 'country', 'text'],
  ['region', 'region', 'text'],
  ['departement', 'departement', 'text'],
  ['city', 'city', 'text'],
  ['postcode', 'postcode', 'text'],
  ['inseeCode', 'insee_code', 'text'],
  ['latitude', 'latitude', 'float8'],
  ['longitude', 'longitude', 'float8'],
  ['genres', 'genres', 'text[]'],
  ['languages', 'languages', 'text[]'],
  ['categories', 'categories', 'text[]'],
  ['features', 'features', 'text[]'],
  ['capacityMin', 'capacity_min', 'int'],
  ['capacityMax', 'capacity_max', 'int'],
  ['priceMinCents', 'price_min_cents', 'int'],
  ['priceMaxCents', 'price_max_cents', 'int'],
  ['currency', 'currency', 'text'],
  ['travelRadiusM', 'travel_radius_m', 'int'],
  ['ratingAvg', 'rating_avg', 'real'],
  ['ratingCount', 'rating_count', 'int'],
  ['completion', 'completion', 'smallint'],
  ['details', 'details', 'jsonb'],
  ['mediaLinks', 'media_links', 'jsonb'],
  ['publishedAt', 'published_at', 'timestamptz'],
];

const DEFAULTS: Partial<Record<keyof ProfileInsert, unknown>> = {
  status: 'draft',
  verification: 'unverified',
  genres: [],
  languages: [],
  categories: [],
  features: [],
  currency: 'EUR',
  ratingCount: 0,
  completion: 0,
  details: {},
  mediaLinks: [],
};

/**
 * Inserts many profiles with one parameter per batch (a JSON array unpacked by
 * jsonb_to_recordset): COPY-like speed on PostgreSQL and PGlite alike, without 30 parameters a row.
 * Returns the ids in input order.
 */
export async function bulkInsertProfiles(
  db: DbOrTx,
  rows: readonly ProfileInsert[],
  batchSize = 5000,
): Promise<string[]> {
  const ids: string[] = [];
  const names = COLUMNS.map(([, column]) => column).join(', ');
  const types = COLUMNS.map(([, column, type]) => `${column} ${type}`).join(', ');
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize).map((row, n) => {
      const out: Record<string, unknown> = { ord: n };
      for (const [key, column] of COLUMNS) out[column] = row[key] ?? DEFAULTS[key] ?? null;
      return out;
    });
    const result: unknown = await db.execute(
      sql`with r as (select * from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as r(ord int, ${sql.raw(types)}))
        insert into catalogue_profiles (${sql.raw(names)})
        select ${sql.raw(names)} from r order by ord
        returning id`,
    );
    const inserted = (result as { rows: { id: string }[] }).rows; // both drivers answer { rows }
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

export type OrganisationInsert = typeof organisations.$inferInsert;

/** Same technique for organisations (the scale seed creates several hundred thousand). */
export async function bulkInsertOrganisations(
  db: DbOrTx,
  rows: readonly OrganisationInsert[],
  batchSize = 5000,
) {
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize).map((o) => ({
      name: o.name,
      account_type: o.accountType,
      country: o.country,
      city: o.city ?? null,
      insee_code: o.inseeCode ?? null,
      latitude: o.latitude ?? null,
      longitude: o.longitude ?? null,
    }));
    await db.execute(
      sql`insert into organisations (name, account_type, country, city, insee_code, latitude, longitude)
        select name, account_type, country, city, insee_code, latitude, longitude
        from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
          as r(name text, account_type text, country text, city text, insee_code text, latitude float8, longitude float8)`,
    );
  }
}

/**
 * Runs a bulk load with the secondary indexes of `table` dropped, then rebuilds them from their own
 * definitions and analyses the table, all in one transaction (readers wait, never see a table
 * without its indexes). Building a GIN/GiST index once is several times cheaper than maintaining
 * it row by row: this is most of the time of a 100,000-profile seed. Primary keys and constraint
 * indexes stay (foreign keys and upserts rely on them).
 */
export async function withIndexesBuiltAfter<T>(
  db: Db,
  table: 'catalogue_profiles' | 'availability_slots',
  load: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const result: unknown = await tx.execute(
      sql`select c.relname as name, pg_get_indexdef(c.oid) as definition
          from pg_index x join pg_class c on c.oid = x.indexrelid
          where x.indrelid = ${table}::regclass
            and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)`,
    );
    const indexes = (result as { rows: { name: string; definition: string }[] }).rows; // both drivers answer { rows }
    for (const { name } of indexes) await tx.execute(sql`drop index ${sql.identifier(name)}`);
    const loaded = await load(tx);
    await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
    for (const { definition } of indexes) await tx.execute(sql.raw(definition));
    await tx.execute(sql`analyze ${sql.identifier(table)}`);
    return loaded;
  });
}
