import type { DbOrTx, MemberRole } from '@flowstage/db';
import { AppError } from '../../errors.ts';
import { type MembershipContext, requireMembership } from '../identity/index.ts';

export const EDITORS: readonly MemberRole[] = ['owner', 'admin', 'member'];
/** Only owners and admins sign purchase orders: they hold the commune's delegation of signature. */
export const SIGNATORIES: readonly MemberRole[] = ['owner', 'admin'];

export async function requireCommune(
  db: DbOrTx,
  userId: string,
  orgId: string,
  roles?: readonly MemberRole[],
): Promise<MembershipContext> {
  const m = await requireMembership(db, userId, orgId, roles);
  if (m.accountType !== 'municipality') {
    throw new AppError('FORBIDDEN', `account type ${m.accountType} is not a commune`, {
      detail: 'Réservé aux communes et intercommunalités.',
    });
  }
  return m;
}
