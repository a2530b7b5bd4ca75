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

/** Short-lived HS256 access tokens; every API process verifies them with the shared secret alone. */
export class AccessTokens {
  readonly #key: Uint8Array;

  constructor(secret: string) {
    this.#key = new TextEncoder().encode(secret);
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
      .sign(this.#key);
    return { token, expiresIn: exp - nowSeconds };
  }

  async verify(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.#key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      if (
        typeof payload.sub !== 'string' ||
        typeof payload.sid !== 'string' ||
        typeof payload.sen !== 'number'
      ) {
        throw new AppError('TOKEN_INVALID', 'access token lacks claims', { detail: 'Invalid access token.' });
      }
      return { userId: payload.sub, sessionId: payload.sid, sessionEndsAt: new Date(payload.sen * 1000) };
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
