import { type ProfileInput, validateProfile } from '@flowstage/domain/catalogue';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueProfiles } from '../schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import { seedDemo } from './index.ts';

let database: TestDatabase;

/** Both drivers answer `{ rows }`; the shared Db type leaves it untyped, the SQL defines the shape. */
async function rowsOf<T>(query: SQL): Promise<T[]> {
  const result = (await database.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { scale: 16 });
}, 120_000);
afterAll(() => database.close());

describe('demo catalogue seed', () => {
  it('gives every kind published profiles', async () => {
    const rows = await rowsOf<{ kind: string; n: number }>(
      sql`select kind, count(*)::int as n from catalogue_profiles where status = 'published' group by kind`,
    );
    const kinds = new Map(rows.map((r) => [r.kind, r.n]));
    for (const kind of [
      'artist',
      'venue',
      'technician',
      'street_arts_company',
      'service_provider',
      'municipality',
      'campsite',
      'audiovisual_production',
    ]) {
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
  });

  it('stores only documents the domain accepts', async () => {
    const rows = await database.db.select().from(catalogueProfiles);
    for (const row of rows) {
      // Stored columns are the document's fields; the domain input type describes them.
      const input = { ...row, details: row.details } as unknown as ProfileInput;
      expect(validateProfile(input), row.name).toEqual([]);
    }
  });

  it('has venues of 300–800 seats within 150 km of Lyon, one closed on Saturdays', async () => {
    const rows = await rowsOf<{ name: string; closed: boolean }>(sql`
      select p.name, exists (select 1 from availability_rules r where r.profile_id = p.id and 6 = any(r.weekdays)) as closed
      from catalogue_profiles p
      where p.kind = 'venue' and p.status = 'published' and p.capacity_max >= 300 and p.capacity_min <= 800
        and earth_distance(ll_to_earth(45.74846, 4.84671), ll_to_earth(p.latitude, p.longitude)) <= 150000`);
    const names = rows.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining(['Théâtre des Canuts', 'Salle des Brotteaux', "L'Usine à Sons"]),
    );
    expect(names).not.toContain('La Vapeur du Nord'); // Dijon, ~175 km
    expect(names).not.toContain('Le Petit Bouillon'); // 90–150 people
    expect(rows.filter((r) => r.closed).map((r) => r.name)).toEqual(['Le Quai des Arts']);
  });

  it('leaves the curated Lyon venues free of random bookings (the search story counts on them)', async () => {
    const booked = await rowsOf<{ name: string }>(sql`
      select distinct p.name from catalogue_profiles p join availability_slots s on s.profile_id = p.id
      where p.name in ('Théâtre des Canuts', 'Salle des Brotteaux', 'La Passerelle du Rhône', 'L''Usine à Sons')`);
    expect(booked).toEqual([]);
  });
});
