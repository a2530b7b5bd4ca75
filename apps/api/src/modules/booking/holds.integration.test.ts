import { bookingHolds, domainEvents } from '@flowstage/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../lib/jobs/index.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { registerBookingJobs } from './index.ts';
import { createWorld, futureDay, type World } from './testing.ts';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.app);
}, 120_000);
afterAll(async () => t?.close());

const holds = (orgId: string) => `/api/v1/organisations/${orgId}/booking/holds`;

async function place(who: World['seller'], artistId: string, date: string, expected = 201) {
  const res = await t.app.inject({
    method: 'POST',
    url: holds(who.organisationId),
    headers: who.auth,
    payload: { venueProfileId: w.venueId, artistProfileId: artistId, date },
  });
  expect(res.statusCode, res.body).toBe(expected);
  return res.json<{ id: string; rank: number; status: string; code?: string; secondsLeft: number | null }>();
}

describe('holds and challenges', () => {
  it('ranks holds, lets the 2nd challenge the 1st, and releases it automatically at the deadline', async () => {
    const date = futureDay(90);
    const first = await place(w.seller, w.artistId, date);
    const second = await place(w.seller2, w.artist2Id, date);
    expect([first.rank, second.rank]).toEqual([1, 2]);

    const challenged = await t.app.inject({
      method: 'POST',
      url: `${holds(w.seller2.organisationId)}/${second.id}/challenge`,
      headers: w.seller2.auth,
    });
    expect(challenged.statusCode, challenged.body).toBe(200);
    const target = challenged.json<{
      id: string;
      status: string;
      secondsLeft: number;
      challengeDeadline: string;
    }>();
    expect(target).toMatchObject({ id: first.id, status: 'challenged' });
    expect(target.secondsLeft).toBeGreaterThan(47 * 3600);
    expect(target.secondsLeft).toBeLessThanOrEqual(48 * 3600);
    // The event is in the outbox, committed with the challenge.
    const events = await t.ctx.db.select().from(domainEvents).where(eq(domainEvents.type, 'hold_challenged'));
    expect(events.map((e) => e.payload.holdId)).toContain(first.id);

    // A second challenge of the same hold is refused.
    const again = await t.app.inject({
      method: 'POST',
      url: `${holds(w.seller2.organisationId)}/${second.id}/challenge`,
      headers: w.seller2.auth,
    });
    expect(again.statusCode).toBe(409);

    // Nothing happens before the deadline; after it the job releases the hold.
    let now = new Date();
    const runner = registerBookingJobs(new JobRunner(t.ctx.db, { clock: () => now }), t.ctx);
    await runner.runDueJobs();
    expect((await row(first.id)).status).toBe('challenged');
    now = new Date(new Date(target.challengeDeadline).getTime() + 1000);
    await runner.runDueJobs();
    expect((await row(first.id)).status).toBe('expired');
    const moved = await t.app.inject({
      method: 'GET',
      url: `${holds(w.seller2.organisationId)}/${second.id}`,
      headers: w.seller2.auth,
    });
    expect(moved.json()).toMatchObject({ rank: 1, holdsOnDate: 1 });
  });

  it('uses the venue organisation’s challenge delay', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/organisations/${w.venue.organisationId}/booking/settings`,
      headers: w.venue.auth,
      payload: { challengeHours: 12 },
    });
    expect(put.statusCode, put.body).toBe(200);
    const date = futureDay(91);
    const first = await place(w.seller, w.artistId, date);
    const second = await place(w.seller2, w.artist2Id, date);
    const res = await t.app.inject({
      method: 'POST',
      url: `${holds(w.seller2.organisationId)}/${second.id}/challenge`,
      headers: w.seller2.auth,
    });
    expect(res.json<{ secondsLeft: number }>().secondsLeft).toBeLessThanOrEqual(12 * 3600);
    // The challenged holder releases: the challenger becomes first.
    const released = await t.app.inject({
      method: 'POST',
      url: `${holds(w.seller.organisationId)}/${first.id}/release`,
      headers: w.seller.auth,
    });
    expect(released.json()).toMatchObject({ status: 'released', rank: null });
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/organisations/${w.venue.organisationId}/booking/settings`,
      headers: w.venue.auth,
      payload: { challengeHours: 48 },
    });
  });

  it.each([
    ['a past date', () => ({ date: '2020-01-10' }), 400, 'VALIDATION_FAILED'],
    ['a malformed date', () => ({ date: '2026-13-45' }), 400, 'VALIDATION_FAILED'],
    [
      'an unknown venue',
      () => ({ venueProfileId: '00000000-0000-4000-8000-000000000000' }),
      404,
      'NOT_FOUND',
    ],
    ['an unknown field', () => ({ price: 1 }), 400, 'VALIDATION_FAILED'],
  ])('refuses %s', async (_name, change, status, code) => {
    const before = await t.ctx.db.select().from(bookingHolds);
    const res = await t.app.inject({
      method: 'POST',
      url: holds(w.seller.organisationId),
      headers: w.seller.auth,
      payload: { venueProfileId: w.venueId, artistProfileId: w.artistId, date: futureDay(95), ...change() },
    });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().code).toBe(code);
    expect(await t.ctx.db.select().from(bookingHolds)).toHaveLength(before.length);
  });

  it('refuses a hold on a date the venue marked unavailable (409), and one by a third party (403)', async () => {
    const date = futureDay(100);
    const slot = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${w.venueId}/availability`,
      headers: w.venue.auth,
      payload: { startDate: date, endDate: date, status: 'unavailable', reason: 'travaux' },
    });
    expect(slot.statusCode, slot.body).toBe(201);
    const res = await place(w.seller, w.artistId, date, 409);
    expect(res.code).toBe('DATE_UNAVAILABLE');
    // seller2 holds for an artist it does not represent at a venue it does not own.
    const third = await t.app.inject({
      method: 'POST',
      url: holds(w.seller2.organisationId),
      headers: w.seller2.auth,
      payload: { venueProfileId: w.venueId, artistProfileId: w.artistId, date: futureDay(101) },
    });
    expect(third.statusCode).toBe(403);
  });

  it('never shows a hold to an organisation that is not a party (404)', async () => {
    const hold = await place(w.seller, w.artistId, futureDay(110));
    const res = await t.app.inject({
      method: 'GET',
      url: `${holds(w.seller2.organisationId)}/${hold.id}`,
      headers: w.seller2.auth,
    });
    expect(res.statusCode).toBe(404);
    const cross = await t.app.inject({
      method: 'GET',
      url: `${holds(w.seller.organisationId)}/${hold.id}`,
      headers: w.seller2.auth,
    });
    expect(cross.statusCode).toBe(404);
  });
});

async function row(id: string) {
  const [r] = await t.ctx.db.select().from(bookingHolds).where(eq(bookingHolds.id, id));
  if (!r) throw new Error('hold vanished');
  return r;
}
