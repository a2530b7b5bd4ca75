import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchIndexFor } from '../modules/catalogue/index.ts';
import { createTestApp, signUpAs, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ RATE_LIMIT_PER_HOUR: '5', CORS_ORIGINS: 'https://partner.example' });
});
afterAll(() => t.close());

describe('HTTP surface', () => {
  it('sends security headers and echoes a request id', async () => {
    const res = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('allows only the configured CORS origins', async () => {
    const allowed = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/me',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example');
    const refused = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/me',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('reports readiness with the database kind and whether the search index has loaded', async () => {
    const res = await t.app.inject({ url: '/readyz' });
    expect(res.json()).toEqual({ status: 'ready', database: t.ctx.database.kind, searchIndex: 'idle' });
    await searchIndexFor(t.ctx).ready();
    expect((await t.app.inject({ url: '/readyz' })).json()).toMatchObject({ searchIndex: 'loaded' });
  });

  it('limits each user to the hourly budget with RateLimit headers and a 429 problem', async () => {
    const user = await signUpAs(t.app, 'artist'); // sign-up is anonymous: counted against the IP, not the user
    const statuses: number[] = [];
    let last = await t.app.inject({ url: '/api/v1/me', headers: user.auth });
    statuses.push(last.statusCode);
    expect(last.headers['ratelimit-limit']).toBe('5');
    expect(last.headers['ratelimit-remaining']).toBe('4');
    for (let i = 0; i < 5; i++) {
      last = await t.app.inject({ url: '/api/v1/me', headers: user.auth });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(last.headers['content-type']).toContain('application/problem+json');
    expect(last.json()).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    // Another user keeps a full budget.
    const other = await signUpAs(t.app, 'venue');
    expect((await t.app.inject({ url: '/api/v1/me', headers: other.auth })).statusCode).toBe(200);
  });

  it('serves the interactive API docs', async () => {
    expect((await t.app.inject({ url: '/api/docs/' })).statusCode).toBe(200);
  });
});
