import type { Db } from '@flowstage/db';
import { GENRES } from '@flowstage/domain/matching';
import { sql } from 'drizzle-orm';

/**
 * Fast synthetic catalogue for the matching benchmark: set-based INSERT … SELECT on PostgreSQL
 * (100,000 rows in seconds, where row-by-row seeding takes minutes). Towns are drawn around real
 * FR/BE/CH/LU city centres; capacities, fees and budgets are log-uniform, genres from the taxonomy.
 */
const CENTRES: [number, number][] = [
  [48.8566, 2.3522],
  [45.764, 4.8357],
  [43.2965, 5.3698],
  [43.6047, 1.4442],
  [47.2184, -1.5536],
  [44.8378, -0.5792],
  [50.6292, 3.0573],
  [48.5734, 7.7521],
  [43.7102, 7.262],
  [48.1173, -1.6778],
  [45.1885, 5.7245],
  [47.322, 5.0415],
  [49.2583, 4.0317],
  [43.6108, 3.8767],
  [50.8503, 4.3517],
  [51.2194, 4.4025],
  [50.6326, 5.5797],
  [46.2044, 6.1432],
  [46.5197, 6.6323],
  [47.3769, 8.5417],
  [49.6116, 6.1319],
  [45.7772, 3.087],
  [47.9029, 1.9093],
  [49.4432, 1.0999],
  [43.1242, 5.928],
];

export async function generateBenchCatalogue(
  db: Db,
  n: { venues: number; artists: number; orgs: number },
  today: string,
) {
  const genres = sql.raw(`array[${GENRES.map((g) => `'${g.slug}'`).join(',')}]`);
  const centres = sql.raw(`array[${CENTRES.map(([a, b]) => `point(${a},${b})`).join(',')}]`);
  await db.execute(sql`select setseed(0.42)`);
  await db.execute(sql`
    insert into organisations (name, account_type, country, city)
    select 'Bench org ' || g, case when g % 2 = 0 then 'venue' else 'booker' end, 'FR', 'Bench'
    from generate_series(1, ${n.orgs}) g`);
  await db.execute(sql`create temporary table bench_orgs as
    select row_number() over (partition by account_type order by id) as i, id, account_type from organisations where name like 'Bench org %'`);
  const common = (kind: 'venue' | 'artist', count: number) => sql`
    with base as (
      select g,
        (${centres})[1 + floor(random() * ${CENTRES.length})::int] as c,
        random() as r1, random() as r2, random() as r3, random() as r4,
        ${genres} as gs
      from generate_series(1, ${count}) g
    ), shaped as (
      select g, c[0] + (random() - 0.5) * 1.2 as lat, c[1] + (random() - 0.5) * 1.6 as lon,
        round(exp(ln(80) + r1 * (ln(8000) - ln(80))))::int as cap,
        round(exp(ln(30000) + r2 * (ln(5000000) - ln(30000))))::int as money,
        array(select distinct gs[1 + floor(random() * array_length(gs, 1))::int] from generate_series(1, 1 + floor(r3 * 3)::int)) as genres,
        r4
      from base
    )
    select o.id as org, g, lat, lon, cap, money, genres, r4
    from shaped join bench_orgs o on o.account_type = ${kind === 'venue' ? 'venue' : 'booker'} and o.i = 1 + (g % ${Math.floor(n.orgs / 2)})`;
  await db.execute(sql`
    insert into catalogue_profiles (organisation_id, kind, status, verification, name, country, city, latitude, longitude,
      genres, categories, capacity_min, capacity_max, price_min_cents, price_max_cents, currency, details, published_at)
    select org, 'venue', 'published', case when r4 < 0.3 then 'verified' else 'unverified' end, 'Venue ' || g, 'FR', 'Bench',
      lat, lon, genres, array[(array['concert_hall','club','smac','theatre','festival'])[1 + (g % 5)]],
      case when r4 < 0.5 then cap else (cap * 0.6)::int end, cap, (money / 3)::int, money, 'EUR',
      jsonb_build_object('venueType', (array['concert_hall','club','smac','theatre','festival'])[1 + (g % 5)],
        'capacityStanding', cap, 'budget', jsonb_build_object('minCents', (money / 3)::int, 'maxCents', money, 'currency', 'EUR')),
      now()
    from (${common('venue', n.venues)}) v`);
  await db.execute(sql`
    insert into catalogue_profiles (organisation_id, kind, status, verification, name, country, city, latitude, longitude,
      genres, categories, capacity_min, capacity_max, price_min_cents, price_max_cents, currency, details, published_at)
    select org, 'artist', 'published', 'unverified', 'Artist ' || g, 'FR', 'Bench',
      lat, lon, genres, array['band'], cap, (cap * (1.5 + r4 * 2))::int, money, (money * (1 + r4))::int, 'EUR',
      jsonb_build_object('actType', 'band', 'capacityRange', jsonb_build_object('min', cap, 'max', (cap * (1.5 + r4 * 2))::int),
        'fees', jsonb_build_array(jsonb_build_object('dealType', 'flat_guarantee', 'minCents', money, 'maxCents', (money * (1 + r4))::int, 'currency', 'EUR')),
        'travellingParty', 5),
      now()
    from (${common('artist', n.artists)}) a`);
  // About a third of the profiles have two or three busy stretches in the next four months.
  await db.execute(sql`
    insert into availability_slots (profile_id, start_date, end_date, status)
    select p.id, d, d + (floor(random() * 3))::int, case when random() < 0.7 then 'booked' else 'unavailable' end
    from catalogue_profiles p
    cross join lateral (select (${today}::date + (floor(random() * 120))::int) as d from generate_series(1, 2 + floor(random() * 2)::int) where p.id is not null) x
    where (p.name like 'Venue %' or p.name like 'Artist %') and random() < 0.33`);
  await db.execute(sql`analyze`);
}

