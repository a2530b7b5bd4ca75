import { hashPassword, verifyPassword } from '@flowstage/db';
import { unmetPasswordRules } from '@flowstage/domain/identity';
import { AppError } from '../../errors.ts';

export { hashPassword, verifyPassword };

/** A real hash of a random string: verifying against it when the e-mail is unknown keeps timing uniform. */
export const DUMMY_HASH = hashPassword(`dummy-${Math.random()}-Aa1!`);

export function assertPasswordPolicy(password: string, field = 'password') {
  const unmet = unmetPasswordRules(password);
  if (unmet.length > 0) {
    throw new AppError('WEAK_PASSWORD', `password misses rules ${unmet.join(',')}`, {
      detail:
        'The password must have at least 8 characters with lower case, upper case, a digit and a symbol.',
      errors: unmet.map((rule) => ({ path: field, message: rule })),
      extensions: { unmetRules: unmet },
    });
  }
}
