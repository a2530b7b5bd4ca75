import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { SAMPLE_PROFILES } from './fixtures.ts';

let t: TestApp;
let venues: SignedUp;
let searcher: SignedUp;

const base = SAMPLE_PROFILES.venue;
// Real places: Lyon area, Grenoble (≈95 km from Lyon), Paris (≈390 km), Genève (CH).
const VENUES = [
  {
    name: 'Le Transbordeur',
    city: 'Villeurbanne',
    latitude: 45.7834,
    longitude: 4.8609,
    genres: ['rock', 'electro'],
    standing: 1800,
    budget: 2_500_000,
    type: 'concert_hall',
    languages: ['fr'],
  },
  {
    name: 'Le Périscope',
    city: 'Lyon',
    latitude: 45.7485,
    longitude: 4.8266,
    genres: ['jazz'],
    standing: 150,
    budget: 300_000,
    type: 'club',
    languages: ['fr', 'en'],
  },
  {
    name: 'La Belle Électrique',
    city: 'Grenoble',
    latitude: 45.1767,
    longitude: 5.7195,
    genres: ['indie-rock'],
    standing: 1000,
    budget: 1_500_000,
    type: 'smac',
    languages: ['fr'],
  },
  {
    name: 'La Cigale',
    city: 'Paris',
    latitude: 48.8822,
    longitude: 2.3405,
    genres: ['indie-rock', 'pop'],
    standing: 1400,
    budget: 3_000_000,
    type: 'concert_hall',
    languages: ['fr'],
  },
  {
    name: "L'Usine",
    city: 'Genève',
    latitude: 46.2044,
    longitude: 6.1432,
    genres: ['punk-rock'],
    standing: 600,
    budget: 800_000,
    type: 'club',
    languages: ['fr', 'de'],
  },
];
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  venues = await signUpAs(t.app, 'venue');
  searcher = await signUpAs(t.app, 'artist');
  for (const v of VENUES) {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalogue/profiles',
      headers: venues.auth,
      payload: {
        ...base,
        organisationId: venues.organisationId,
        name: v.name,
        city: v.city,
        country: v.city === 'Genève' ? 'CH' : 'FR',
        latitude: v.latitude,
        longitude: v.longitude,
        genres: v.genres,
        languages: v.languages,
        details: {
          venueType: v.type,
          capacityStanding: v.standing,
          budget: { minCents: Math.round(v.budget / 5), maxCents: v.budget, currency: 'EUR' },
        },
      },
    });
    if (created.statusCode !== 201) throw new Error(created.body);
    const id = created.json().id as string;
    ids.set(v.name, id);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${id}/publish`,
      headers: venues.auth,
    });
  }
  // A draft never appears in search.
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/catalogue/profiles',
    headers: venues.auth,
    payload: { ...base, organisationId: venues.organisationId, name: 'Brouillon Lyonnais' },
  });
});
afterAll(() => t.close());

async function search(query: string, kind = 'venues') {
  const response = await t.app.inject({
    url: `/api/v1/catalogue/search/${kind}?${query}`,
    headers: searcher.auth,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: { name: string; distanceMetres: number | null; relevance: number | null }[];
    nextCursor: string | null;
    total: number;
    facets: Record<string, { value: string; count: number }[]> | null;
  };
}
const names = (r: { items: { name: string }[] }) => r.items.map((i) => i.name);

describe('venue search', () => {
  it.each([
    ['q=periscope', ['Le Périscope']],
    ['q=PÉRISCOPE', ['Le Périscope']],
    ['q=transbordeu', ['Le Transbordeur']],
    ['q=belle electrik', ['La Belle Électrique']],
    ['q=geneve', ["L'Usine"]],
  ])('finds by text, accent- and typo-tolerant: %s', async (query, expected) => {
    expect(names(await search(query))).toEqual(expected);
  });

  it('filters by genre family including sub-genres', async () => {
    const r = await search('genres=rock&sort=name');
    expect(names(r)).toEqual(["L'Usine", 'La Belle Électrique', 'La Cigale', 'Le Transbordeur']);
  });

  it('searches within a radius, nearest first, with distances', async () => {
    const r = await search('lat=45.764&lng=4.8357&radiusKm=150');
    expect(names(r)).toEqual(['Le Périscope', 'Le Transbordeur', 'La Belle Électrique', "L'Usine"]);
    const grenoble = r.items[2]?.distanceMetres ?? 0;
    expect(grenoble).toBeGreaterThan(90_000);
    expect(grenoble).toBeLessThan(100_000);
  });

  it('combines five filters, radius and a sort', async () => {
    const r = await search(
      'lat=45.764&lng=4.8357&radiusKm=150&genres=rock&capacityMin=500&priceMax=1000000&country=FR&languages=fr&categories=concert_hall,smac&sort=price',
    );
    expect(names(r)).toEqual(['La Belle Électrique', 'Le Transbordeur']);
    expect(r.total).toBe(2);
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await search(`sort=name&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...names(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["L'Usine", 'La Belle Électrique', 'La Cigale', 'Le Périscope', 'Le Transbordeur']);
  });

  it('counts facets among the matches', async () => {
    const r = await search('genres=rock');
    expect(r.facets?.country).toEqual([
      { value: 'FR', count: 3 },
      { value: 'CH', count: 1 },
    ]);
    expect(r.facets?.category).toContainEqual({ value: 'concert_hall', count: 2 });
  });

  it('sorts by relevance when searching text', async () => {
    const r = await search('q=la');
    expect(r.items.every((i) => i.relevance !== null)).toBe(true);
  });

  it.each([
    ['lat=95&lng=3', 'lat'],
    ['lat=45', 'lng'],
    ['capacityMin=500&capacityMax=100', 'capacityMin'],
    ['priceMin=-4', 'priceMin'],
    ['dateFrom=2026-07-10', 'dateTo'],
    ['sort=cheapest', 'sort'],
    ['cursor=bm9wZQ', 'cursor'],
    ['country=DE', 'country'],
  ])('refuses %s', async (query, field) => {
    const response = await t.app.inject({
      url: `/api/v1/catalogue/search/venues?${query}`,
      headers: searcher.auth,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(JSON.stringify(response.json().errors)).toContain(field);
  });

  it('needs a logged-in user', async () => {
    expect((await t.app.inject({ url: '/api/v1/catalogue/search/venues' })).statusCode).toBe(401);
  });
});

describe('towns', () => {
  it('looks up a town and searches around it', async () => {
    const response = await t.app.inject({ url: '/api/v1/catalogue/towns?q=lyon' });
    const [lyon] = response.json().items;
    expect(lyon).toMatchObject({ name: 'Lyon', country: 'FR', departement: '69' });
    const r = await search(`townId=${lyon.id}&radiusKm=20`);
    expect(names(r)).toEqual(['Le Périscope', 'Le Transbordeur']);
  });
  it('tolerates accents and typos', async () => {
    const response = await t.app.inject({ url: '/api/v1/catalogue/towns?q=geneve' });
    expect(response.json().items[0].name).toBe('Genève');
    const typo = await t.app.inject({ url: '/api/v1/catalogue/towns?q=marseile' });
    expect(typo.json().items[0].name).toBe('Marseille');
  });
});
