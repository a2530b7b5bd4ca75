import { count } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { towns } from '../schema/index.ts';
import { loadTowns, type Town } from './towns.ts';

/** Towns offered for "within N km of …": every real town of the four countries above 1,000 people. */
export const TOWN_MIN_POPULATION = 1000;

/** Stable ids: the order of loadTowns (population, then name) is deterministic for one data release. */
export function townRows(list: readonly Town[] = loadTowns(TOWN_MIN_POPULATION)) {
  return list.map((t, i) => ({
    id: i + 1,
    name: t.name,
    country: t.country,
    inseeCode: t.inseeCode ?? null,
    departement: t.departement ?? null,
    region: t.region ?? null,
    latitude: t.latitude,
    longitude: t.longitude,
    population: t.population,
  }));
}

/** Fills the towns table once (idempotent): called by the seed and by the API on start. */
export async function ensureTowns(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(towns);
  if ((row?.n ?? 0) > 0) return 0;
  const rows = townRows();
  for (let i = 0; i < rows.length; i += 2000) {
    await db
      .insert(towns)
      .values(rows.slice(i, i + 2000))
      .onConflictDoNothing();
  }
  return rows.length;
}
