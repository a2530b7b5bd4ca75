import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../lib/jobs/index.ts';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { emitEvent, registerEventJobs, verifyWebhookSignature, WEBHOOK_MAX_ATTEMPTS } from './index.ts';
import { type ReceiverBehaviour, startReceiver } from './test-receiver.ts';

let t: TestApp;
let owner: SignedUp;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUpAs(t.app, 'booker');
});
afterAll(async () => t.close());

/** Starts a minute ahead of real time so jobs enqueued "now" are already due. */
function harness() {
  let now = Date.now() + 60_000;
  const runner = registerEventJobs(new JobRunner(t.ctx.db, { clock: () => new Date(now) }), t.ctx, {
    timeoutMs: 3000,
  });
  return {
    runner,
    nowSeconds: () => Math.floor(now / 1000),
    /** Moves past any backoff (the longest is 16 min) and runs what became due. */
    step: async () => {
      now += 3600_000;
      return runner.runDueJobs();
    },
  };
}

async function subscribe(url: string, who = owner) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${who.organisationId}/webhooks`,
    headers: who.auth,
    payload: { url, events: ['contract_signed', 'offer_received'] },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; secret: string }>();
}

async function emit(type: 'contract_signed' | 'offer_received' = 'contract_signed') {
  return t.ctx.db.transaction((tx) =>
    emitEvent(tx, {
      type,
      organisationIds: [owner.organisationId],
      payload: { reference: 'CTR-2026-000001' },
    }),
  );
}

async function deliveriesOf(webhookId: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/organisations/${owner.organisationId}/webhooks/${webhookId}/deliveries`,
    headers: owner.auth,
  });
  expect(res.statusCode).toBe(200);
  return res.json<
    {
      id: string;
      status: string;
      attempts: number;
      log: { statusCode: number | null; error: string | null }[];
    }[]
  >();
}

async function scenario(behaviour: ReceiverBehaviour) {
  const receiver = await startReceiver(behaviour);
  const hook = await subscribe(receiver.url);
  const h = harness();
  await emit();
  await h.runner.runDueJobs();
  for (let i = 0; i < 10; i++) await h.step();
  const [delivery] = await deliveriesOf(hook.id);
  await receiver.close();
  // Later scenarios must not call this subscription again.
  await t.app.inject({
    method: 'DELETE',
    url: `/api/v1/organisations/${owner.organisationId}/webhooks/${hook.id}`,
    headers: owner.auth,
  });
  return { receiver, hook, delivery, h };
}

describe('webhook deliveries against a real receiver', () => {
  it('fails 4 times then succeeds: the 5th attempt is delivered with the same delivery id', async () => {
    const { receiver, delivery } = await scenario((n) => (n <= 4 ? 500 : 204));
    expect(receiver.received).toHaveLength(5);
    const ids = new Set(receiver.received.map((r) => r.headers['flowstage-delivery']));
    expect(ids.size).toBe(1);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 5 });
    expect(delivery?.log.map((a) => a.statusCode)).toEqual([500, 500, 500, 500, 204]);
  });

  it('always fails: stops after 5 retries and marks the delivery failed', async () => {
    const { receiver, delivery } = await scenario(() => 503);
    expect(receiver.received).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(6);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 6 });
  });

  it('a connection cut mid-delivery is retried', async () => {
    const { receiver, delivery } = await scenario((n) => (n === 1 ? 'destroy' : 200));
    expect(receiver.received).toHaveLength(2);
    expect(delivery?.status).toBe('delivered');
    expect(delivery?.log[0]).toMatchObject({ statusCode: null });
    expect(delivery?.log[0]?.error).toBeTruthy();
  });

  it('signs each delivery: the signature verifies, a tampered body or old timestamp does not', async () => {
    const receiver = await startReceiver(() => 200);
    const hook = await subscribe(receiver.url);
    const h = harness();
    const eventId = await emit('offer_received');
    await h.runner.runDueJobs();
    await receiver.close();
    const [hit] = receiver.received;
    if (!hit) throw new Error('no delivery');
    expect(hit.headers['flowstage-event']).toBe('offer_received');
    expect(JSON.parse(hit.body)).toMatchObject({
      id: eventId,
      type: 'offer_received',
      organisationId: owner.organisationId,
    });
    const input = {
      secret: hook.secret,
      body: hit.body,
      signature: String(hit.headers['flowstage-signature']),
      timestamp: String(hit.headers['flowstage-timestamp']),
      now: h.nowSeconds(),
    };
    expect(input.signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(input)).toEqual({ ok: true });
    expect(verifyWebhookSignature({ ...input, body: hit.body.replace('offer', 'offre') })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(verifyWebhookSignature({ ...input, secret: 'whsec_other' }).ok).toBe(false);
    expect(verifyWebhookSignature({ ...input, now: h.nowSeconds() + 301 })).toEqual({
      ok: false,
      reason: 'stale_timestamp',
    });
    await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${owner.organisationId}/webhooks/${hook.id}`,
      headers: owner.auth,
    });
  });

  it('redelivers by hand with the same delivery id', async () => {
    const { receiver, hook, delivery } = await (async () => {
      const receiver = await startReceiver((n) => (n <= 6 ? 500 : 200));
      const hook = await subscribe(receiver.url);
      const h = harness();
      await emit();
      await h.runner.runDueJobs();
      for (let i = 0; i < 8; i++) await h.step();
      const [failed] = await deliveriesOf(hook.id);
      expect(failed?.status).toBe('failed');
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${owner.organisationId}/webhooks/${hook.id}/deliveries/${failed?.id}/redeliver`,
        headers: owner.auth,
      });
      expect(res.statusCode).toBe(202);
      await h.step();
      const [after] = await deliveriesOf(hook.id);
      return { receiver, hook, delivery: after };
    })();
    await receiver.close();
    expect(receiver.received).toHaveLength(7);
    expect(new Set(receiver.received.map((r) => r.headers['flowstage-delivery'])).size).toBe(1);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 7 });
    expect(hook.id).toBeTruthy();
  });
});
