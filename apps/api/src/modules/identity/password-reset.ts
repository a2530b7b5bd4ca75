import { type Db, type Locale, passwordResetTokens, users } from '@flowstage/db';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import type { Mailer } from '../../lib/mailer.ts';
import { hashToken, newOpaqueToken } from '../../lib/tokens.ts';
import { passwordResetMail } from './emails.ts';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';
import { revokeAllForUser } from './session-repository.ts';
import { findUserByEmail, findUserById } from './user-repository.ts';

const RESET_TOKEN_SECONDS = 3600;

export interface ResetDeps {
  readonly db: Db;
  readonly mailer: Mailer;
  readonly publicUrl: string;
}

/** Always answers the same way whether the address exists or not (no account enumeration). */
export async function requestPasswordReset(deps: ResetDeps, email: string) {
  const user = await findUserByEmail(deps.db, email);
  if (!user) return;
  const token = newOpaqueToken();
  await deps.db.insert(passwordResetTokens).values({
    userId: user.id,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + RESET_TOKEN_SECONDS * 1000),
  });
  const link = `${deps.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  const mail = passwordResetMail(user.locale as Locale, user.displayName, link);
  await deps.mailer.send({ to: user.email, ...mail });
}

export async function resetPassword(deps: Pick<ResetDeps, 'db'>, token: string, password: string) {
  assertPasswordPolicy(password);
  const passwordHash = await hashPassword(password);
  await deps.db.transaction(async (tx) => {
    const now = new Date();
    // Claiming the token and changing the password commit together: a token works exactly once.
    const [claimed] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashToken(token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, now),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!claimed) {
      throw new AppError('RESET_TOKEN_INVALID', 'reset token unknown, used or expired', {
        detail: 'This reset link is invalid or has expired. Ask for a new one.',
      });
    }
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: now, failedLoginCount: 0, lockedUntil: null })
      .where(eq(users.id, claimed.userId));
    await revokeAllForUser(tx, claimed.userId, now);
  });
}

export async function changePassword(
  db: Db,
  caller: { userId: string; sessionId: string },
  currentPassword: string,
  newPassword: string,
) {
  const { userId } = caller;
  const user = await findUserById(db, userId);
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError('INVALID_CREDENTIALS', 'current password mismatch', {
      detail: 'The current password is incorrect.',
      errors: [{ path: 'currentPassword', message: 'incorrect' }],
    });
  }
  assertPasswordPolicy(newPassword, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, userId));
    await revokeAllForUser(tx, userId, new Date(), caller.sessionId);
  });
}
