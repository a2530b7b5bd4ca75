import type { AccountType, DbOrTx, MemberRole } from '@flowstage/db';
import { AppError, notFound } from '../../errors.ts';
import { findMembership } from './user-repository.ts';

export interface MembershipContext {
  readonly organisationId: string;
  readonly role: MemberRole;
  readonly accountType: AccountType;
}

/**
 * The one gate for organisation data. A non-member gets 404 (not 403) so that ids of other
 * organisations cannot even be confirmed to exist; a member without the right role gets 403.
 */
export async function requireMembership(
  db: DbOrTx,
  userId: string,
  organisationId: string,
  roles?: readonly MemberRole[],
): Promise<MembershipContext> {
  const membership = await findMembership(db, organisationId, userId);
  if (!membership) throw notFound('Organisation');
  if (roles && !roles.includes(membership.role)) {
    throw new AppError('FORBIDDEN', `role ${membership.role} lacks ${roles.join('|')}`, {
      detail: `This action needs one of these roles: ${roles.join(', ')}.`,
    });
  }
  return { organisationId, role: membership.role, accountType: membership.accountType };
}

export const MANAGERS: readonly MemberRole[] = ['owner', 'admin'];
