import { createHash } from 'node:crypto';
import { type ArchiveKind, type DbOrTx, municipalArchive } from '@flowstage/db';
import { type DatedTable, valueAt } from '@flowstage/domain/reference';
import { and, desc, eq, or, type SQL } from 'drizzle-orm';
import { AppError, notFound } from '../../errors.ts';
import { organisationCards } from './directory.ts';
import { findEvent } from './event-repository.ts';

/** Accounting documents are kept 10 years (C. com. L123-22; CGI L102 B is 6, the longer one wins). */
export const ARCHIVE_RETENTION_YEARS: DatedTable<number> = [
  { value: 10, validFrom: '2000-01-01', validTo: null, source: 'Code de commerce L123-22' },
];

export function retentionEnd(createdOn: string): string {
  const found = valueAt(ARCHIVE_RETENTION_YEARS, createdOn);
  if (found.kind !== 'found') throw new Error(`no retention rule on ${createdOn}`);
  const year = Number(createdOn.slice(0, 4)) + found.value;
  // 29 February has no match ten years later: keep the document until 1 March.
  const candidate = `${year}${createdOn.slice(4)}`;
  return Number.isNaN(Date.parse(`${candidate}T00:00:00Z`)) ||
    new Date(`${candidate}T00:00:00Z`).toISOString().slice(0, 10) !== candidate
    ? `${year}-03-01`
    : candidate;
}

export const sha256Hex = (content: Uint8Array) => createHash('sha256').update(content).digest('hex');

export interface ArchiveInput {
  readonly organisationId: string;
  readonly kind: ArchiveKind;
  readonly year: number;
  readonly eventId: string | null;
  readonly companyOrganisationId: string | null;
  readonly reference: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Uint8Array;
  readonly createdOn: string;
}

export async function archiveDocument(tx: DbOrTx, input: ArchiveInput) {
  const [row] = await tx
    .insert(municipalArchive)
    .values({
      organisationId: input.organisationId,
      kind: input.kind,
      year: input.year,
      eventId: input.eventId,
      companyOrganisationId: input.companyOrganisationId,
      reference: input.reference,
      fileName: input.fileName,
      contentType: input.contentType,
      content: input.content,
      sha256: sha256Hex(input.content),
      retainUntil: retentionEnd(input.createdOn),
    })
    .returning({ id: municipalArchive.id, sha256: municipalArchive.sha256 });
  if (!row) throw new Error('archive insert returned no row');
  return row;
}

/** The owner (commune) and the company named on a document can both read it. */
const readableBy = (organisationId: string) =>
  or(
    eq(municipalArchive.organisationId, organisationId),
    eq(municipalArchive.companyOrganisationId, organisationId),
  );

export interface ArchiveFilter {
  readonly year?: number | undefined;
  readonly eventId?: string | undefined;
  readonly companyId?: string | undefined;
  readonly kind?: ArchiveKind | undefined;
}

export async function listArchive(db: DbOrTx, organisationId: string, filter: ArchiveFilter) {
  const where: SQL[] = [readableBy(organisationId) as SQL];
  if (filter.year !== undefined) where.push(eq(municipalArchive.year, filter.year));
  if (filter.eventId) where.push(eq(municipalArchive.eventId, filter.eventId));
  if (filter.companyId) where.push(eq(municipalArchive.companyOrganisationId, filter.companyId));
  if (filter.kind) where.push(eq(municipalArchive.kind, filter.kind));
  const rows = await db
    .select({
      id: municipalArchive.id,
      kind: municipalArchive.kind,
      year: municipalArchive.year,
      eventId: municipalArchive.eventId,
      companyOrganisationId: municipalArchive.companyOrganisationId,
      reference: municipalArchive.reference,
      fileName: municipalArchive.fileName,
      contentType: municipalArchive.contentType,
      sha256: municipalArchive.sha256,
      retainUntil: municipalArchive.retainUntil,
      createdAt: municipalArchive.createdAt,
    })
    .from(municipalArchive)
    .where(and(...where))
    .orderBy(desc(municipalArchive.createdAt));
  const events = new Map<string, string>();
  for (const id of new Set(rows.flatMap((r) => (r.eventId ? [r.eventId] : [])))) {
    events.set(id, (await findEvent(db, id))?.title ?? '');
  }
  const companies = await organisationCards(db, [
    ...new Set(rows.flatMap((r) => (r.companyOrganisationId ? [r.companyOrganisationId] : []))),
  ]);
  return rows.map((r) => ({
    ...r,
    eventTitle: r.eventId ? (events.get(r.eventId) ?? null) : null,
    companyName: r.companyOrganisationId ? (companies.get(r.companyOrganisationId)?.name ?? null) : null,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function readArchived(db: DbOrTx, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(municipalArchive)
    .where(and(eq(municipalArchive.id, id), readableBy(organisationId)));
  if (!row) throw notFound('Archived document');
  const content = new Uint8Array(row.content);
  // Checked on every read: a mismatch means the stored bytes were tampered with outside the app.
  if (sha256Hex(content) !== row.sha256) throw new Error(`archive ${id}: content hash mismatch`);
  return { ...row, content };
}

function isRetentionRefusal(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (/retention until|write-once/.test(e.message)) return true;
  }
  return false;
}

/** Only the owner may ask; the database trigger refuses while the retention period runs. */
export async function deleteArchived(db: DbOrTx, organisationId: string, id: string) {
  const [row] = await db
    .select({ id: municipalArchive.id, retainUntil: municipalArchive.retainUntil })
    .from(municipalArchive)
    .where(and(eq(municipalArchive.id, id), eq(municipalArchive.organisationId, organisationId)));
  if (!row) throw notFound('Archived document');
  try {
    await db.delete(municipalArchive).where(eq(municipalArchive.id, id));
  } catch (error) {
    if (!isRetentionRefusal(error)) throw error;
    throw new AppError('RETENTION_PERIOD', 'archive deletion refused by trigger', {
      detail: `Document archivé à conserver jusqu’au ${row.retainUntil} : suppression refusée.`,
      extensions: { retainUntil: row.retainUntil },
      cause: error,
    });
  }
}
