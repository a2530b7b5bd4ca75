import {
  contracts,
  contractVersions,
  type Db,
  type DbOrTx,
  signatureRequests,
  signatureSigners,
} from '@flowstage/db';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError, notFound } from '../../errors.ts';
import { findVersionById, sha256Hex, storedDocument } from '../contracts/index.ts';
import { emitEvent } from '../events/index.ts';
import { appendAudit, auditTrail } from './audit.ts';
import { appendCertificatePage } from './certificate-page.ts';
import { signingMaterialFor } from './certificates.ts';
import { CONSENT_TEXT, hashSigningToken, sameName } from './links.ts';
import { sealPdf } from './pades.ts';

export interface Caller {
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly now: Date;
}

/** Finds the signer behind a link; unknown → 404, signed already → 410, expired → 410. */
async function resolveLink(db: DbOrTx, token: string, now: Date) {
  const [row] = await db
    .select({ signer: signatureSigners, request: signatureRequests, contract: contracts })
    .from(signatureSigners)
    .innerJoin(signatureRequests, eq(signatureRequests.id, signatureSigners.requestId))
    .innerJoin(contracts, eq(contracts.id, signatureRequests.contractId))
    .where(eq(signatureSigners.tokenHash, hashSigningToken(token)));
  if (!row) throw notFound('Signing link');
  if (row.signer.signedAt)
    throw new AppError('SIGNING_LINK_USED', 'link already used', {
      detail: 'This signing link has already been used.',
    });
  if (row.signer.expiresAt <= now)
    throw new AppError('SIGNING_LINK_EXPIRED', 'link expired', {
      detail: 'This signing link has expired. Ask the sender for a new one.',
    });
  if (row.request.status !== 'pending')
    throw new AppError('CONFLICT', `request ${row.request.status}`, {
      detail: `This signature request is ${row.request.status}.`,
    });
  return row;
}

async function signersOf(db: DbOrTx, requestId: string) {
  return db
    .select()
    .from(signatureSigners)
    .where(eq(signatureSigners.requestId, requestId))
    .orderBy(asc(signatureSigners.position));
}

/** What a signer sees when opening the link: the document, the consent text, whose turn it is. */
export async function openSigningLink(db: Db, token: string, caller: Caller) {
  const { signer, request, contract } = await resolveLink(db, token, caller.now);
  const version = await db.query.contractVersions.findFirst({
    where: eq(contractVersions.id, request.contractVersionId),
  });
  if (!version) throw notFound('Contract version');
  const document = storedDocument(version);
  const signers = await signersOf(db, request.id);
  if (!signer.openedAt) {
    await db.transaction(async (tx) => {
      await tx
        .update(signatureSigners)
        .set({ openedAt: caller.now })
        .where(eq(signatureSigners.id, signer.id));
      await appendAudit(tx, request.id, {
        action: 'link_opened',
        actor: `${signer.name} <${signer.email}>`,
        ip: caller.ip,
        userAgent: caller.userAgent,
        documentSha256: version.pdfSha256,
        occurredAt: caller.now,
      });
    });
  }
  return {
    reference: contract.reference,
    title: contract.title,
    version: version.version,
    documentSha256: version.pdfSha256,
    document,
    pdfBase64: Buffer.from(version.pdf).toString('base64'),
    consentText: CONSENT_TEXT[document.language],
    signer: { name: signer.name, email: signer.email, position: signer.position },
    yourTurn: signers.filter((s) => s.position < signer.position).every((s) => s.signedAt !== null),
    signers: signers.map((s) => ({ position: s.position, name: s.name, signed: s.signedAt !== null })),
    expiresAt: signer.expiresAt.toISOString(),
  };
}

/**
 * Signs with consent and the typed full name. Order is enforced; the link is consumed atomically
 * (a replay loses the race and gets 410). The last signature completes and seals the document.
 */
