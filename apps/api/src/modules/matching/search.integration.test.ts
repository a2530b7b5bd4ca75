import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { matchingIndexFor } from './index.ts';
import { artistDoc, dayFromNow, publishProfile, venueDoc } from './testing/catalogue-fixtures.ts';

let t: TestApp;
let booker: SignedUp;
let venueOrg: SignedUp;
let other: SignedUp;
let artistId: string;
let otherArtistId: string;
const venue = new Map<string, string>();
const DATES = [dayFromNow(40), dayFromNow(41)];

interface Line {
  criterion: string;
  points: number;
  text: string;
}
interface Result {
  rank: number;
  score: number;
  date: string | null;
  candidate: { id: string; name: string; distanceMetres: number };
  lines: Line[];
}

const search = (who: SignedUp, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/matching/search', headers: who.auth, payload: body });
const venuesFor = (extra: Record<string, unknown> = {}) => ({
  kind: 'venues-for-artist',
  organisationId: booker.organisationId,
  artistProfileId: artistId,
  dates: DATES,
  ...extra,
});
const sync = () => matchingIndexFor(t.ctx).sync();

beforeAll(async () => {
  t = await createTestApp();
  booker = await signUpAs(t.app, 'booker');
  venueOrg = await signUpAs(t.app, 'venue');
  other = await signUpAs(t.app, 'booker');
  artistId = await publishProfile(t.app, booker, artistDoc('Les Ondes', 47.2184, -1.5536, 'Nantes'));
  otherArtistId = await publishProfile(t.app, other, artistDoc('Autre Groupe', 45.76, 4.84, 'Lyon'));
  const venues: [string, number, number, string, Parameters<typeof venueDoc>[4]][] = [
    ['Stereolux', 47.2065, -1.5644, 'Nantes', { genres: ['indie-rock', 'electro'], standing: 1200 }],
    ['Le Ferrailleur', 47.2063, -1.5647, 'Nantes', { genres: ['rock'], standing: 450, budget: 250_000 }],
    ['Le Chabada', 47.4784, -0.5632, 'Angers', { genres: ['pop'], standing: 900 }],
    ['La Cigale', 48.8822, 2.3405, 'Paris', { genres: ['indie-rock'], standing: 1400, budget: 600_000 }],
    ['Zénith Géant', 48.8938, 2.3932, 'Paris', { genres: ['pop'], standing: 20_000, budget: 9_000_000 }],
  ];
  for (const [name, lat, lon, city, o] of venues)
    venue.set(name, await publishProfile(t.app, venueOrg, venueDoc(name, lat, lon, city, o)));
  await sync();
});
afterAll(async () => t?.close());

describe('POST /matching/search — venues for an artist', () => {
  it('ranks eligible venues with a breakdown that sums to the score, in French by default', async () => {
    const res = await search(booker, venuesFor());
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      results: Result[];
      weights: { version: string; organisationId: string | null };
    }>();
    expect(body.weights).toMatchObject({ version: '2026-06.1', organisationId: null });
    const names = body.results.map((r) => r.candidate.name);
    expect(names).not.toContain('Zénith Géant'); // 20,000 standing for a 200–900 act: excluded
    expect(names[0]).toBe('Le Ferrailleur'); // in the act's 200–900 range; Stereolux (1,200) is a bit big
    for (const r of body.results) {
      expect(r.lines).toHaveLength(7);
      const sum = r.lines.reduce((s, l) => s + l.points * 10, 0);
      expect(Math.round(sum)).toBe(Math.round(r.score * 10));
      expect(DATES).toContain(r.date);
    }
    const scores = body.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.results[0]!.lines.find((l) => l.criterion === 'geography')!.text).toMatch(/km|m de/);
  });

  it('answers a repeated search from its cache with the same JSON (X-Cache: HIT), access still checked', async () => {
    const body = venuesFor({ limit: 3 });
    const first = await search(booker, body);
    const again = await search(booker, body);
    expect(first.headers['x-cache']).toBe('MISS');
    expect(again.statusCode).toBe(200);
    expect(again.headers['x-cache']).toBe('HIT');
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(again.json<{ results: Result[] }>()).toEqual(first.json<{ results: Result[] }>());
    // another limit is another search
    expect((await search(booker, venuesFor({ limit: 2 }))).headers['x-cache']).toBe('MISS');
    // a caller outside the organisation is refused even though the answer is cached
    expect((await search(other, body)).statusCode).toBe(404);
  });

  it('renders explanations in English, Dutch and German on request', async () => {
    const fr = (await search(booker, venuesFor({ locale: 'fr' }))).json<{ results: Result[] }>().results[0]!;
    for (const locale of ['en', 'nl', 'de']) {
      const r = (await search(booker, venuesFor({ locale }))).json<{ results: Result[] }>().results[0]!;
      expect(r.score).toBe(fr.score);
      expect(r.lines[0]!.text).not.toBe(fr.lines[0]!.text);
    }
  });

  it.each([
    ['distance', (a: Result, b: Result) => a.candidate.distanceMetres <= b.candidate.distanceMetres],
    ['name', (a: Result, b: Result) => a.candidate.name.localeCompare(b.candidate.name) <= 0],
    ['affinity', (a: Result, b: Result) => points(a, 'affinity') >= points(b, 'affinity')],
  ])('sorts by %s', async (sort, ordered) => {
    const results = (await search(booker, venuesFor({ sort }))).json<{ results: Result[] }>().results;
    for (let i = 1; i < results.length; i++) expect(ordered(results[i - 1]!, results[i]!)).toBe(true);
  });

  it.each([
    [{ maxDistanceKm: 100 }, ['Stereolux', 'Le Ferrailleur', 'Le Chabada']],
    [{ capacityAtLeast: 1000 }, ['Stereolux', 'La Cigale']],
    [{ genres: ['rock'] }, ['Stereolux', 'Le Ferrailleur', 'La Cigale']],
    [{ priceAtLeastCents: 550_000 }, ['La Cigale']],
    [{ countries: ['BE'] }, []],
    [{ minScore: 99.9 }, []],
  ])('filters %j', async (filters, expected) => {
    const results = (await search(booker, venuesFor({ filters }))).json<{ results: Result[] }>().results;
    expect(results.map((r) => r.candidate.name).sort()).toEqual([...expected].sort());
  });

  it('answers "why not" with every failed hard constraint, rendered', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/matching/why-not',
      headers: booker.auth,
      payload: { request: venuesFor({ locale: 'en' }), candidateProfileId: venue.get('Zénith Géant') },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ verdict: string; reasons: { code: string; text: string }[] }>();
    expect(body.verdict).toBe('excluded');
    expect(body.reasons.map((r) => r.code)).toContain('CAPACITY_MISMATCH');
    expect(body.reasons[0]!.text.length).toBeGreaterThan(10);
  });

  it('answers "why not" for an eligible candidate with its score and rank', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/matching/why-not',
      headers: booker.auth,
      payload: {
        request: venuesFor({ filters: { maxDistanceKm: 50 } }),
        candidateProfileId: venue.get('La Cigale'),
      },
    });
    const body = res.json<{ verdict: string; score: number; rank: number | null; lines: Line[] }>();
    expect(body.verdict).toBe('filtered');
    expect(body.score).toBeGreaterThan(0);
    expect(body.lines).toHaveLength(7);
  });

  it('sees catalogue changes: a busy day, a budget cut, an unpublished venue', async () => {
    const id = venue.get('Stereolux')!;
    for (const day of DATES) {
      const slot = await t.app.inject({
        method: 'POST',
        url: `/api/v1/catalogue/profiles/${id}/availability`,
        headers: venueOrg.auth,
        payload: { startDate: day, endDate: day, status: 'booked' },
      });
      expect(slot.statusCode).toBe(201);
    }
    await sync();
    let names = (await search(booker, venuesFor()))
      .json<{ results: Result[] }>()
      .results.map((r) => r.candidate.name);
    expect(names).not.toContain('Stereolux');
    const why = await t.app.inject({
      method: 'POST',
      url: '/api/v1/matching/why-not',
      headers: booker.auth,
      payload: { request: venuesFor(), candidateProfileId: id },
    });
    expect(why.json<{ reasons: { code: string }[] }>().reasons.map((r) => r.code)).toContain(
      'DATE_UNAVAILABLE',
    );

    const off = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${venue.get('Le Chabada')}/unpublish`,
      headers: venueOrg.auth,
    });
    expect(off.statusCode).toBe(200);
    await sync();
    names = (await search(booker, venuesFor()))
      .json<{ results: Result[] }>()
      .results.map((r) => r.candidate.name);
    expect(names).not.toContain('Le Chabada');
  });

  it('says when the artist itself is unavailable: no venue on those dates, one notice per date', async () => {
    const [off, open] = [dayFromNow(60), dayFromNow(61)];
    const slot = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${artistId}/availability`,
      headers: booker.auth,
      payload: { startDate: off, endDate: off, status: 'unavailable', reason: 'Congés' },
    });
    expect(slot.statusCode).toBe(201);
    type Notices = { notices: { code: string; text: string }[]; results: Result[] };
    const none = (await search(booker, venuesFor({ dates: [off] }))).json<Notices>();
    expect(none.results).toEqual([]);
    expect(none.notices).toEqual([
      expect.objectContaining({
        code: 'DATE_UNAVAILABLE',
        text: expect.stringMatching(/l’artiste n’est pas disponible$/),
      }),
    ]);
    const some = (await search(booker, venuesFor({ dates: [off, open], locale: 'en' }))).json<Notices>();
    expect(some.results.length).toBeGreaterThan(0);
    expect(some.results.every((r) => r.date === open)).toBe(true);
    expect(some.notices.map((n) => n.text)).toEqual([expect.stringMatching(/the artist is not available$/)]);
    const free = (await search(booker, venuesFor())).json<Notices>();
    expect(free.notices).toEqual([]);
  });

  it("shows this process's own edit in the very next search: writes invalidate the index, searches do not", async () => {
    await sync();
    const invalidate = vi.spyOn(matchingIndexFor(t.ctx), 'invalidate');
    try {
      await search(booker, venuesFor());
      expect(invalidate).not.toHaveBeenCalled(); // a search (a POST) is declared read-only
      const id = venue.get('La Cigale')!;
      const renamed = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/catalogue/profiles/${id}`,
        headers: venueOrg.auth,
        payload: { name: 'La Cigale (rénovée)' },
      });
      expect(renamed.statusCode).toBe(200);
      expect(invalidate).toHaveBeenCalledTimes(1);
      const names = (await search(booker, venuesFor()))
        .json<{ results: Result[] }>()
        .results.map((r) => r.candidate.name);
      expect(names).toContain('La Cigale (rénovée)');
      expect(names).not.toContain('La Cigale');
    } finally {
      invalidate.mockRestore();
    }
  });

  it('artists for a venue: the venue organisation finds the artists, never its own profiles', async () => {
    const res = await search(venueOrg, {
      kind: 'artists-for-venue',
      organisationId: venueOrg.organisationId,
      venueProfileId: venue.get('La Cigale'),
      from: DATES[0],
      to: DATES[1],
    });
    expect(res.statusCode).toBe(200);
    const ids = res.json<{ results: Result[] }>().results.map((r) => r.candidate.id);
    expect(ids.sort()).toEqual([artistId, otherArtistId].sort());
  });

  it('returns the best venues for each date', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/matching/best-per-date',
      headers: booker.auth,
      payload: { ...venuesFor(), perDate: 2 },
    });
    expect(res.statusCode).toBe(200);
    const days = res.json<{ days: { date: string; results: Result[] }[] }>().days;
    expect(days.map((d) => d.date)).toEqual(DATES);
    for (const d of days) expect(d.results.length).toBeLessThanOrEqual(2);
  });
});

function points(r: Result, criterion: string) {
  return r.lines.find((l) => l.criterion === criterion)?.points ?? 0;
}

describe('weights: stored, versioned, per organisation', () => {
  it('refuses weights that do not sum to 100 or name unknown criteria (400)', async () => {
    for (const weights of [
      { capacity: 30, budget: 20, calendar: 15, geography: 10, affinity: 15, history: 10, exclusivity: 5 },
      { capacity: 25, budget: 20, calendar: 15, geography: 10, affinity: 15, history: 10, charisma: 5 },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/matching/weights',
        headers: booker.auth,
        payload: { organisationId: booker.organisationId, context: 'artist-venue', weights },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ code: string; errors: unknown[] }>()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });

  it('uses the organisation’s latest weights, and reproduces an older version on request', async () => {
    const before = (await search(booker, venuesFor())).json<{ results: Result[] }>().results;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/matching/weights',
      headers: booker.auth,
      payload: {
        organisationId: booker.organisationId,
        context: 'artist-venue',
        weights: {
          capacity: 10,
          budget: 10,
          calendar: 10,
          geography: 50,
          affinity: 10,
          history: 5,
          exclusivity: 5,
        },
        label: 'Routing first',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ version: 'org.1', organisationId: booker.organisationId });
    await new Promise((r) => setTimeout(r, 2100)); // "latest" is cached for 2 s per process
    const after = (await search(booker, venuesFor())).json<{
      weights: { version: string };
      results: Result[];
    }>();
    expect(after.weights.version).toBe('org.1');
    expect(after.results[0]!.lines.find((l) => l.criterion === 'geography')).toBeDefined();
    const again = (await search(booker, venuesFor({ weightsVersion: '2026-06.1' }))).json<{
      results: Result[];
    }>().results;
    expect(again.map((r) => [r.candidate.id, r.score])).toEqual(before.map((r) => [r.candidate.id, r.score]));
    // another organisation neither sees nor uses these weights
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/matching/weights?organisationId=${other.organisationId}`,
      headers: other.auth,
    });
    expect(list.json<{ items: { version: string }[] }>().items.map((i) => i.version)).not.toContain('org.1');
    const theirs = await search(other, {
      ...venuesFor(),
      organisationId: other.organisationId,
      artistProfileId: otherArtistId,
      weightsVersion: 'org.1',
    });
    expect(theirs.statusCode).toBe(404);
  });
});

