import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, STRONG_PASSWORD, signUpAs, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('sign-up', () => {
  it('creates the user, the organisation with the owner role, and opens a session', async () => {
    const res = await post('/api/v1/auth/signup', {
      email: 'Programmation@Salle-Test.fr',
      password: STRONG_PASSWORD,
      displayName: 'Inès Martin',
      accountType: 'venue',
      organisationName: 'La Rotonde du Port',
      country: 'FR',
      locale: 'fr',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.organisations).toEqual([
      expect.objectContaining({
        name: 'La Rotonde du Port',
        accountType: 'venue',
        role: 'owner',
        country: 'FR',
      }),
    ]);
    expect(body.accessToken).toBeTypeOf('string');
    expect(res.headers['set-cookie']).toMatch(/fs_refresh=.*HttpOnly; SameSite=Strict/);
    const me = await t.app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    expect(me.json().user.email).toBe('Programmation@Salle-Test.fr');
  });

  it('refuses a second account with the same e-mail in another case, without creating an organisation', async () => {
    const res = await post('/api/v1/auth/signup', {
      email: 'programmation@salle-test.FR',
      password: STRONG_PASSWORD,
      displayName: 'Copie',
      accountType: 'venue',
      organisationName: 'Doublon',
      country: 'FR',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('EMAIL_TAKEN');
    const count = await t.ctx.db.query.organisations.findMany({
      where: (o, { eq }) => eq(o.name, 'Doublon'),
    });
    expect(count).toHaveLength(0);
  });

  it.each([
    ['weak password', { password: 'password' }, 400, 'WEAK_PASSWORD'],
    ['admin account type', { accountType: 'admin' }, 400, 'VALIDATION_FAILED'],
    ['unknown field', { isPlatformAdmin: true }, 400, 'VALIDATION_FAILED'],
    ['wrong type', { country: 33 }, 400, 'VALIDATION_FAILED'],
    ['bad e-mail', { email: 'not-an-email' }, 400, 'VALIDATION_FAILED'],
  ])('%s → %i %s', async (_name, override, status, code) => {
    const res = await post('/api/v1/auth/signup', {
      email: `x${Math.random()}@test.fr`,
      password: STRONG_PASSWORD,
      displayName: 'X',
      accountType: 'artist',
      organisationName: 'X',
      country: 'BE',
      ...override,
    });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status, code });
  });
});

describe('malformed requests', () => {
  it('answers malformed JSON with a 400 problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('MALFORMED_JSON');
  });

  it('answers an oversized body with 413', async () => {
    const res = await post('/api/v1/auth/login', { email: 'a@b.fr', password: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await t.app.inject({ url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('log-in and lockout', () => {
  it('logs in with the right password and rejects a wrong one without saying which part was wrong', async () => {
    const user = await signUpAs(t.app, 'artist', { email: 'chanteuse@test.fr' });
    expect(user.organisationId).toBeTruthy();
    const ok = await post('/api/v1/auth/login', { email: 'CHANTEUSE@test.fr', password: STRONG_PASSWORD });
    expect(ok.statusCode).toBe(200);
    const wrong = await post('/api/v1/auth/login', { email: 'chanteuse@test.fr', password: 'Wrong!Pass1' });
    const unknown = await post('/api/v1/auth/login', { email: 'nobody@test.fr', password: 'Wrong!Pass1' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('locks the account after five failures, even for the right password, with a retry delay', async () => {
    await signUpAs(t.app, 'venue', { email: 'cible@test.fr' });
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        (await post('/api/v1/auth/login', { email: 'cible@test.fr', password: 'Wrong!Pass1' })).json().code,
      );
    }
    expect(codes).toEqual([...Array(4).fill('INVALID_CREDENTIALS'), 'ACCOUNT_LOCKED']);
    const locked = await post('/api/v1/auth/login', { email: 'cible@test.fr', password: STRONG_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ code: 'ACCOUNT_LOCKED', retryAfterSeconds: expect.any(Number) });
  });
});

describe('tokens', () => {
  it('rejects a tampered, an expired and a malformed access token', async () => {
    const user = await signUpAs(t.app, 'booker');
    const [h, p, s] = user.accessToken.split('.');
    const tampered = `${h}.${p}.${s?.slice(0, -2)}xx`;
    const cases: [string, string][] = [
      [`Bearer ${tampered}`, 'TOKEN_INVALID'],
      ['Basic abc', 'TOKEN_INVALID'],
    ];
    for (const [authorization, code] of cases) {
      const res = await t.app.inject({ url: '/api/v1/me', headers: { authorization } });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe(code);
    }
    const expired = await t.ctx.tokens.sign(
      { userId: user.userId, sessionId: crypto.randomUUID(), sessionEndsAt: new Date(Date.now() - 1000) },
      new Date(Date.now() - 3600_000),
    );
    const res = await t.app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${expired.token}` },
    });
    expect(res.json().code).toBe('TOKEN_EXPIRED');
  });

  it('rotates refresh tokens and revokes the whole family when a used one is replayed', async () => {
    const user = await signUpAs(t.app, 'technician');
    const first = await post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
    expect(first.statusCode).toBe(200);
    const rotated = first.json().refreshToken as string;
    expect(rotated).not.toBe(user.refreshToken);

    const replay = await post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('REFRESH_TOKEN_REUSED');
    // The legitimate holder's newer token died with the family.
    const afterReplay = await post('/api/v1/auth/refresh', { refreshToken: rotated });
    expect(afterReplay.statusCode).toBe(401);
  });

  it('accepts the refresh token from the httpOnly cookie and closes the session on log-out', async () => {
    const user = await signUpAs(t.app, 'campsite');
    const cookie = `fs_refresh=${user.refreshToken}`;
    const refreshed = await post('/api/v1/auth/refresh', undefined, { cookie });
    expect(refreshed.statusCode).toBe(200);
    const newCookie = `fs_refresh=${refreshed.json().refreshToken}`;
    expect((await post('/api/v1/auth/logout', undefined, { cookie: newCookie })).statusCode).toBe(204);
    expect((await post('/api/v1/auth/refresh', undefined, { cookie: newCookie })).statusCode).toBe(401);
  });

  it('ends a session 8 hours after log-in however often it was refreshed', async () => {
    const user = await signUpAs(t.app, 'municipality');
    const { refreshTokens } = await import('@flowstage/db');
    const { sql } = await import('drizzle-orm');
    await t.ctx.db
      .update(refreshTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(sql`${refreshTokens.userId} = ${user.userId}`);
    const res = await post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('SESSION_EXPIRED');
  });
});

describe('password reset and change', () => {
  it('e-mails a single-use link that sets a new password and closes open sessions', async () => {
    const user = await signUpAs(t.app, 'artist', { email: 'oubli@test.fr', locale: 'en' });
    expect((await post('/api/v1/auth/password/forgot', { email: 'oubli@test.fr' })).statusCode).toBe(202);
    expect((await post('/api/v1/auth/password/forgot', { email: 'inconnu@test.fr' })).statusCode).toBe(202);
    const mail = t.outbox.find((m) => m.to === 'oubli@test.fr');
    expect(mail?.subject).toBe('Flow Stage — reset your password');
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail?.text ?? '')?.[1] ?? '');

    const weak = await post('/api/v1/auth/password/reset', { token, password: 'short' });
    expect(weak.json().code).toBe('WEAK_PASSWORD');
    const reset = await post('/api/v1/auth/password/reset', { token, password: 'N0uveau!Mot' });
    expect(reset.statusCode).toBe(204);
    const again = await post('/api/v1/auth/password/reset', { token, password: 'Encore!Aut1' });
    expect(again.json().code).toBe('RESET_TOKEN_INVALID');

    expect((await post('/api/v1/auth/refresh', { refreshToken: user.refreshToken })).statusCode).toBe(401);
    expect(
      (await post('/api/v1/auth/login', { email: 'oubli@test.fr', password: 'N0uveau!Mot' })).statusCode,
    ).toBe(200);
  });

  it('changes the password only with the current one', async () => {
    const user = await signUpAs(t.app, 'booker', { email: 'change@test.fr' });
    const bad = await post(
      '/api/v1/auth/password/change',
      { currentPassword: 'Nope!Nope1', newPassword: 'Autre!Mot2' },
      user.auth,
    );
    expect(bad.statusCode).toBe(401);
    const ok = await post(
      '/api/v1/auth/password/change',
      { currentPassword: STRONG_PASSWORD, newPassword: 'Autre!Mot2' },
      user.auth,
    );
    expect(ok.statusCode).toBe(204);
    expect(
      (await post('/api/v1/auth/login', { email: 'change@test.fr', password: 'Autre!Mot2' })).statusCode,
    ).toBe(200);
  });
});
