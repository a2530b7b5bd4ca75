import { planTour, type TourProblem, validateProblem } from '@flowstage/domain/touring';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing.ts';
import { bulkInsertProfiles } from './bulk-profiles.ts';
import { seedDemo } from './index.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await database.db.execute(query);
  return (result as { rows: T[] }).rows; // both drivers answer { rows }
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { scale: 12 });
}, 120_000);
afterAll(() => database.close());

describe('seeded calendars and towns', () => {
  it('gives each demo account profile one entry of every status', async () => {
    const found = await rows<{ email: string; statuses: string[] }>(sql`
      select u.email, array_agg(distinct s.status order by s.status) as statuses
      from users u join memberships m on m.user_id = u.id
      join catalogue_profiles p on p.organisation_id = m.organisation_id
      join availability_slots s on s.profile_id = p.id
      where u.email = 'venue@demo.flowstage.app' group by u.email`);
    expect(found[0]?.statuses).toEqual(['available', 'booked', 'option', 'unavailable']);
  });

  it('gives the demo booker a draft tour around Lyon that the planner solves', async () => {
    const found = await rows<{ name: string; status: string; problem: TourProblem }>(sql`
      select t.name, t.status, t.problem from tours t
      join memberships m on m.organisation_id = t.organisation_id
      join users u on u.id = m.user_id where u.email = 'booker@demo.flowstage.app'`);
    expect(found).toHaveLength(1);
    const { status, problem } = found[0]!;
    expect(status).toBe('draft');
    expect(problem.stops.length).toBeGreaterThanOrEqual(4);
    expect(validateProblem(problem)).toEqual([]);
    const plan = planTour(problem, { seed: 1, timeBudgetMs: 300 });
    expect(plan.ok).toBe(true);
    if (plan.ok) expect(plan.variants[0]!.tour.shows).toHaveLength(problem.showsWanted!);
  });

  it('fills the towns table with real towns', async () => {
    const [lyon] = await rows<{ name: string; departement: string }>(
      sql`select name, departement from towns where name = 'Lyon'`,
    );
    expect(lyon).toEqual({ name: 'Lyon', departement: '69' });
  });

  it('bulk-inserts profiles and returns their ids in input order', async () => {
    const [org] = await rows<{ id: string }>(
      sql`select id from organisations where account_type = 'venue' limit 1`,
    );
    const names = ['Bulk A', 'Bulk B', 'Bulk C'];
    const ids = await bulkInsertProfiles(
      database.db,
      names.map((name) => ({
        organisationId: org!.id,
        kind: 'venue' as const,
        name,
        country: 'FR' as const,
        latitude: 45,
        longitude: 4,
        genres: ['rock'],
      })),
      2,
    );
    const back = await rows<{ id: string; name: string; genres: string[] }>(
      sql`select id, name, genres from catalogue_profiles where name like 'Bulk %' order by name`,
    );
    expect(back.map((r) => r.id)).toEqual(ids);
    expect(back[0]?.genres).toEqual(['rock']);
  });
});
