import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import { withIndexesBuiltAfter } from './bulk-profiles.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(() => database.close());

async function indexDefinitions(): Promise<string[]> {
  const result = (await database.db.execute(
    sql`select pg_get_indexdef(indexrelid) as d from pg_index where indrelid = 'catalogue_profiles'::regclass`,
  )) as unknown as { rows: { d: string }[] }; // both drivers answer { rows }
  return result.rows.map((r) => r.d).sort();
}

describe('withIndexesBuiltAfter', () => {
  it('loads without the secondary indexes and rebuilds exactly the same ones', async () => {
    const before = await indexDefinitions();
    expect(before.some((d) => d.includes('gist'))).toBe(true);
    const during = await withIndexesBuiltAfter(database.db, 'catalogue_profiles', async (tx) => {
      const result = (await tx.execute(
        sql`select count(*)::int as n from pg_index x where x.indrelid = 'catalogue_profiles'::regclass`,
      )) as unknown as { rows: { n: number }[] }; // both drivers answer { rows }
      return result.rows[0]?.n;
    });
    expect(during).toBe(1); // only the primary key is kept while loading
    expect(await indexDefinitions()).toEqual(before);
  });

  it('keeps the indexes when the load fails', async () => {
    const before = await indexDefinitions();
    await expect(
      withIndexesBuiltAfter(database.db, 'catalogue_profiles', async () => {
        throw new Error('load failed');
      }),
    ).rejects.toThrow('load failed');
    expect(await indexDefinitions()).toEqual(before);
  });
});