export async function signWithLink(
  db: Db,
  token: string,
  body: { consent: true; typedName: string },
  caller: Caller,
) {
  const completed = await db.transaction(async (tx) => {
    const { signer, request, contract } = await resolveLink(tx, token, caller.now);
    if (!sameName(body.typedName, signer.name))
      throw new AppError('VALIDATION_FAILED', 'typed name differs', {
        detail: 'Type your full name exactly as it appears in the invitation.',
        errors: [{ path: 'body.typedName', message: `must match "${signer.name}"` }],
      });
    const signers = await signersOf(tx, request.id);
    const waiting = signers.filter((s) => s.position < signer.position && !s.signedAt);
    if (waiting.length > 0)
      throw new AppError('SIGNING_OUT_OF_ORDER', 'previous signers pending', {
        detail: `${waiting.map((s) => s.name).join(', ')} must sign first.`,
      });
    const version = await findVersionById(tx, request.contractVersionId);
    if (version.version !== contract.currentVersion)
      throw new AppError('CONFLICT', 'contract changed', {
        detail: 'The contract changed since this request was sent.',
      });
    const consumed = await tx
      .update(signatureSigners)
      .set({ signedAt: caller.now, typedName: body.typedName, ip: caller.ip, userAgent: caller.userAgent })
      .where(and(eq(signatureSigners.id, signer.id), isNull(signatureSigners.signedAt)))
      .returning({ id: signatureSigners.id });
    if (consumed.length === 0)
      throw new AppError('SIGNING_LINK_USED', 'raced', {
        detail: 'This signing link has already been used.',
      });
    await appendAudit(tx, request.id, {
      action: 'signed',
      actor: `${signer.name} <${signer.email}> typed "${body.typedName}", consent given`,
      ip: caller.ip,
      userAgent: caller.userAgent,
      documentSha256: version.pdfSha256,
      occurredAt: caller.now,
    });
    const last = signers.every((s) => s.id === signer.id || s.signedAt !== null);
    return last ? { request, contract, version } : null;
  });
  if (completed) await completeRequest(db, completed.request.id, caller);
  return { signed: true, completed: completed !== null };
}

/** Certificate page + PAdES seal over the final PDF, then the contract is signed (event emitted). */
async function completeRequest(db: Db, requestId: string, caller: Caller) {
  const request = await db.query.signatureRequests.findFirst({ where: eq(signatureRequests.id, requestId) });
  if (!request) throw notFound('Signature request');
  const contract = await db.query.contracts.findFirst({ where: eq(contracts.id, request.contractId) });
  const version = await db.query.contractVersions.findFirst({
    where: (v, { eq: e }) => e(v.id, request.contractVersionId),
  });
  if (!contract || !version) throw notFound('Contract');
  const material = await signingMaterialFor(db, request.organisationId);
  const withCertificate = await appendCertificatePage(version.pdf, {
    reference: contract.reference,
    title: contract.title,
    version: version.version,
    documentSha256: version.pdfSha256,
    signers: await signersOf(db, request.id),
    trail: await auditTrail(db, request.id),
    sealSubject: material.subject,
  });
  const sealed = await sealPdf(withCertificate, material, {
    reason: `${contract.reference} v${version.version} signed by all parties`,
    location: 'Flow Stage',
    contactInfo: 'contracts@flowstage.app',
    signingTime: caller.now,
  });
  const sealedSha = sha256Hex(sealed);
  await db.transaction(async (tx) => {
    const done = await tx
      .update(signatureRequests)
      .set({ status: 'completed', signedPdf: sealed, signedPdfSha256: sealedSha, completedAt: caller.now })
      .where(and(eq(signatureRequests.id, request.id), eq(signatureRequests.status, 'pending')))
      .returning({ id: signatureRequests.id });
    if (done.length === 0) return;
    await appendAudit(tx, request.id, {
      action: 'completed_and_sealed',
      actor: 'Flow Stage',
      ip: null,
      userAgent: null,
      documentSha256: sealedSha,
      occurredAt: caller.now,
    });
    await tx
      .update(contracts)
      .set({ status: 'signed', updatedAt: caller.now })
      .where(eq(contracts.id, contract.id));
    await emitEvent(tx, {
      type: 'contract_signed',
      organisationIds: [
        contract.organisationId,
        ...(contract.counterpartyOrganisationId ? [contract.counterpartyOrganisationId] : []),
      ],
      payload: {
        contractId: contract.id,
        reference: contract.reference,
        version: version.version,
        signatureRequestId: request.id,
        signedPdfSha256: sealedSha,
      },
      occurredAt: caller.now,
    });
  });
}