/**
 * The naive baseline the issue asks for: score every venue row in SQL for one artist and date
 * (capacity log-scale fit, budget fit, distance decay, genre overlap, busy days excluded),
 * then sort and take 20. Same criteria and weights as the engine, without any index or pruning.
 */
export function naiveSqlTop20(
  a: {
    lat: number;
    lon: number;
    capMin: number;
    capMax: number;
    feeMin: number;
    feeMax: number;
    genres: string[];
  },
  day: string,
) {
  const genres = sql.raw(`array[${a.genres.map((g) => `'${g.replaceAll("'", '')}'`).join(',')}]::text[]`);
  return sql`
    select id, name,
      25 * (case when capacity_min > ${a.capMax} then greatest(0, 1 - ln(capacity_min::float / ${a.capMax}) / ln(3))
                 when capacity_max < ${a.capMin} then greatest(0, 1 - ln(${a.capMin}::float / greatest(1, capacity_max)) / ln(4))
                 else 1 end)
      + 20 * (case when price_max_cents >= ${a.feeMax} then 1 when price_max_cents >= ${a.feeMin} then 0.9
                   else greatest(0, 0.6 * (1 - (${a.feeMin}::float / greatest(1, price_max_cents) - 1) / 0.5)) end)
      + 15 * 0.75
      + 10 * greatest(0, least(1, (800000 - 2 * 6371008.8 * asin(sqrt(
             power(sin(radians(latitude - ${a.lat}) / 2), 2)
             + cos(radians(${a.lat})) * cos(radians(latitude)) * power(sin(radians(longitude - ${a.lon}) / 2), 2)))) / 770000))
      + 15 * (case when genres && ${genres} then 1 else 0.25 end)
      + 10 * 0.3 + 5 as score
    from catalogue_profiles p
    where kind = 'venue' and status = 'published' and currency = 'EUR'
      and ${a.feeMin} <= 1.5 * price_max_cents
      and not exists (select 1 from availability_slots s where s.profile_id = p.id and s.status in ('booked','unavailable')
                      and ${day}::date between s.start_date and s.end_date)
    order by score desc, id
    limit 20`;
}
