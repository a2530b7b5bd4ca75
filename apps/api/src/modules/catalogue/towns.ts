import type { Db } from '@flowstage/db';
import { ensureTowns } from '@flowstage/db/seed';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows } from './sql-rows.ts';

export const townQuery = z.strictObject({
  q: z.string().trim().min(2).max(80).describe('Town name, accents and small typos tolerated'),
  country: z.enum(['FR', 'BE', 'CH', 'LU']).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const townSchema = z.object({
  id: z.number().int().describe('Pass as townId to a search'),
  name: z.string(),
  country: z.string(),
  inseeCode: z.string().nullable(),
  departement: z.string().nullable(),
  region: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  population: z.number().int(),
});

const filled = new WeakMap<Db, Promise<number>>();

/** The towns table is filled on first use (loading the town list costs a second; most processes never need it). */
export function ensureTownsOnce(db: Db): Promise<number> {
  let pending = filled.get(db);
  if (!pending) {
    pending = ensureTowns(db);
    filled.set(db, pending);
  }
  return pending;
}

/** Prefix matches first ("Lyon" before "Lyons-la-Forêt"), then trigram similarity, then size. */
export async function findTowns(db: Db, query: z.output<typeof townQuery>) {
  await ensureTownsOnce(db);
  const needle = sql`fs_unaccent(lower(${query.q}::text))`;
  const name = sql.raw('fs_unaccent(lower(t.name))');
  return queryRows<z.output<typeof townSchema>>(
    db,
    sql`select id, name, country, insee_code as "inseeCode", departement, region, latitude, longitude, population
      from towns t
      where (${name} % ${needle} or ${name} like ${needle} || '%')
        ${query.country ? sql`and t.country = ${query.country}` : sql``}
      order by (${name} like ${needle} || '%') desc, similarity(${name}, ${needle}) desc, population desc
      limit ${query.limit}`,
  );
}
