import { users } from '@flowstage/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { SAMPLE_PROFILES } from './fixtures.ts';
import { recordCollaboration } from './reviews.ts';

let t: TestApp;
let artist: SignedUp;
let venue: SignedUp;
let outsider: SignedUp;
let profileId: string;

beforeAll(async () => {
  t = await createTestApp();
  artist = await signUpAs(t.app, 'artist');
  venue = await signUpAs(t.app, 'venue');
  outsider = await signUpAs(t.app, 'venue');
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/catalogue/profiles',
    headers: artist.auth,
    payload: { ...SAMPLE_PROFILES.artist, organisationId: artist.organisationId },
  });
  profileId = created.json().id;
  await t.app.inject({
    method: 'POST',
    url: `/api/v1/catalogue/profiles/${profileId}/publish`,
    headers: artist.auth,
  });
  await recordCollaboration(t.ctx.db, {
    profileId,
    partnerOrganisationId: venue.organisationId,
    workedOn: '2026-05-02',
  });
});
afterAll(() => t.close());

const review = (who: SignedUp, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/catalogue/profiles/${profileId}/reviews`,
    headers: who.auth,
    payload,
  });

describe('reviews', () => {
  it('lets a partner who worked through the platform review once, and updates the rating', async () => {
    const r = await review(venue, {
      organisationId: venue.organisationId,
      rating: 4,
      comment: 'Carré, public ravi.',
    });
    expect(r.statusCode, r.body).toBe(201);
    expect((await review(venue, { organisationId: venue.organisationId, rating: 5 })).statusCode).toBe(409);
    const profile = await t.app.inject({
      url: `/api/v1/catalogue/profiles/${profileId}`,
      headers: outsider.auth,
    });
    expect(profile.json().rating).toEqual({ average: 4, count: 1 });
    const list = await t.app.inject({
      url: `/api/v1/catalogue/profiles/${profileId}/reviews`,
      headers: outsider.auth,
    });
    expect(list.json().items).toHaveLength(1);
  });

  it.each([
    [
      'an organisation that never worked with the profile',
      () => review(outsider, { organisationId: outsider.organisationId, rating: 1 }),
      403,
    ],
    [
      'a user speaking for an organisation they do not belong to',
      () => review(outsider, { organisationId: venue.organisationId, rating: 1 }),
      404,
    ],
    ['the profile owner', () => review(artist, { organisationId: artist.organisationId, rating: 5 }), 403],
    ['a rating out of 1–5', () => review(venue, { organisationId: venue.organisationId, rating: 6 }), 400],
  ])('refuses %s', async (_label, attempt, status) => {
    expect((await attempt()).statusCode).toBe(status);
  });
});

describe('verification', () => {
  it('is set by platform administrators only', async () => {
    const url = `/api/v1/catalogue/profiles/${profileId}/verification`;
    expect(
      (await t.app.inject({ method: 'POST', url, headers: artist.auth, payload: { status: 'verified' } }))
        .statusCode,
    ).toBe(403);
    const admin = await signUpAs(t.app, 'venue');
    await t.ctx.db.update(users).set({ isPlatformAdmin: true }).where(eq(users.id, admin.userId));
    const r = await t.app.inject({
      method: 'POST',
      url,
      headers: admin.auth,
      payload: { status: 'verified' },
    });
    expect(r.json().verification).toBe('verified');
    const search = await t.app.inject({
      url: '/api/v1/catalogue/search/artists?verified=true',
      headers: venue.auth,
    });
    expect(search.json().items.map((i: { id: string }) => i.id)).toEqual([profileId]);
  });
});
