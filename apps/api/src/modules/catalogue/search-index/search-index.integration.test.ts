import { seedDemo } from '@flowstage/db/seed';
import { PROFILE_KINDS } from '@flowstage/domain/catalogue';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { type SearchResult, SORTS, searchQuery } from '../search.schema.ts';
import { searchProfiles } from '../search-profiles.ts';
import { queryRows } from '../sql-rows.ts';
import { SearchIndex } from './search-index.ts';

let t: TestApp;
let index: SearchIndex;
/** Values present in the seeded catalogue, so that random filters hit and miss. */
let vocabulary: {
  genres: string[];
  languages: string[];
  categories: string[];
  features: string[];
  regions: string[];
  departements: string[];
};

const distinct = async (expression: string) =>
  (
    await queryRows<{ v: string }>(
      t.ctx.db,
      sql.raw(`select distinct v from catalogue_profiles, ${expression} where v is not null order by 1`),
    )
  ).map((r) => r.v);

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.ctx.db, { scale: 40 });
  // a few edge cases the seed lacks: no ratings, no price, a weekly rule, a draft
  await t.ctx.db.execute(sql`update catalogue_profiles set rating_avg = null, rating_count = 0
    where id in (select id from catalogue_profiles order by id limit 40)`);
  await t.ctx.db.execute(sql`update catalogue_profiles set price_min_cents = null, price_max_cents = null
    where id in (select id from catalogue_profiles order by id desc limit 30)`);
  await t.ctx.db.execute(sql`insert into availability_rules (profile_id, weekdays, valid_from)
    select id, '{6,7}', '2027-02-01' from catalogue_profiles order by md5(id::text) limit 60`);
  await t.ctx.db.execute(sql`update catalogue_profiles set status = 'draft'
    where id in (select id from catalogue_profiles order by md5(id::text) desc limit 20)`);
  vocabulary = {
    genres: await distinct('unnest(genres) v'),
    languages: await distinct('unnest(languages) v'),
    categories: await distinct('unnest(categories) v'),
    features: await distinct('unnest(features) v'),
    regions: await distinct('lateral (select region as v) r'),
    departements: await distinct('lateral (select departement as v) d'),
  };
  index = new SearchIndex(t.ctx.db);
  await index.ready();
}, 300_000);
afterAll(async () => {
  await index?.stop();
  await t?.close();
});

const maybe = <T>(value: fc.Arbitrary<T>, weight = 1) =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight, arbitrary: value });
const list = (values: readonly string[], maxLength: number) =>
  maybe(fc.subarray([...values], { minLength: 1, maxLength }).map((v) => v.join(',')));
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A raw query string as a client would send it: each filter present now and then. */
const rawQuery = () =>
  fc.record({
    genres: list(vocabulary.genres, 3),
    capacityMin: maybe(fc.integer({ min: 0, max: 2000 }).map(String)),
    capacityMax: maybe(fc.integer({ min: 2000, max: 20_000 }).map(String)),
    priceMin: maybe(fc.integer({ min: 0, max: 500_000 }).map(String)),
    priceMax: maybe(fc.integer({ min: 500_000, max: 5_000_000 }).map(String)),
    centre: maybe(
      fc.record({
        lat: fc.double({ min: 43, max: 50.5, noNaN: true }).map((v) => v.toFixed(4)),
        lng: fc.double({ min: -1.5, max: 7.5, noNaN: true }).map((v) => v.toFixed(4)),
        radiusKm: fc.integer({ min: 10, max: 600 }).map(String),
      }),
      5,
    ),
    country: list(['FR', 'BE', 'CH', 'LU'], 4),
    region: list(vocabulary.regions, 4),
    departement: list(vocabulary.departements, 6),
    languages: list(vocabulary.languages, 2),
    categories: list(vocabulary.categories, 3),
    features: list(vocabulary.features, 2),
    minRating: maybe(fc.constantFrom('3', '3.5', '4.2', '4.6')),
    verified: maybe(fc.constantFrom('true', 'false')),
    dates: maybe(
      fc
        .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 9 }))
        .map(([start, days]) => ({ dateFrom: day(start), dateTo: day(start + days) })),
    ),
    sort: fc.constantFrom(...SORTS.filter((s) => s !== 'name')),
    limit: fc.integer({ min: 1, max: 12 }).map(String),
    facets: maybe(fc.constantFrom('true', 'false')),
  });

