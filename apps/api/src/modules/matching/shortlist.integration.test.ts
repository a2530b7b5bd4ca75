import { domainEvents } from '@flowstage/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { matchingIndexFor } from './index.ts';
import {
  artistDoc,
  companyDoc,
  dayFromNow,
  publishProfile,
  technicianDoc,
  venueDoc,
} from './testing/catalogue-fixtures.ts';

let t: TestApp;
let booker: SignedUp;
let venueOrg: SignedUp;
let stranger: SignedUp;
let town: SignedUp;
let artistId: string;
let venueId: string;
const DATES = [dayFromNow(50)];

const venuesFor = () => ({
  kind: 'venues-for-artist',
  organisationId: booker.organisationId,
  artistProfileId: artistId,
  dates: DATES,
});
const post = (who: SignedUp | null, url: string, payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: who?.auth ?? {},
    payload: payload as Record<string, unknown>,
  });

beforeAll(async () => {
  t = await createTestApp();
  booker = await signUpAs(t.app, 'booker');
  venueOrg = await signUpAs(t.app, 'venue');
  stranger = await signUpAs(t.app, 'booker');
  town = await signUpAs(t.app, 'municipality');
  const companies = await signUpAs(t.app, 'street_arts_company');
  const techs = await signUpAs(t.app, 'technician');
  artistId = await publishProfile(t.app, booker, artistDoc('Les Ondes', 47.2184, -1.5536, 'Nantes'));
  venueId = await publishProfile(
    t.app,
    venueOrg,
    venueDoc('Stereolux', 47.2065, -1.5644, 'Nantes', { standing: 800 }),
  );
  await publishProfile(t.app, venueOrg, venueDoc('Le Chabada', 47.4784, -0.5632, 'Angers'));
  await publishProfile(
    t.app,
    companies,
    companyDoc('Compagnie des Échasses', 44.9264, 2.4397, 'Aurillac', 150_000),
  );
  await publishProfile(t.app, companies, companyDoc('Théâtre de Rue Cher', 48.85, 2.35, 'Paris', 2_000_000));
  await publishProfile(t.app, techs, technicianDoc('Camille Roux', 45.1885, 5.7245, 'Grenoble', 35_000));
  await publishProfile(t.app, techs, technicianDoc('Sam Lefèvre', 45.764, 4.8357, 'Lyon', 90_000));
  await matchingIndexFor(t.ctx).sync();
});
afterAll(async () => t?.close());

describe('shortlist and hold requests', () => {
  let entryId: string;

  it('saves a result with the score recomputed server-side and the weights version', async () => {
    const res = await post(booker, '/api/v1/matching/shortlist', {
      request: venuesFor(),
      candidateProfileId: venueId,
    });
    expect(res.statusCode).toBe(201);
    const entry = res.json<{
      id: string;
      score: number;
      weights: { version: string };
      date: string;
      breakdown: unknown[];
      status: string;
    }>();
    expect(entry).toMatchObject({ weights: { version: '2026-06.1' }, date: DATES[0], status: 'saved' });
    expect(entry.breakdown).toHaveLength(7);
    entryId = entry.id;
    const again = await post(booker, '/api/v1/matching/shortlist', {
      request: venuesFor(),
      candidateProfileId: venueId,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<{ id: string }>().id).toBe(entryId);
  });

  it('lists the shortlist to members only', async () => {
    const mine = await t.app.inject({
      method: 'GET',
      url: `/api/v1/matching/shortlist?organisationId=${booker.organisationId}`,
      headers: booker.auth,
    });
    expect(mine.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([entryId]);
    const theirs = await t.app.inject({
      method: 'GET',
      url: `/api/v1/matching/shortlist?organisationId=${booker.organisationId}`,
      headers: stranger.auth,
    });
    expect(theirs.statusCode).toBe(404);
  });

  it('another organisation can neither hold nor delete the entry', async () => {
    expect((await post(stranger, `/api/v1/matching/shortlist/${entryId}/hold`, {})).statusCode).toBe(404);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/matching/shortlist/${entryId}`,
      headers: stranger.auth,
    });
    expect(del.statusCode).toBe(404);
  });

  it('sends a hold request once, emitting match_found to both organisations', async () => {
    const res = await post(booker, `/api/v1/matching/shortlist/${entryId}/hold`, {
      message: 'Option pour le 12',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'hold_requested' });
    const events = await t.ctx.db.select().from(domainEvents).where(eq(domainEvents.type, 'match_found'));
    expect(events).toHaveLength(1);
    expect([...events[0]!.organisationIds].sort()).toEqual(
      [booker.organisationId, venueOrg.organisationId].sort(),
    );
    expect(events[0]!.payload).toMatchObject({
      shortlistId: entryId,
      candidateProfileId: venueId,
      holdRequested: true,
    });
    expect((await post(booker, `/api/v1/matching/shortlist/${entryId}/hold`, {})).statusCode).toBe(409);
  });

  it('refuses to shortlist a candidate excluded by a hard constraint (409) and unknown ones (404)', async () => {
    const arena = await publishProfile(
      t.app,
      venueOrg,
      venueDoc('Arena', 48.9, 2.39, 'Paris', { standing: 30_000, budget: 9_000_000 }),
    );
    await matchingIndexFor(t.ctx).sync();
    expect(
      (await post(booker, '/api/v1/matching/shortlist', { request: venuesFor(), candidateProfileId: arena }))
        .statusCode,
    ).toBe(409);
    const unknown = '00000000-0000-4000-8000-000000000002';
    expect(
      (
        await post(booker, '/api/v1/matching/shortlist', {
          request: venuesFor(),
          candidateProfileId: unknown,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('deletes an entry for a member', async () => {
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/matching/shortlist/${entryId}`,
      headers: booker.auth,
    });
    expect(del.statusCode).toBe(204);
  });
});

