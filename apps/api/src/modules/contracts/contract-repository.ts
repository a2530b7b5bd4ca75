import { contractReferenceCounters, contracts, contractVersions, type DbOrTx } from '@flowstage/db';
import { type ContractDocument, formatContractReference } from '@flowstage/domain/contracts';
import { and, asc, eq, getTableColumns, or, sql } from 'drizzle-orm';
import { notFound } from '../../errors.ts';

export type ContractRow = typeof contracts.$inferSelect;
export type VersionRow = typeof contractVersions.$inferSelect;

/**
 * Next reference of the year. The counter row is locked until the transaction ends, so two
 * creations cannot get the same number and a rollback returns the number (no gap).
 */
export async function nextContractReference(tx: DbOrTx, year: number): Promise<string> {
  const [row] = await tx
    .insert(contractReferenceCounters)
    .values({ year, lastValue: 1 })
    .onConflictDoUpdate({
      target: contractReferenceCounters.year,
      set: { lastValue: sql`${contractReferenceCounters.lastValue} + 1` },
    })
    .returning({ lastValue: contractReferenceCounters.lastValue });
  if (!row) throw new Error('reference counter returned nothing');
  return formatContractReference(year, row.lastValue);
}

/** A contract the organisation owns or is the counterparty of; 404 otherwise. */
export async function findContractFor(db: DbOrTx, orgId: string, contractId: string, ownerOnly = false) {
  const visible = ownerOnly
    ? eq(contracts.organisationId, orgId)
    : or(eq(contracts.organisationId, orgId), eq(contracts.counterpartyOrganisationId, orgId));
  const [row] = await db
    .select()
    .from(contracts)
    .where(and(eq(contracts.id, contractId), visible));
  if (!row) throw notFound('Contract');
  return row;
}

export async function listVersions(db: DbOrTx, contractId: string) {
  return db
    .select({
      id: contractVersions.id,
      version: contractVersions.version,
      pdfSha256: contractVersions.pdfSha256,
      createdAt: contractVersions.createdAt,
    })
    .from(contractVersions)
    .where(eq(contractVersions.contractId, contractId))
    .orderBy(asc(contractVersions.version));
}

const { pdf: _pdf, ...versionMetaColumns } = getTableColumns(contractVersions);
export type VersionMeta = Omit<VersionRow, 'pdf'>;

/** A version without its PDF bytes: most callers need the terms or the hash, and the PDF is the bulk of the row. */
export async function findVersion(db: DbOrTx, contractId: string, version: number): Promise<VersionMeta> {
  const [row] = await db
    .select(versionMetaColumns)
    .from(contractVersions)
    .where(and(eq(contractVersions.contractId, contractId), eq(contractVersions.version, version)));
  if (!row) throw notFound('Contract version');
  return row;
}

export async function findVersionWithPdf(
  db: DbOrTx,
  contractId: string,
  version: number,
): Promise<VersionRow> {
  const [row] = await db
    .select()
    .from(contractVersions)
    .where(and(eq(contractVersions.contractId, contractId), eq(contractVersions.version, version)));
  if (!row) throw notFound('Contract version');
  return row;
}

/** The version a signature request is about, without its PDF. */
export async function findVersionById(db: DbOrTx, id: string): Promise<VersionMeta> {
  const [row] = await db.select(versionMetaColumns).from(contractVersions).where(eq(contractVersions.id, id));
  if (!row) throw notFound('Contract version');
  return row;
}

/** The document as rendered when the version was saved (kept so later library edits never change it). */
export function storedDocument(row: VersionMeta): ContractDocument {
  return row.document as unknown as ContractDocument; // written by insertVersion from buildContractDocument
}
