import { bookingOffers, bookings, domainEvents } from '@flowstage/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../lib/jobs/index.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { registerEventJobs } from '../events/index.ts';
import { registerBookingJobs } from './jobs.ts';
import { createWorld, futureDay, OFFER_TERMS, type World } from './testing.ts';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.app);
}, 120_000);
afterAll(async () => t?.close());

const base = (orgId: string) => `/api/v1/organisations/${orgId}/booking`;
const sellerSignatory = { name: 'Élodie Moreau', email: 'elodie@booker.example' };
const buyerSignatory = { name: 'François Lefèvre', email: 'francois@venue.example' };

async function hold(date: string, stage = 'main', artistId = w.artistId) {
  const res = await t.app.inject({
    method: 'POST',
    url: `${base(w.seller.organisationId)}/holds`,
    headers: w.seller.auth,
    payload: { venueProfileId: w.venueId, artistProfileId: artistId, date, stage },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function offer(holdId: string, terms: Record<string, unknown> = OFFER_TERMS) {
  return t.app.inject({
    method: 'POST',
    url: `${base(w.seller.organisationId)}/holds/${holdId}/offers`,
    headers: w.seller.auth,
    payload: { terms, signatory: sellerSignatory, message: 'Proposition pour la date' },
  });
}

// Each case holds its own day: two random days could collide and the second hold would be refused.
let nextDay = 60;

describe('offers', () => {
  it.each([
    ['an unsupported currency', { currency: 'USD' }, 'body.terms.currency'],
    ['a zero fee', { feeCents: 0 }, 'body.terms.feeCents'],
    ['a negative fee', { feeCents: -5 }, 'body.terms.feeCents'],
    [
      'doors before soundcheck',
      { schedule: { soundcheck: '19:00', doors: '18:00' } },
      'body.terms.schedule.doors',
    ],
  ])('refuses %s with a precise 400 and writes nothing', async (_name, change, path) => {
    const holdId = await hold(futureDay(nextDay++));
    const res = await offer(holdId, { ...OFFER_TERMS, ...change });
    expect(res.statusCode, res.body).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .join(','),
    ).toContain(path);
    const rows = await t.ctx.db.select().from(bookingOffers).where(eq(bookingOffers.holdId, holdId));
    expect(rows).toHaveLength(0);
  });

  it('keeps the counter-offer history and only lets the awaited side answer', async () => {
    const holdId = await hold(futureDay(150));
    const made = await offer(holdId);
    expect(made.statusCode, made.body).toBe(201);
    const o = made.json<{ id: string; awaitingOrganisationId: string }>();
    expect(o.awaitingOrganisationId).toBe(w.venue.organisationId);
    // The seller cannot accept its own offer; an outsider cannot see it.
    const own = await t.app.inject({
      method: 'POST',
      url: `${base(w.seller.organisationId)}/offers/${o.id}/accept`,
      headers: w.seller.auth,
      payload: { signatory: sellerSignatory },
    });
    expect(own.statusCode).toBe(409);
    const outsider = await t.app.inject({
      method: 'GET',
      url: `${base(w.seller2.organisationId)}/offers/${o.id}`,
      headers: w.seller2.auth,
    });
    expect(outsider.statusCode).toBe(404);
    const counter = await t.app.inject({
      method: 'POST',
      url: `${base(w.venue.organisationId)}/offers/${o.id}/counter`,
      headers: w.venue.auth,
      payload: {
        terms: {
          ...OFFER_TERMS,
          feeCents: 650_000,
          deal: {
            type: 'guarantee_vs_percentage',
            percentageBasisPoints: 7000,
            deductibleCostsCents: 300_000,
          },
        },
        signatory: buyerSignatory,
        message: 'Versus plutôt ?',
      },
    });
    expect(counter.statusCode, counter.body).toBe(200);
    const body = counter.json<{
      currentRevision: number;
      revisions: { feeCents: number; terms: { vat: { kind: string } } }[];
      awaitingOrganisationId: string;
    }>();
    expect(body.currentRevision).toBe(2);
    expect(body.revisions.map((r) => r.feeCents)).toEqual([800_000, 650_000]);
    expect(body.revisions[0]?.terms.vat.kind).toBe('rate');
    expect(body.awaitingOrganisationId).toBe(w.seller.organisationId);
    const events = await t.ctx.db.select().from(domainEvents).where(eq(domainEvents.type, 'offer_received'));
    expect(events.filter((e) => e.payload.offerId === o.id)).toHaveLength(2);
  });

  it('accept → confirmed booking → contract → validation (8,000 €) → approval → signature → iCal', async () => {
    const date = futureDay(200);
    const holdId = await hold(date);
    const o = (await offer(holdId)).json<{ id: string }>();
    const accepted = await t.app.inject({
      method: 'POST',
      url: `${base(w.venue.organisationId)}/offers/${o.id}/accept`,
      headers: w.venue.auth,
      payload: { signatory: buyerSignatory },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const a = accepted.json<{
      status: string;
      contractId: string;
      tier: string;
      validation: { id: string; reasons: string[]; status: string; secondsLeft: number };
    }>();
    expect(a.status).toBe('accepted');
    expect(a.contractId).toBeTruthy();
    expect(['complete', 'pre_generated', 'assisted']).toContain(a.tier);
    expect(a.validation.reasons).toEqual(
      expect.arrayContaining(['fee_above_threshold', 'first_contract_artist', 'first_contract_venue']),
    );
    expect(a.validation.secondsLeft).toBeGreaterThan(23 * 3600);

    // Sending is blocked until the validators approve.
    const early = await t.app.inject({
      method: 'POST',
      url: `${base(w.seller.organisationId)}/offers/${o.id}/send-for-signature`,
      headers: w.seller.auth,
    });
    expect(early.statusCode).toBe(409);

    // Only validators see the queue.
    const notValidator = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${w.venue.organisationId}/validation/items`,
      headers: w.venue.auth,
    });
    expect(notValidator.statusCode).toBe(403);
    const queue = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${w.validator.organisationId}/validation/items`,
      headers: w.validator.auth,
    });
    expect(queue.json().map((i: { id: string }) => i.id)).toContain(a.validation.id);
    const doc = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${w.validator.organisationId}/validation/items/${a.validation.id}/document`,
      headers: w.validator.auth,
    });
    expect(doc.statusCode).toBe(200);
    expect(doc.body).toContain('Le Transbordeur');

    const decide = (decision: string, comment?: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${w.validator.organisationId}/validation/items/${a.validation.id}/decision`,
        headers: w.validator.auth,
        payload: { decision, ...(comment ? { comment } : {}) },
      });
    expect((await decide('request_changes')).statusCode).toBe(400); // a comment is required
    expect((await decide('request_changes', 'Précisez la clause d’annulation.')).statusCode).toBe(200);
    expect((await decide('approve')).statusCode).toBe(409); // the seller must resubmit first
    const resubmitted = await t.app.inject({
      method: 'POST',
      url: `${base(w.seller.organisationId)}/offers/${o.id}/resubmit`,
      headers: w.seller.auth,
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    const approved = await decide('approve');
    expect(approved.statusCode, approved.body).toBe(200);

    const sent = await t.app.inject({
      method: 'POST',
      url: `${base(w.seller.organisationId)}/offers/${o.id}/send-for-signature`,
      headers: w.seller.auth,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const tokens = t.outbox.map((m) => /\/sign\/([A-Za-z0-9_-]+)/.exec(m.text)?.[1]).filter(Boolean);
    const sellerMail = t.outbox.find((m) => m.to === sellerSignatory.email);
    const buyerMail = t.outbox.find((m) => m.to === buyerSignatory.email);
    expect(sellerMail && buyerMail && tokens.length >= 2).toBeTruthy();
    const token = (text: string) => /\/sign\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';
    const sign = (tok: string, name: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/signing/${tok}/sign`,
        payload: { consent: true, typedName: name },
      });
    // Out of order: the buyer signs second.
    expect((await sign(token(buyerMail?.text ?? ''), buyerSignatory.name)).statusCode).toBe(409);
    expect((await sign(token(sellerMail?.text ?? ''), sellerSignatory.name)).statusCode).toBe(200);
    expect((await sign(token(sellerMail?.text ?? ''), sellerSignatory.name)).statusCode).toBe(410); // reused
    expect((await sign(token(buyerMail?.text ?? ''), buyerSignatory.name)).statusCode).toBe(200);
    const signedEvents = await t.ctx.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.type, 'contract_signed'));
    expect(signedEvents.map((e) => e.payload.contractId)).toContain(a.contractId);

    // The show is in both iCal feeds.
    for (const [who, profileId] of [
      [w.venue, w.venueId],
      [w.seller, w.artistId],
    ] as const) {
      const feed = await t.app.inject({
        method: 'GET',
        url: `/api/v1/catalogue/profiles/${profileId}/calendar-feed`,
        headers: who.auth,
      });
      const path = new URL(feed.json<{ url: string }>().url).pathname;
      const ics = await t.app.inject({ method: 'GET', url: path });
      expect(ics.body).toContain(`DTSTART;VALUE=DATE:${date.replaceAll('-', '')}`);
    }
    // And the date is no longer available for holds.
    const busy = await t.app.inject({
      method: 'POST',
      url: `${base(w.seller2.organisationId)}/holds`,
      headers: w.seller2.auth,
      payload: { venueProfileId: w.venueId, artistProfileId: w.artist2Id, date },
    });
    expect(busy.statusCode).toBe(409);
  }, 120_000);

  it('the database itself refuses a second confirmed booking of a venue stage or an artist on a day', async () => {
    const [existing] = await t.ctx.db.select().from(bookings).where(eq(bookings.status, 'confirmed'));
    if (!existing) throw new Error('previous test confirms a booking');
    const { id: _id, createdAt: _c, ...copy } = existing;
    await expect(
      t.ctx.db.insert(bookings).values({ ...copy, artistProfileId: w.artist2Id }),
    ).rejects.toThrow();
    await expect(t.ctx.db.insert(bookings).values({ ...copy, stage: 'club' })).rejects.toThrow();
    await t.ctx.db.insert(bookings).values({ ...copy, status: 'cancelled' }); // cancelled rows do not count
  });

  it('a validation past its 24 h SLA is escalated by the job queue: flagged, audited, validators notified', async () => {
    const holdId = await hold(futureDay(nextDay++));
    const o = (await offer(holdId)).json<{ id: string }>();
    const accepted = await t.app.inject({
      method: 'POST',
      url: `${base(w.venue.organisationId)}/offers/${o.id}/accept`,
      headers: w.venue.auth,
      payload: { signatory: buyerSignatory },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const validation = accepted.json<{ validation: { id: string; dueAt: string } }>().validation;
    const queueItem = async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organisations/${w.validator.organisationId}/validation/items`,
        headers: w.validator.auth,
      });
      return res.json<{ id: string; escalated: boolean }[]>().find((i) => i.id === validation.id);
    };
    const escalations = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: w.validator.auth }))
        .json<{ type: string; payload: { validationItemId?: string } }[]>()
        .filter((n) => n.type === 'validation_escalated' && n.payload.validationItemId === validation.id);

    // A controllable clock: one second before the deadline nothing happens, one second after it escalates.
    const due = new Date(validation.dueAt).getTime();
    let now = new Date(due - 1000);
    const runner = registerBookingJobs(
      registerEventJobs(new JobRunner(t.ctx.db, { clock: () => now }), t.ctx),
      t.ctx,
    );
    await runner.runDueJobs();
    expect((await queueItem())?.escalated).toBe(false);
    expect(await escalations()).toHaveLength(0);

    now = new Date(due + 1000);
    await runner.runDueJobs();
    await runner.runDueJobs(); // the escalation's outbox event is dispatched by the next job
    expect((await queueItem())?.escalated).toBe(true);
    expect(await escalations()).toHaveLength(1);
    const detail = await t.app.inject({
      method: 'GET',
      url: `${base(w.seller.organisationId)}/offers/${o.id}`,
      headers: w.seller.auth,
    });
    expect(detail.json<{ audit: { action: string; actor: string }[] }>().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'validation_escalated',
          actor: 'system:validation-sla',
          details: expect.objectContaining({ notifiedOrganisations: expect.any(Number) }),
        }),
      ]),
    );
    // Running again changes nothing: one escalation, one notification.
    now = new Date(due + 3_600_000);
    await runner.runDueJobs();
    expect(await escalations()).toHaveLength(1);
  });

  it('200 parallel confirmations of the same artist date: exactly one succeeds, the others get 409', async () => {
    const date = futureDay(250);
    const offerIds: string[] = [];
    for (let i = 0; i < 200; i++) {
      const holdId = await hold(date, `stage-${i}`);
      const res = await offer(holdId);
      expect(res.statusCode, res.body).toBe(201);
      offerIds.push(res.json<{ id: string }>().id);
    }
    const results = await Promise.all(
      offerIds.map((id) =>
        t.app.inject({
          method: 'POST',
          url: `${base(w.venue.organisationId)}/offers/${id}/accept`,
          headers: w.venue.auth,
          payload: { signatory: buyerSignatory },
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(199);
    const confirmed = await t.ctx.db.select().from(bookings).where(eq(bookings.day, date));
    expect(confirmed.filter((b) => b.status === 'confirmed')).toHaveLength(1);
  }, 300_000);
});
