import { type Db, signatureSigners } from '@flowstage/db';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import type { Mailer } from '../../lib/mailer.ts';
import { findVersion } from '../contracts/index.ts';
import { appendAudit } from './audit.ts';
import { type Invitation, sendInvitations } from './create-request.ts';
import { LINK_TTL_SECONDS, newSigningToken } from './links.ts';
import { findRequestFor } from './requests.ts';

/**
 * New links for the signers who have not signed (lost e-mail, expired link). The old links stop
 * working at once because only the new token's hash is kept.
 */
export async function resendInvitations(
  db: Db,
  mailer: Mailer,
  publicUrl: string,
  input: {
    orgId: string;
    requestId: string;
    userId: string;
    ip: string | null;
    userAgent: string | null;
    now: Date;
  },
) {
  const links: Invitation[] = [];
  const { contract } = await db.transaction(async (tx) => {
    const found = await findRequestFor(tx, input.orgId, input.requestId, true);
    if (found.request.status !== 'pending')
      throw new AppError('CONFLICT', `request ${found.request.status}`, {
        detail: `The request is ${found.request.status}.`,
      });
    const pending = await tx
      .select()
      .from(signatureSigners)
      .where(and(eq(signatureSigners.requestId, found.request.id), isNull(signatureSigners.signedAt)))
      .orderBy(asc(signatureSigners.position));
    const expiresAt = new Date(input.now.getTime() + LINK_TTL_SECONDS * 1000);
    for (const signer of pending) {
      const { token, hash } = newSigningToken();
      await tx
        .update(signatureSigners)
        .set({ tokenHash: hash, expiresAt })
        .where(eq(signatureSigners.id, signer.id));
      links.push({ name: signer.name, email: signer.email, token, position: signer.position });
    }
    const version = await findVersion(tx, found.contract.id, found.contract.currentVersion);
    await appendAudit(tx, found.request.id, {
      action: 'invitations_resent',
      actor: `user:${input.userId}`,
      ip: input.ip,
      userAgent: input.userAgent,
      documentSha256: version.pdfSha256,
      occurredAt: input.now,
    });
    return found;
  });
  const total = (
    await db
      .select({ id: signatureSigners.id })
      .from(signatureSigners)
      .where(eq(signatureSigners.requestId, input.requestId))
  ).length;
  const undelivered = await sendInvitations(mailer, publicUrl, contract, links, total);
  return { resent: links.map((l) => l.email), undelivered };
}
