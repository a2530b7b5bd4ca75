import { webcrypto } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '../errors.ts';

export interface AccessClaims {
  readonly userId: string;
  /** The refresh-token family: one per log-in, so a session can be revoked as a whole. */
  readonly sessionId: string;
  readonly sessionEndsAt: Date;
}

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const ISSUER = 'flowstage';
const AUDIENCE = 'flowstage-api';

/** Verified tokens remembered per process (a user's token is sent with every request). */
const VERIFIED_CACHE_SIZE = 10_000;

/** Short-lived HS256 access tokens; every API process verifies them with the shared secret alone. */
export class AccessTokens {
  // Imported once: jose would import a raw key again on every call (≈30 µs per request).
  readonly #key: Promise<webcrypto.CryptoKey>;
  /** token → its claims and expiry (epoch seconds); the whole token is the key, signature included. */
  readonly #verified = new Map<string, { claims: AccessClaims; exp: number }>();

  constructor(secret: string) {
    this.#key = webcrypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
  }

  async sign(claims: AccessClaims, now = new Date()): Promise<{ token: string; expiresIn: number }> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const sessionEnd = Math.floor(claims.sessionEndsAt.getTime() / 1000);
    const exp = Math.min(nowSeconds + ACCESS_TOKEN_SECONDS, sessionEnd);
    const token = await new SignJWT({ sid: claims.sessionId, sen: sessionEnd })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(exp)
      .sign(await this.#key);
    return { token, expiresIn: exp - nowSeconds };
  }

  async verify(token: string): Promise<AccessClaims> {
    const known = this.#verified.get(token);
    if (known && Date.now() / 1000 < known.exp) return known.claims;
    const { claims, exp } = await this.#verifySignature(token);
    if (this.#verified.size >= VERIFIED_CACHE_SIZE) this.#verified.clear();
    this.#verified.set(token, { claims, exp });
    return claims;
  }

  async #verifySignature(token: string): Promise<{ claims: AccessClaims; exp: number }> {
    try {
      const { payload } = await jwtVerify(token, await this.#key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      if (
        typeof payload.sub !== 'string' ||
        typeof payload.sid !== 'string' ||
        typeof payload.sen !== 'number' ||
        typeof payload.exp !== 'number'
      ) {
        throw new AppError('TOKEN_INVALID', 'access token lacks claims', { detail: 'Invalid access token.' });
      }
      return {
        claims: { userId: payload.sub, sessionId: payload.sid, sessionEndsAt: new Date(payload.sen * 1000) },
        exp: payload.exp,
      };
    } catch (cause) {
      if (cause instanceof AppError) throw cause;
      if (cause instanceof joseErrors.JWTExpired) {
        throw new AppError('TOKEN_EXPIRED', 'access token expired', {
          cause,
          detail: 'Your session token expired: refresh it.',
        });
      }
      throw new AppError('TOKEN_INVALID', 'access token rejected', {
        cause,
        detail: 'Invalid access token.',
      });
    }
  }
}
