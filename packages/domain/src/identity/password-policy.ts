/**
 * Password policy (BRD NFR-005): at least 8 characters mixing lower case, upper case, a digit and a symbol.
 * Returned as the list of unmet rules so the UI can show them live and the API can explain a refusal.
 */
export type PasswordRule = 'min_length' | 'lowercase' | 'uppercase' | 'digit' | 'symbol' | 'max_length';

export const PASSWORD_MIN_LENGTH = 8;
/** Argon2 hashes any length, but an unbounded input is a denial-of-service lever. */
export const PASSWORD_MAX_LENGTH = 128;

export function unmetPasswordRules(password: string): PasswordRule[] {
  const unmet: PasswordRule[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) unmet.push('min_length');
  if (length > PASSWORD_MAX_LENGTH) unmet.push('max_length');
  if (!/\p{Ll}/u.test(password)) unmet.push('lowercase');
  if (!/\p{Lu}/u.test(password)) unmet.push('uppercase');
  if (!/\p{Nd}/u.test(password)) unmet.push('digit');
  if (!/[^\p{L}\p{Nd}\s]/u.test(password)) unmet.push('symbol');
  return unmet;
}

export interface LockoutPolicy {
  /** Failures tolerated before the account is locked. */
  readonly freeAttempts: number;
  readonly baseLockSeconds: number;
  readonly maxLockSeconds: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { freeAttempts: 5, baseLockSeconds: 60, maxLockSeconds: 3600 };

/**
 * Exponential back-off after repeated failures: the 5th failure locks for 1 min, then 2, 4… up to 1 h,
 * which stops online guessing without letting an attacker lock a victim out for long.
 */
export function lockDurationSeconds(consecutiveFailures: number, policy = DEFAULT_LOCKOUT): number {
  if (consecutiveFailures < policy.freeAttempts) return 0;
  const exponent = consecutiveFailures - policy.freeAttempts;
  return Math.min(policy.baseLockSeconds * 2 ** Math.min(exponent, 30), policy.maxLockSeconds);
}
