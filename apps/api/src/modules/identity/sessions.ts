import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '@flowstage/db';
import { AppError } from '../../errors.ts';
import type { AccessTokens } from '../../lib/access-tokens.ts';
import { hashToken, newOpaqueToken } from '../../lib/tokens.ts';
import {
  claimRefreshToken,
  findRefreshToken,
  insertRefreshToken,
  revokeFamily,
} from './session-repository.ts';
import { findUserById, listMemberships, type UserRow } from './user-repository.ts';

/** BRD: a session lives at most 8 hours from log-in, however often it is refreshed. */
export const SESSION_ABSOLUTE_SECONDS = 8 * 3600;

export interface SessionDeps {
  readonly db: DbOrTx;
  readonly tokens: AccessTokens;
  readonly now?: () => Date;
}

export async function describeUser(db: DbOrTx, user: UserRow) {
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale as 'fr' },
    organisations: await listMemberships(db, user.id),
  };
}

async function issueTokens(deps: SessionDeps, user: UserRow, familyId: string, sessionStartedAt: Date) {
  const now = deps.now?.() ?? new Date();
  const sessionEndsAt = new Date(sessionStartedAt.getTime() + SESSION_ABSOLUTE_SECONDS * 1000);
  const refreshToken = newOpaqueToken();
  await insertRefreshToken(deps.db, {
    userId: user.id,
    familyId,
    tokenHash: hashToken(refreshToken),
    sessionStartedAt,
    expiresAt: sessionEndsAt,
  });
  const access = await deps.tokens.sign({ userId: user.id, sessionId: familyId, sessionEndsAt }, now);
  return {
    accessToken: access.token,
    expiresIn: access.expiresIn,
    refreshToken,
    ...(await describeUser(deps.db, user)),
  };
}

export function startSession(deps: SessionDeps, user: UserRow) {
  return issueTokens(deps, user, randomUUID(), deps.now?.() ?? new Date());
}

/**
 * Refresh-token rotation: each token works once. Presenting an already-used token means it was
 * copied, so the whole family (that log-in on every device) is revoked.
 */
export async function rotateSession(deps: SessionDeps, presentedToken: string) {
  const now = deps.now?.() ?? new Date();
  const stored = await findRefreshToken(deps.db, hashToken(presentedToken));
  if (!stored || stored.revokedAt) {
    throw new AppError('TOKEN_INVALID', 'unknown or revoked refresh token', {
      detail: 'Please log in again.',
    });
  }
  if (stored.usedAt || !(await claimRefreshToken(deps.db, stored.id, now))) {
    await revokeFamily(deps.db, stored.familyId, now);
    throw new AppError('REFRESH_TOKEN_REUSED', `refresh token family ${stored.familyId} replayed`, {
      detail:
        'This session was used from elsewhere and has been closed for your safety. Please log in again.',
    });
  }
  if (stored.expiresAt <= now) {
    throw new AppError('SESSION_EXPIRED', 'session reached its absolute lifetime', {
      detail: 'Your session has expired (8 hours). Please log in again.',
    });
  }
  const user = await findUserById(deps.db, stored.userId);
  if (!user)
    throw new AppError('TOKEN_INVALID', 'refresh token of a deleted user', {
      detail: 'Please log in again.',
    });
  return issueTokens(deps, user, stored.familyId, stored.sessionStartedAt);
}

export async function endSession(deps: SessionDeps, presentedToken: string) {
  const stored = await findRefreshToken(deps.db, hashToken(presentedToken));
  if (stored) await revokeFamily(deps.db, stored.familyId, deps.now?.() ?? new Date());
}
