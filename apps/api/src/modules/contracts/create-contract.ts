import { contracts, contractVersions, type Db, type DbOrTx } from '@flowstage/db';
import {
  buildContractDocument,
  type ContractTerms,
  checkMandatoryMentions,
  findTemplate,
  type LibraryClause,
} from '@flowstage/domain/contracts';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { organisationLibrary } from './clause-library.ts';
import { termsSchema } from './contract.schema.ts';
import { findContractFor, findVersion, listVersions, nextContractReference } from './contract-repository.ts';
import { renderContractPdf } from './render.ts';

export interface CreateContractInput {
  readonly organisationId: string;
  readonly userId: string;
  readonly terms: ContractTerms;
  readonly counterpartyOrganisationId?: string | undefined;
  readonly now?: Date;
}

async function insertVersion(
  tx: DbOrTx,
  ownerOrgId: string,
  contractId: string,
  reference: string,
  version: number,
  terms: ContractTerms,
  userId: string,
  now: Date,
) {
  const document = buildContractDocument(terms, reference, await organisationLibrary(tx, ownerOrgId));
  const pdf = await renderContractPdf(document, terms, now);
  await tx.insert(contractVersions).values({
    contractId,
    version,
    // Plain JSON data: the jsonb column stores it as is.
    terms: { ...terms },
    document: { ...document },
    pdf: pdf.bytes,
    pdfSha256: pdf.sha256,
    createdBy: userId,
    createdAt: now,
  });
  return document;
}

/** Creates a contract with its reference and version 1 (document, PDF) in one transaction. */
export async function createContract(db: Db, input: CreateContractInput) {
  const now = input.now ?? new Date();
  if (input.counterpartyOrganisationId === input.organisationId)
    throw new AppError('VALIDATION_FAILED', 'counterparty is the owner', {
      detail: 'The counterparty must be another organisation.',
      errors: [{ path: 'body.counterpartyOrganisationId', message: 'must differ from the owner' }],
    });
  const template = findTemplate(input.terms.country, input.terms.kind);
  const id = await db
    .transaction(async (tx) => {
      const reference = await nextContractReference(tx, now.getUTCFullYear());
      const [row] = await tx
        .insert(contracts)
        .values({
          reference,
          organisationId: input.organisationId,
          counterpartyOrganisationId: input.counterpartyOrganisationId ?? null,
          kind: input.terms.kind,
          country: input.terms.country,
          title: template.title[input.terms.language] ?? template.title.en ?? '',
          createdBy: input.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: contracts.id });
      if (!row) throw new Error('contract insert returned nothing');
      await insertVersion(tx, input.organisationId, row.id, reference, 1, input.terms, input.userId, now);
      return row.id;
    })
    .catch((error: unknown) => {
      // The counterparty id must name an existing organisation (foreign key).
      if (
        String(
          (error as { cause?: { code?: string } })?.cause?.code ?? (error as { code?: string })?.code,
        ) === '23503'
      )
        throw new AppError('VALIDATION_FAILED', 'unknown counterparty', {
          detail: 'The counterparty organisation does not exist.',
          errors: [{ path: 'body.counterpartyOrganisationId', message: 'unknown organisation' }],
        });
      throw error;
    });
  return describeContract(db, input.organisationId, id);
}

/** Adds a new version (every version is kept); a signed or cancelled contract is frozen. */
export async function addContractVersion(
  db: Db,
  orgId: string,
  contractId: string,
  userId: string,
  terms: ContractTerms,
  now = new Date(),
) {
  await db.transaction(async (tx) => {
    const contract = await findContractFor(tx, orgId, contractId, true);
    if (contract.status === 'signed' || contract.status === 'cancelled')
      throw new AppError('CONFLICT', `contract is ${contract.status}`, {
        detail: `A ${contract.status} contract cannot change.`,
      });
    if (terms.kind !== contract.kind || terms.country !== contract.country)
      throw new AppError('VALIDATION_FAILED', 'kind or country changed', {
        detail: 'A new version keeps the kind and country of the contract.',
        errors: [{ path: 'body.terms.kind', message: 'must stay the same' }],
      });
    // Lock the contract row so two concurrent edits get consecutive version numbers.
    const [locked] = await tx
      .update(contracts)
      .set({ currentVersion: contract.currentVersion + 1, status: 'draft', updatedAt: now })
      .where(eq(contracts.id, contractId))
      .returning({ version: contracts.currentVersion });
    await insertVersion(
      tx,
      contract.organisationId,
      contractId,
      contract.reference,
      locked?.version ?? contract.currentVersion + 1,
      terms,
      userId,
      now,
    );
  });
  return describeContract(db, orgId, contractId);
}

export async function describeContract(db: DbOrTx, orgId: string, contractId: string) {
  const c = await findContractFor(db, orgId, contractId);
  const versions = await listVersions(db, contractId);
  const current = await findVersion(db, contractId, c.currentVersion);
  return {
    id: c.id,
    reference: c.reference,
    organisationId: c.organisationId,
    counterpartyOrganisationId: c.counterpartyOrganisationId,
    kind: termsSchema.shape.kind.parse(c.kind),
    country: termsSchema.shape.country.parse(c.country),
    title: c.title,
    status: c.status,
    currentVersion: c.currentVersion,
    createdAt: c.createdAt.toISOString(),
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
    mentions: mentionReport(
      termsSchema.parse(current.terms),
      await organisationLibrary(db, c.organisationId),
    ),
  };
}

/** The mention report as plain arrays for the response schema. */
export function mentionReport(terms: ContractTerms, orgLibrary: readonly LibraryClause[] = []) {
  const report = checkMandatoryMentions(terms, orgLibrary);
  return { missing: [...report.missing], warnings: [...report.warnings] };
}
