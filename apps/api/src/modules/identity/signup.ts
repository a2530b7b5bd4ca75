import { type Db, memberships, organisations, users } from '@flowstage/db';
import type { z } from 'zod';
import { AppError } from '../../errors.ts';
import { assertPasswordPolicy, hashPassword } from './passwords.ts';
import type { signupBody } from './schemas.ts';
import { type SessionDeps, startSession } from './sessions.ts';
import { findUserByEmail } from './user-repository.ts';

/** Creates the user, their organisation and the owner membership in one transaction, then logs in. */
export async function signUp(deps: SessionDeps & { db: Db }, input: z.output<typeof signupBody>) {
  assertPasswordPolicy(input.password);
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) throw emailTaken();
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, passwordHash, displayName: input.displayName, locale: input.locale })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!user) throw emailTaken(); // lost a race with a concurrent sign-up of the same address
    const [organisation] = await tx
      .insert(organisations)
      .values({ name: input.organisationName, accountType: input.accountType, country: input.country })
      .returning({ id: organisations.id });
    await tx.insert(memberships).values({ organisationId: organisation!.id, userId: user.id, role: 'owner' });
    return startSession({ ...deps, db: tx }, user);
  });
}

function emailTaken() {
  return new AppError('EMAIL_TAKEN', 'e-mail already registered', {
    detail: 'An account already exists with this e-mail address.',
    errors: [{ path: 'email', message: 'already registered' }],
  });
}
