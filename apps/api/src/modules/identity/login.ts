import { lockDurationSeconds } from '@flowstage/domain/identity';
import { AppError } from '../../errors.ts';
import { DUMMY_HASH, verifyPassword } from './passwords.ts';
import { type SessionDeps, startSession } from './sessions.ts';
import { clearFailedLogins, findUserByEmail, recordFailedLogin } from './user-repository.ts';

const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', 'bad e-mail or password', { detail: 'Incorrect e-mail or password.' });

function locked(retryAfterSeconds: number) {
  return new AppError('ACCOUNT_LOCKED', 'account temporarily locked', {
    detail: `Too many failed attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s) or reset your password.`,
    extensions: { retryAfterSeconds },
  });
}

export async function logIn(deps: SessionDeps, input: { email: string; password: string }) {
  const now = deps.now?.() ?? new Date();
  const user = await findUserByEmail(deps.db, input.email);
  if (!user) {
    await verifyPassword(await DUMMY_HASH, input.password);
    throw invalidCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw locked(Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000));
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const { lockSeconds } = await recordFailedLogin(deps.db, user.id, lockDurationSeconds);
    throw lockSeconds > 0 ? locked(lockSeconds) : invalidCredentials();
  }
  if (user.failedLoginCount > 0) await clearFailedLogins(deps.db, user.id);
  return startSession(deps, user);
}
