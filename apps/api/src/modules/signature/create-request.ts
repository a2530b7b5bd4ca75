import { contracts, type Db, signatureRequests, signatureSigners } from '@flowstage/db';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import type { Mailer } from '../../lib/mailer.ts';
import { findContractFor, findVersion } from '../contracts/index.ts';
import { emitEvent } from '../events/index.ts';
import { appendAudit } from './audit.ts';
import { LINK_TTL_SECONDS, newSigningToken } from './links.ts';

export interface CreateRequestInput {
  readonly orgId: string;
  readonly contractId: string;
  readonly userId: string;
  readonly signers: readonly { name: string; email: string }[];
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly now: Date;
}

/**
 * Opens a signature request on the current version: signers sign in the given order, each from
 * the link e-mailed to them. The contract becomes 'sent' and contract_sent is emitted (outbox).
 */
export async function createSignatureRequest(
  db: Db,
  mailer: Mailer,
  publicUrl: string,
  input: CreateRequestInput,
) {
  const emails = input.signers.map((s) => s.email.toLowerCase());
  if (new Set(emails).size !== emails.length)
    throw new AppError('VALIDATION_FAILED', 'duplicate signer', {
      detail: 'Each signer needs a distinct e-mail address.',
      errors: [{ path: 'body.signers', message: 'duplicate e-mail' }],
    });
  const links: { name: string; email: string; token: string; position: number }[] = [];
  const result = await db.transaction(async (tx) => {
    const contract = await findContractFor(tx, input.orgId, input.contractId, true);
    if (contract.status === 'signed' || contract.status === 'cancelled')
      throw new AppError('CONFLICT', `contract ${contract.status}`, {
        detail: `The contract is already ${contract.status}.`,
      });
    const pending = await tx.query.signatureRequests.findFirst({
      where: and(eq(signatureRequests.contractId, contract.id), eq(signatureRequests.status, 'pending')),
    });
    if (pending)
      throw new AppError('CONFLICT', 'pending request exists', {
        detail: 'A signature request is already in progress for this contract.',
        extensions: { signatureRequestId: pending.id },
      });
    const version = await findVersion(tx, contract.id, contract.currentVersion);
    const [request] = await tx
      .insert(signatureRequests)
      .values({
        contractId: contract.id,
        contractVersionId: version.id,
        organisationId: input.orgId,
        createdBy: input.userId,
        createdAt: input.now,
      })
      .returning();
    if (!request) throw new Error('request insert returned nothing');
    const expiresAt = new Date(input.now.getTime() + LINK_TTL_SECONDS * 1000);
    for (const [i, s] of input.signers.entries()) {
      const { token, hash } = newSigningToken();
      await tx.insert(signatureSigners).values({
        requestId: request.id,
        position: i + 1,
        name: s.name,
        email: s.email,
        tokenHash: hash,
        expiresAt,
      });
      links.push({ ...s, token, position: i + 1 });
    }
    await appendAudit(tx, request.id, {
      action: 'request_created',
      actor: `user:${input.userId}`,
      ip: input.ip,
      userAgent: input.userAgent,
      documentSha256: version.pdfSha256,
      occurredAt: input.now,
    });
    await tx
      .update(contracts)
      .set({ status: 'sent', updatedAt: input.now })
      .where(eq(contracts.id, contract.id));
    await emitEvent(tx, {
      type: 'contract_sent',
      organisationIds: [
        contract.organisationId,
        ...(contract.counterpartyOrganisationId ? [contract.counterpartyOrganisationId] : []),
      ],
      payload: {
        contractId: contract.id,
        reference: contract.reference,
        version: version.version,
        signatureRequestId: request.id,
      },
      occurredAt: input.now,
    });
    return { request, contract, version };
  });
  // Invitations go out once the request is committed; every signer can read now, sign in turn.
  // A failed e-mail does not undo the request: it is reported, and resendInvitations() retries.
  const undelivered = await sendInvitations(mailer, publicUrl, result.contract, links);
  return {
    id: result.request.id,
    contractId: result.contract.id,
    version: result.version.version,
    status: result.request.status,
    undelivered,
  };
}

export interface Invitation {
  readonly name: string;
  readonly email: string;
  readonly token: string;
  readonly position: number;
}

/** Sends each invitation; returns the addresses that could not be reached. */
export async function sendInvitations(
  mailer: Mailer,
  publicUrl: string,
  contract: { reference: string; title: string },
  links: readonly Invitation[],
  total = links.length,
): Promise<string[]> {
  const undelivered: string[] = [];
  for (const link of links) {
    try {
      await mailer.send({
        to: link.email,
        subject: `Flow Stage — ${contract.reference} : contrat à signer / contract to sign`,
        text: `Bonjour ${link.name},\n\n${contract.title} (${contract.reference}) vous attend pour signature (signataire n° ${link.position}/${total}).\nLien personnel, valable 14 jours, utilisable une fois :\n${publicUrl}/sign/${link.token}\n\nHello ${link.name}, the contract above awaits your signature (signer ${link.position} of ${total}). Personal link, valid 14 days, single use.\n`,
      });
    } catch {
      undelivered.push(link.email);
    }
  }
  return undelivered;
}
