import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let a: SignedUp;
let b: SignedUp;
beforeAll(async () => {
  t = await createTestApp();
  a = await signUpAs(t.app, 'venue');
  b = await signUpAs(t.app, 'municipality');
});
afterAll(() => t.close());

describe('organisation isolation', () => {
  it('lets a member read and the owner update their organisation', async () => {
    const read = await t.app.inject({ url: `/api/v1/organisations/${a.organisationId}`, headers: a.auth });
    expect(read.statusCode).toBe(200);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${a.organisationId}`,
      headers: a.auth,
      payload: { city: 'Lyon', siret: '12345678901234', licenceNumber: 'PLATESV-D-2024-001234' },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json()).toMatchObject({ city: 'Lyon', siret: '12345678901234' });
  });

  it.each([
    ['GET', ''],
    ['PATCH', ''],
    ['GET', '/members'],
    ['POST', '/members'],
    ['GET', '/dashboard'],
  ])('never lets B %s A%s (404, no data)', async (method, suffix) => {
    const res = await t.app.inject({
      method: method as 'GET',
      url: `/api/v1/organisations/${a.organisationId}${suffix}`,
      headers: b.auth,
      ...(method === 'GET'
        ? {}
        : { payload: method === 'PATCH' ? { name: 'Piraté' } : { email: 'x@y.fr', role: 'admin' } }),
    });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Lyon');
  });

  it('leaves A unchanged after B tried to rename it', async () => {
    const read = await t.app.inject({ url: `/api/v1/organisations/${a.organisationId}`, headers: a.auth });
    expect(read.json().name).not.toBe('Piraté');
  });

  it('refuses invalid legal identifiers', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${a.organisationId}`,
      headers: a.auth,
      payload: { siret: '123', licenceNumber: 'LIC-1' },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.licenceNumber', 'body.siret']);
  });
});

describe('members and roles', () => {
  it('adds a member, who then sees the organisation but cannot manage it (403)', async () => {
    const colleague = await signUpAs(t.app, 'artist', { email: 'collegue@test.fr' });
    const add = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${a.organisationId}/members`,
      headers: a.auth,
      payload: { email: 'collegue@test.fr', role: 'member' },
    });
    expect(add.statusCode).toBe(201);
    const read = await t.app.inject({
      url: `/api/v1/organisations/${a.organisationId}`,
      headers: colleague.auth,
    });
    expect(read.statusCode).toBe(200);
    const forbidden = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${a.organisationId}`,
      headers: colleague.auth,
      payload: { name: 'Nouveau nom' },
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('FORBIDDEN');
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${a.organisationId}/members`,
      headers: a.auth,
      payload: { email: 'collegue@test.fr', role: 'member' },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('returns the dashboard of the organisation with real figures', async () => {
    const res = await t.app.inject({
      url: `/api/v1/organisations/${a.organisationId}/dashboard`,
      headers: a.auth,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accountType: 'venue' });
    expect(res.json().metrics).toContainEqual({ key: 'members', value: 2 });
  });
});

describe('route declarations', () => {
  it('declares who may call every /api/v1 route and publishes them in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/v1/auth/login');
  });
});
