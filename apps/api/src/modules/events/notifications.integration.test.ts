import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../lib/jobs/index.ts';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { emitEvent, isPrivateAddress, registerEventJobs } from './index.ts';

let t: TestApp;
let a: SignedUp;
let b: SignedUp;
beforeAll(async () => {
  t = await createTestApp();
  a = await signUpAs(t.app, 'booker', { locale: 'de' });
  b = await signUpAs(t.app, 'venue', { locale: 'nl' });
});
afterAll(async () => t.close());

const hooksUrl = (org: string) => `/api/v1/organisations/${org}/webhooks`;

describe('webhook subscriptions', () => {
  it.each([
    ['ftp://example.org/x', 'only http and https'],
    ['not a url', 'not a valid URL'],
    ['https://user:pw@example.org/', 'credentials'],
  ])('refuses %s', async (url, message) => {
    const res = await t.app.inject({
      method: 'POST',
      url: hooksUrl(a.organisationId),
      headers: a.auth,
      payload: { url, events: ['contract_signed'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toContain(message);
  });

  it.each([
    [{ url: 'https://example.org/h', events: [] }],
    [{ url: 'https://example.org/h', events: ['unknown_event'] }],
    [{ url: 'https://example.org/h', events: ['contract_signed'], secret: 'mine' }],
  ])('refuses a bad body %j', async (payload) => {
    const res = await t.app.inject({
      method: 'POST',
      url: hooksUrl(a.organisationId),
      headers: a.auth,
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });

  it('refuses private addresses unless allowed', async () => {
    const prod = await createTestApp({ NODE_ENV: 'production', WEBHOOKS_ALLOW_PRIVATE: 'false' });
    try {
      const owner = await signUpAs(prod.app, 'booker');
      for (const url of [
        'http://127.0.0.1:8080/h',
        'http://10.1.2.3/h',
        'http://[::1]/h',
        'http://192.168.1.5/h',
      ]) {
        const res = await prod.app.inject({
          method: 'POST',
          url: hooksUrl(owner.organisationId),
          headers: owner.auth,
          payload: { url, events: ['contract_signed'] },
        });
        expect(res.statusCode, url).toBe(400);
      }
    } finally {
      await prod.close();
    }
  });

  it.each([
    ['127.0.0.1', true],
    ['10.0.0.8', true],
    ['172.20.1.1', true],
    ['169.254.169.254', true],
    ['::ffff:192.168.0.1', true],
    ['fd00::1', true],
    ['93.184.216.34', false],
    ['2606:4700::1111', false],
  ])('isPrivateAddress(%s) = %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it('CRUD, secret shown once, other organisations and plain members locked out', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: hooksUrl(a.organisationId),
      headers: a.auth,
      payload: { url: 'https://example.org/hook', events: ['contract_signed'], description: 'ERP' },
    });
    expect(created.statusCode).toBe(201);
    const hook = created.json<{ id: string; secret: string }>();
    expect(hook.secret).toMatch(/^whsec_/);
    const one = await t.app.inject({
      method: 'GET',
      url: `${hooksUrl(a.organisationId)}/${hook.id}`,
      headers: a.auth,
    });
    expect(one.json()).not.toHaveProperty('secret');
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `${hooksUrl(a.organisationId)}/${hook.id}`,
      headers: a.auth,
      payload: { active: false, events: ['contract_signed', 'payment_completed'] },
    });
    expect(patched.json()).toMatchObject({ active: false, events: ['contract_signed', 'payment_completed'] });

    // B cannot see or touch A's webhooks, even with the right id.
    for (const [method, url] of [
      ['GET', hooksUrl(a.organisationId)],
      ['GET', `${hooksUrl(a.organisationId)}/${hook.id}`],
      ['DELETE', `${hooksUrl(a.organisationId)}/${hook.id}`],
      ['GET', `${hooksUrl(a.organisationId)}/${hook.id}/deliveries`],
    ] as const) {
      const res = await t.app.inject({ method, url, headers: b.auth });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const viaOwnOrg = await t.app.inject({
      method: 'GET',
      url: `${hooksUrl(b.organisationId)}/${hook.id}`,
      headers: b.auth,
    });
    expect(viaOwnOrg.statusCode).toBe(404);

    // A plain member of A is refused (403).
    const member = await signUpAs(t.app, 'artist');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: member.auth });
    const add = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${a.organisationId}/members`,
      headers: a.auth,
      payload: { email: me.json().user.email, role: 'member' },
    });
    expect(add.statusCode).toBeLessThan(300);
    const asMember = await t.app.inject({
      method: 'GET',
      url: hooksUrl(a.organisationId),
      headers: member.auth,
    });
    expect(asMember.statusCode).toBe(403);

    const del = await t.app.inject({
      method: 'DELETE',
      url: `${hooksUrl(a.organisationId)}/${hook.id}`,
      headers: a.auth,
    });
    expect(del.statusCode).toBe(204);
    const gone = await t.app.inject({
      method: 'GET',
      url: `${hooksUrl(a.organisationId)}/${hook.id}`,
      headers: a.auth,
    });
    expect(gone.statusCode).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents the webhook headers, signature and replay window', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const description: string = spec.paths['/api/v1/organisations/{orgId}/webhooks'].post.description;
    for (const text of [
      'Flowstage-Signature',
      'Flowstage-Delivery',
      'Flowstage-Timestamp',
      'HMAC-SHA256',
      '5 minutes',
      'verifyWebhookSignature',
    ])
      expect(description).toContain(text);
  });
});

describe('outbox, notifications and e-mails', () => {
  it('an event rolled back with its business change leaves nothing behind', async () => {
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await emitEvent(tx, { type: 'payment_completed', organisationIds: [a.organisationId], payload: {} });
        throw new Error('business change failed');
      }),
    ).rejects.toThrow('business change failed');
    const runner = registerEventJobs(
      new JobRunner(t.ctx.db, { clock: () => new Date(Date.now() + 60_000) }),
      t.ctx,
    );
    await runner.runDueJobs();
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: a.auth });
    expect(res.json()).toEqual([]);
  });

  it('notifies each organisation concerned, in its managers’ language, and only them', async () => {
    await t.ctx.db.transaction((tx) =>
      emitEvent(tx, {
        type: 'contract_sent',
        organisationIds: [a.organisationId, b.organisationId],
        payload: { reference: 'CTR-2026-000042' },
      }),
    );
    const runner = registerEventJobs(
      new JobRunner(t.ctx.db, { clock: () => new Date(Date.now() + 60_000) }),
      t.ctx,
    );
    await runner.runDueJobs();
    await runner.runDueJobs();
    const subjects = t.outbox.map((m) => m.subject).sort();
    expect(subjects).toEqual([
      'Flow Stage — Contract ter ondertekening verzonden — CTR-2026-000042',
      'Flow Stage — Vertrag zur Unterschrift versandt — CTR-2026-000042',
    ]);

    const outsider = await signUpAs(t.app, 'venue');
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: outsider.auth });
    expect(none.json()).toEqual([]);

    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/notifications?unread=true',
      headers: a.auth,
    });
    const [n] = list.json<{ id: string; type: string; readAt: string | null }[]>();
    expect(n).toMatchObject({ type: 'contract_sent', readAt: null });

    const stolen = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${n?.id}/read`,
      headers: outsider.auth,
    });
    expect(stolen.statusCode).toBe(404);
    const read = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${n?.id}/read`,
      headers: a.auth,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    const unread = await t.app.inject({
      method: 'GET',
      url: '/api/v1/notifications?unread=true',
      headers: a.auth,
    });
    expect(unread.json()).toEqual([]);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/not-a-uuid/read',
      headers: a.auth,
    });
    expect(bad.statusCode).toBe(400);
  });
});