describe('technicians, street arts and campsite circuits', () => {
  it('ranks technicians for a role and a local venue, excluding the one over the day-rate ceiling', async () => {
    const res = await post(venueOrg, '/api/v1/matching/search', {
      kind: 'technicians',
      organisationId: venueOrg.organisationId,
      role: 'foh',
      dates: DATES,
      venue: {
        venueProfileId: venueId,
        location: { lat: 45.19, lon: 5.72, label: 'Grenoble' },
        equipment: ['digico-sd12'],
      },
      riderRequirements: ['l-acoustics-kara'],
      budget: { maxDayRateCents: 50_000, currency: 'EUR' },
      locale: 'en',
    });
    expect(res.statusCode).toBe(200);
    const results = res.json<{ results: { candidate: { name: string }; lines: { criterion: string }[] }[] }>()
      .results;
    expect(results.map((r) => r.candidate.name)).toEqual(['Camille Roux']);
    expect(results[0]!.lines.map((l) => l.criterion)).toContain('expertise');
  });

  it('a municipality gets street-arts companies for its event, within budget', async () => {
    const res = await post(town, '/api/v1/matching/search', {
      kind: 'street-arts',
      organisationId: town.organisationId,
      event: {
        location: { lat: 45.04, lon: 3.88, label: 'Le Puy-en-Velay' },
        dates: DATES,
        placeType: 'rue',
        expectedAudience: 600,
        availablePowerKw: 0,
        audiences: ['famille'],
      },
      budget: { minCents: 0, maxCents: 300_000, currency: 'EUR' },
    });
    expect(res.statusCode).toBe(200);
    const names = res
      .json<{ results: { candidate: { name: string } }[] }>()
      .results.map((r) => r.candidate.name);
    expect(names).toEqual(['Compagnie des Échasses']);
  });

  it('a campsite chain gets acts for a summer circuit, and an out-of-season stop is a 400', async () => {
    const circuit = (date: string) => [
      {
        siteId: 'a',
        location: { lat: 44.66, lon: -1.17 },
        date,
        placeType: 'parc',
        expectedAudience: 300,
        availablePowerKw: 6,
      },
    ];
    const body = (date: string) => ({
      kind: 'campsite',
      organisationId: town.organisationId,
      circuit: circuit(date),
      budget: { minCents: 0, maxCents: 300_000, currency: 'EUR' },
    });
    const summer = `${new Date().getUTCFullYear() + 1}-07-14`;
    const ok = await post(town, '/api/v1/matching/search', body(summer));
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ results: unknown[] }>().results.length).toBeGreaterThan(0);
    const winter = await post(
      town,
      '/api/v1/matching/search',
      body(`${new Date().getUTCFullYear() + 1}-01-14`),
    );
    expect(winter.statusCode).toBe(400);
  });
});
