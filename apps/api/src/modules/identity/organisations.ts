import { type Db, memberships, organisations, users } from '@flowstage/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import type { addMemberBody, updateOrganisationBody } from './schemas.ts';
import { findUserByEmail } from './user-repository.ts';

function present(row: typeof organisations.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    accountType: row.accountType,
    country: row.country,
    city: row.city,
    siret: row.siret,
    vatNumber: row.vatNumber,
    licenceNumber: row.licenceNumber,
    phone: row.phone,
    website: row.website,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getOrganisation(db: Db, id: string) {
  const row = await db.query.organisations.findFirst({ where: eq(organisations.id, id) });
  if (!row) throw notFound('Organisation');
  return present(row);
}

export async function updateOrganisation(db: Db, id: string, patch: z.output<typeof updateOrganisationBody>) {
  const [row] = await db.update(organisations).set(patch).where(eq(organisations.id, id)).returning();
  if (!row) throw notFound('Organisation');
  return present(row);
}

export function listMembers(db: Db, organisationId: string) {
  return db
    .select({ userId: users.id, email: users.email, displayName: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(memberships.userId, users.id))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(users.displayName);
}

export async function addMember(db: Db, organisationId: string, input: z.output<typeof addMemberBody>) {
  const user = await findUserByEmail(db, input.email);
  if (!user) {
    throw new AppError('NOT_FOUND', 'invitee has no account', {
      detail: 'No Flow Stage account uses this e-mail address yet: ask them to sign up first.',
      errors: [{ path: 'email', message: 'no account' }],
    });
  }
  const inserted = await db
    .insert(memberships)
    .values({ organisationId, userId: user.id, role: input.role })
    .onConflictDoNothing()
    .returning({ userId: memberships.userId });
  if (inserted.length === 0) {
    throw new AppError('CONFLICT', 'already a member', { detail: 'This person is already a member.' });
  }
  return { userId: user.id, email: user.email, displayName: user.displayName, role: input.role };
}