describe('bad input gets a precise 4xx', () => {
  it.each([
    [
      'unknown artist profile',
      () => venuesFor({ artistProfileId: '00000000-0000-4000-8000-000000000000' }),
      404,
    ],
    ['another organisation’s artist', () => venuesFor({ artistProfileId: otherArtistId }), 404],
    ['a venue id as the artist', () => venuesFor({ artistProfileId: venue.get('La Cigale') }), 404],
    [
      'an organisation I do not belong to',
      () => ({ ...venuesFor(), organisationId: other.organisationId }),
      404,
    ],
    [
      'a range ending before it starts',
      () => ({ ...venuesFor(), dates: undefined, from: dayFromNow(50), to: dayFromNow(40) }),
      400,
    ],
    [
      'a range of 100 days',
      () => ({ ...venuesFor(), dates: undefined, from: dayFromNow(1), to: dayFromNow(100) }),
      400,
    ],
    ['no dates at all', () => ({ ...venuesFor(), dates: undefined }), 400],
    ['an impossible day', () => venuesFor({ dates: ['2026-02-30'] }), 400],
    ['an unknown sort', () => venuesFor({ sort: 'charisma' }), 400],
    ['an unknown weights version', () => venuesFor({ weightsVersion: 'v999' }), 404],
    ['an unknown field', () => venuesFor({ magic: true }), 400],
    [
      'capacity filter upside down',
      () => venuesFor({ filters: { capacityAtLeast: 900, capacityAtMost: 100 } }),
      400,
    ],
  ])('%s', async (_, body, status) => {
    const res = await search(booker, body());
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses anonymous callers', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/matching/search', payload: venuesFor() });
    expect(res.statusCode).toBe(401);
  });

  it('why-not on an unknown candidate is 404', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/matching/why-not',
      headers: booker.auth,
      payload: { request: venuesFor(), candidateProfileId: '00000000-0000-4000-8000-000000000001' },
    });
    expect(res.statusCode).toBe(404);
  });
});
