import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCESS_TOKEN_SECONDS, AccessTokens } from './access-tokens.ts';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const claims = {
  userId: 'user-1',
  sessionId: 'session-1',
  sessionEndsAt: new Date('2030-01-01T00:00:00Z'),
};

afterEach(() => {
  vi.useRealTimers();
});

describe('AccessTokens', () => {
  it('verifies its own tokens, again and again', async () => {
    const tokens = new AccessTokens(SECRET);
    const { token, expiresIn } = await tokens.sign(claims);
    expect(expiresIn).toBe(ACCESS_TOKEN_SECONDS);
    expect(await tokens.verify(token)).toEqual(claims);
    expect(await tokens.verify(token)).toEqual(claims);
  });

  it('refuses a token signed with another secret, and a tampered one', async () => {
    const { token } = await new AccessTokens(`${SECRET}-other`).sign(claims);
    const tokens = new AccessTokens(SECRET);
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    const own = (await tokens.sign(claims)).token;
    await tokens.verify(own);
    const [header, payload, signature] = own.split('.');
    const tampered = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(tokens.verify(tampered)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('refuses a token once it expired, even after verifying it before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-01T10:00:00Z'));
    const tokens = new AccessTokens(SECRET);
    const { token } = await tokens.sign(claims);
    expect(await tokens.verify(token)).toEqual(claims);
    vi.setSystemTime(new Date(Date.now() + (ACCESS_TOKEN_SECONDS + 1) * 1000));
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
  });
});
