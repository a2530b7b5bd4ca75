import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { SAMPLE_PROFILES } from './fixtures.ts';

let t: TestApp;
let venueOrg: SignedUp;
let otherVenueOrg: SignedUp;
let booker: SignedUp;

beforeAll(async () => {
  t = await createTestApp();
  venueOrg = await signUpAs(t.app, 'venue');
  otherVenueOrg = await signUpAs(t.app, 'venue');
  booker = await signUpAs(t.app, 'booker');
});
afterAll(() => t.close());

async function create(who: SignedUp, doc: object) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/catalogue/profiles',
    headers: who.auth,
    payload: { organisationId: who.organisationId, ...doc },
  });
}

const ACCOUNT_FOR_KIND: Record<keyof typeof SAMPLE_PROFILES, string> = {
  artist: 'artist',
  venue: 'venue',
  street_arts_company: 'street_arts_company',
  technician: 'technician',
  service_provider: 'service_provider',
  municipality: 'municipality',
  campsite: 'campsite',
  audiovisual_production: 'audiovisual_production',
};

describe('profiles of every kind', () => {
  it.each(Object.entries(SAMPLE_PROFILES))('creates, edits, publishes and reads a %s', async (kind, doc) => {
    const owner = await signUpAs(t.app, ACCOUNT_FOR_KIND[kind as keyof typeof SAMPLE_PROFILES]);
    const created = await create(owner, doc);
    expect(created.statusCode, created.body).toBe(201);
    const profile = created.json();
    expect(profile).toMatchObject({ kind, status: 'draft', name: doc.name });
    expect(profile.completion.percent).toBeGreaterThan(0);

    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/catalogue/profiles/${profile.id}`,
      headers: owner.auth,
      payload: { description: 'Updated description', languages: ['fr'] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().description).toBe('Updated description');

    const stranger = await signUpAs(t.app, 'venue');
    const hidden = await t.app.inject({
      url: `/api/v1/catalogue/profiles/${profile.id}`,
      headers: stranger.auth,
    });
    expect(hidden.statusCode).toBe(404);

    const published = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${profile.id}/publish`,
      headers: owner.auth,
    });
    expect(published.json().status).toBe('published');
    const visible = await t.app.inject({
      url: `/api/v1/catalogue/profiles/${profile.id}`,
      headers: stranger.auth,
    });
    expect(visible.statusCode).toBe(200);
  });
});

describe('ownership and isolation', () => {
  it('lets a booker agency own several artists', async () => {
    for (const name of ['Artist A', 'Artist B']) {
      expect((await create(booker, { ...SAMPLE_PROFILES.artist, name })).statusCode).toBe(201);
    }
    const list = await t.app.inject({
      url: `/api/v1/catalogue/organisations/${booker.organisationId}/profiles?kind=artist`,
      headers: booker.auth,
    });
    expect(list.json().items).toHaveLength(2);
  });

  it('refuses a kind the organisation cannot own', async () => {
    const response = await create(venueOrg, SAMPLE_PROFILES.artist);
    expect(response.statusCode).toBe(403);
  });

  it('never lets organisation B read a draft, edit, publish or delete A’s profile', async () => {
    const id = (await create(venueOrg, SAMPLE_PROFILES.venue)).json().id;
    const attempts = [
      { method: 'GET' as const, url: `/api/v1/catalogue/profiles/${id}` },
      { method: 'PATCH' as const, url: `/api/v1/catalogue/profiles/${id}`, payload: { name: 'Hijacked' } },
      { method: 'POST' as const, url: `/api/v1/catalogue/profiles/${id}/publish` },
      { method: 'DELETE' as const, url: `/api/v1/catalogue/profiles/${id}` },
      { method: 'GET' as const, url: `/api/v1/catalogue/organisations/${venueOrg.organisationId}/profiles` },
    ];
    for (const attempt of attempts) {
      const response = await t.app.inject({ ...attempt, headers: otherVenueOrg.auth });
      expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
    }
    const creating = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalogue/profiles',
      headers: otherVenueOrg.auth,
      payload: { organisationId: venueOrg.organisationId, ...SAMPLE_PROFILES.venue },
    });
    expect(creating.statusCode).toBe(404);
    const mine = await t.app.inject({ url: `/api/v1/catalogue/profiles/${id}`, headers: venueOrg.auth });
    expect(mine.json().name).toBe(SAMPLE_PROFILES.venue.name);
  });
});

describe('bad input', () => {
  it.each([
    ['invalid coordinates', { latitude: 123 }, 'latitude'],
    [
      'a negative capacity',
      { details: { ...SAMPLE_PROFILES.venue.details, capacityStanding: -10 } },
      'details.capacityStanding',
    ],
    [
      'budget min > max',
      {
        details: {
          ...SAMPLE_PROFILES.venue.details,
          budget: { minCents: 900, maxCents: 100, currency: 'EUR' },
        },
      },
      'details.budget.minCents',
    ],
    ['an unknown genre', { genres: ['rock', 'polka-core'] }, 'genres.1'],
    ['an unknown field', { colour: 'red' }, ''],
    [
      'a bad licence number',
      { details: { ...SAMPLE_PROFILES.venue.details, licence: { category: 1, number: '123' } } },
      'licence',
    ],
  ])('refuses %s with a precise problem', async (_label, patch, path) => {
    const response = await create(venueOrg, { ...SAMPLE_PROFILES.venue, ...patch });
    expect(response.statusCode, response.body).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e: { path: string }) => e.path).join(' ')).toContain(path);
  });

  it('refuses a PATCH that would make the profile invalid and keeps the old values', async () => {
    const id = (await create(venueOrg, SAMPLE_PROFILES.venue)).json().id;
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/catalogue/profiles/${id}`,
      headers: venueOrg.auth,
      payload: { name: 'Renamed', longitude: 400 },
    });
    expect(response.statusCode).toBe(400);
    const after = await t.app.inject({ url: `/api/v1/catalogue/profiles/${id}`, headers: venueOrg.auth });
    expect(after.json().name).toBe(SAMPLE_PROFILES.venue.name);
  });
});

describe('OpenAPI document', () => {
  it('describes the catalogue routes and profile kinds for the web client', async () => {
    const response = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json() as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    for (const path of [
      '/api/v1/catalogue/profiles',
      '/api/v1/catalogue/search/venues',
      '/api/v1/catalogue/search/artists/export',
      '/api/v1/catalogue/organisations/{orgId}/imports/{kind}',
      '/api/v1/catalogue/profiles/{profileId}/availability',
      '/api/v1/catalogue/towns',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(JSON.stringify(doc.paths['/api/v1/catalogue/profiles']?.post?.requestBody)).toContain(
      'street_arts_company',
    );
  });
});
