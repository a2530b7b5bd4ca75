import { contracts, type Db, type DbOrTx, signatureRequests, signatureSigners } from '@flowstage/db';
import { and, asc, eq, or } from 'drizzle-orm';
import { notFound } from '../../errors.ts';
import { sha256Hex } from '../contracts/index.ts';
import { auditTrail, firstBrokenLink } from './audit.ts';
import { type PdfSignatureCheck, verifyPdfSignature } from './pades.ts';

/** A request visible to the owner or the counterparty of its contract. */
export async function findRequestFor(db: DbOrTx, orgId: string, requestId: string, ownerOnly = false) {
  const [row] = await db
    .select({ request: signatureRequests, contract: contracts })
    .from(signatureRequests)
    .innerJoin(contracts, eq(contracts.id, signatureRequests.contractId))
    .where(
      and(
        eq(signatureRequests.id, requestId),
        ownerOnly
          ? eq(contracts.organisationId, orgId)
          : or(eq(contracts.organisationId, orgId), eq(contracts.counterpartyOrganisationId, orgId)),
      ),
    );
  if (!row) throw notFound('Signature request');
  return row;
}

export async function describeRequest(db: Db, orgId: string, requestId: string) {
  const { request, contract } = await findRequestFor(db, orgId, requestId);
  const signers = await db
    .select()
    .from(signatureSigners)
    .where(eq(signatureSigners.requestId, request.id))
    .orderBy(asc(signatureSigners.position));
  const trail = await auditTrail(db, request.id);
  return {
    id: request.id,
    contractId: contract.id,
    reference: contract.reference,
    status: request.status,
    provider: request.provider,
    signedPdfSha256: request.signedPdfSha256,
    completedAt: request.completedAt?.toISOString() ?? null,
    signers: signers.map((s) => ({
      position: s.position,
      name: s.name,
      email: s.email,
      openedAt: s.openedAt?.toISOString() ?? null,
      signedAt: s.signedAt?.toISOString() ?? null,
      ip: s.ip,
    })),
    auditTrail: trail.map((e) => ({
      seq: e.seq,
      action: e.action,
      actor: e.actor,
      ip: e.ip,
      occurredAt: e.occurredAt.toISOString(),
      documentSha256: e.documentSha256,
      prevHash: e.prevHash,
      hash: e.hash,
    })),
    auditChainIntact: firstBrokenLink(trail) === null,
  };
}

export interface VerificationResult {
  readonly signature: PdfSignatureCheck;
  /** The signed contract this exact file is, when it was produced by Flow Stage. */
  readonly match: {
    reference: string;
    version: number;
    signatureRequestId: string;
    completedAt: string | null;
  } | null;
}

/** Is this PDF's signature intact, and which signed contract version is it byte for byte? */
export async function verifyUploadedPdf(db: Db, pdf: Buffer): Promise<VerificationResult> {
  const signature = verifyPdfSignature(pdf);
  const [row] = await db
    .select({ request: signatureRequests, reference: contracts.reference })
    .from(signatureRequests)
    .innerJoin(contracts, eq(contracts.id, signatureRequests.contractId))
    .where(eq(signatureRequests.signedPdfSha256, sha256Hex(pdf)));
  if (!row) return { signature, match: null };
  const version = await db.query.contractVersions.findFirst({
    where: (v, { eq: e }) => e(v.id, row.request.contractVersionId),
  });
  return {
    signature,
    match: {
      reference: row.reference,
      version: version?.version ?? 0,
      signatureRequestId: row.request.id,
      completedAt: row.request.completedAt?.toISOString() ?? null,
    },
  };
}
