import { type DbOrTx, memberships, organisations, users } from '@flowstage/db';
import { and, eq, sql } from 'drizzle-orm';

export type UserRow = typeof users.$inferSelect;

export function findUserByEmail(db: DbOrTx, email: string) {
  return db.query.users.findFirst({ where: eq(users.email, email) });
}

export function findUserById(db: DbOrTx, id: string) {
  return db.query.users.findFirst({ where: eq(users.id, id) });
}

export async function listMemberships(db: DbOrTx, userId: string) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      accountType: organisations.accountType,
      role: memberships.role,
      country: organisations.country,
    })
    .from(memberships)
    .innerJoin(organisations, eq(memberships.organisationId, organisations.id))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name);
}

export async function findMembership(db: DbOrTx, organisationId: string, userId: string) {
  const [row] = await db
    .select({ role: memberships.role, accountType: organisations.accountType })
    .from(memberships)
    .innerJoin(organisations, eq(memberships.organisationId, organisations.id))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row;
}

/** Counts a failed log-in atomically (two parallel attempts must both count). */
export async function recordFailedLogin(
  db: DbOrTx,
  userId: string,
  lockSecondsFor: (failures: number) => number,
) {
  const [row] = await db
    .update(users)
    .set({ failedLoginCount: sql`${users.failedLoginCount} + 1` })
    .where(eq(users.id, userId))
    .returning({ failures: users.failedLoginCount });
  const failures = row?.failures ?? 0;
  const lockSeconds = lockSecondsFor(failures);
  if (lockSeconds > 0) {
    await db
      .update(users)
      .set({ lockedUntil: sql`now() + make_interval(secs => ${lockSeconds})` })
      .where(eq(users.id, userId));
  }
  return { failures, lockSeconds };
}

export function clearFailedLogins(db: DbOrTx, userId: string) {
  return db.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, userId));
}