function parse(raw: Record<string, unknown>, cursor?: string) {
  const { centre, dates, ...rest } = raw as Record<string, string> & {
    centre?: Record<string, string>;
    dates?: Record<string, string>;
  }; // built by rawQuery above
  return searchQuery.parse({ ...rest, ...centre, ...dates, ...(cursor ? { cursor } : {}) });
}

describe('in-memory search index', () => {
  it('answers exactly as the SQL path: ids, order, distances, totals, facet counts, cursors', async () => {
    let nonEmpty = 0;
    let paged = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom('venue', 'artist'), fc.constantFrom(...PROFILE_KINDS)),
        rawQuery(),
        async (kind, raw) => {
          let cursor: string | undefined;
          for (let page = 0; page < 3; page++) {
            const q = parse(raw, cursor);
            const expected = await searchProfiles(t.ctx.db, kind, q);
            const actual: SearchResult = await searchProfiles(t.ctx.db, kind, q, index);
            expect(actual).toEqual(expected);
            if (page === 0 && expected.total > 0) nonEmpty++;
            if (page === 1) paged++;
            if (!expected.nextCursor) break;
            cursor = expected.nextCursor;
          }
        },
      ),
      { numRuns: 150 },
    );
    // the comparison is not vacuous: many queries find profiles, many go to a second page
    expect(nonEmpty).toBeGreaterThan(30);
    expect(paged).toBeGreaterThan(15);
    console.info(`search index equivalence: ${nonEmpty} non-empty, ${paged} paged`);
  }, 600_000);

  it('finds at least some profiles on broad queries (the comparison is not vacuous)', async () => {
    const q = searchQuery.parse({ lat: '45.76', lng: '4.84', radiusKm: '300', sort: 'distance' });
    const result = await searchProfiles(t.ctx.db, 'venue', q, index);
    expect(result.total).toBeGreaterThan(5);
    expect(result.items[0]?.distanceMetres).toBeTypeOf('number');
  });

  it('follows edits, unpublishing and calendars through the change feed', async () => {
    const [venue] = await queryRows<{ id: string }>(
      t.ctx.db,
      sql`select id from catalogue_profiles where kind = 'venue' and status = 'published' order by id limit 1`,
    );
    const id = venue!.id;
    const lookFor = async () => {
      await index.sync();
      const q = searchQuery.parse({ sort: 'price', priceMax: '1', limit: '100' });
      return (await searchProfiles(t.ctx.db, 'venue', q, index)).items.find((i) => i.id === id);
    };
    await t.ctx.db.execute(
      sql`update catalogue_profiles set price_min_cents = 0, name = 'Renamed hall' where id = ${id}`,
    );
    expect((await lookFor())?.name).toBe('Renamed hall');
    await t.ctx.db.execute(sql`update catalogue_profiles set status = 'draft' where id = ${id}`);
    expect(await lookFor()).toBeUndefined();
    await t.ctx.db.execute(sql`update catalogue_profiles set status = 'published' where id = ${id}`);
    expect(await lookFor()).toBeDefined();
    await t.ctx.db.execute(
      sql`insert into availability_slots (profile_id, start_date, end_date, status) values (${id}, '2031-03-01', '2031-03-03', 'booked')`,
    );
    await index.sync();
    const busy = searchQuery.parse({
      sort: 'price',
      priceMax: '1',
      dateFrom: '2031-03-02',
      dateTo: '2031-03-02',
      limit: '100',
    });
    const found = await searchProfiles(t.ctx.db, 'venue', busy, index);
    expect(found.items.map((i) => i.id)).not.toContain(id);
    expect(found).toEqual(await searchProfiles(t.ctx.db, 'venue', busy));
  });
});
