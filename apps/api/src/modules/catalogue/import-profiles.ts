import type { Db } from '@flowstage/db';
import { bulkInsertProfiles } from '@flowstage/db/seed';
import { type ProfileKind, rowToDocument } from '@flowstage/domain/catalogue';
import { AppError } from '../../errors.ts';
import { checkProfileDocument } from './check-profile.ts';
import { type ImportFormat, parseUpload } from './import-parse.ts';
import { assertKindAllowed } from './manage-profiles.ts';
import type { ProfileDocument } from './profile.schema.ts';
import { documentColumns } from './profile-repository.ts';

export interface ImportIssue {
  readonly record: number;
  readonly line: number | null;
  readonly field: string;
  readonly message: string;
}

export interface ImportReport {
  readonly kind: ProfileKind;
  readonly format: ImportFormat;
  readonly encoding: string;
  readonly dryRun: boolean;
  readonly records: number;
  readonly valid: number;
  readonly imported: number;
  readonly errors: ImportIssue[];
}

export interface ImportOptions {
  readonly organisationId: string;
  readonly kind: ProfileKind;
  readonly format: ImportFormat;
  readonly dryRun: boolean;
  readonly publish: boolean;
}

const MAX_REPORTED_ERRORS = 1000;

/**
 * Checks every record and, unless it is a dry run, inserts all of them in one transaction:
 * one bad record and nothing is written (the report says which line and field to fix).
 */
export async function importProfiles(
  db: Db,
  userId: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportReport> {
  await assertKindAllowed(db, userId, options.organisationId, options.kind);
  const parsed = parseUpload(bytes, options.format, options.kind);
  if (!parsed.ok) {
    const where = parsed.line ? `line ${parsed.line}: ` : '';
    throw new AppError('VALIDATION_FAILED', 'unreadable import file', {
      detail: `The file cannot be read: ${where}${parsed.message}. Nothing was imported.`,
      errors: [{ path: 'file', message: `${where}${parsed.message}` }],
    });
  }
  const errors: ImportIssue[] = [];
  const docs: ProfileDocument[] = [];
  for (const raw of parsed.records) {
    const report = (field: string, message: string) => {
      if (errors.length < MAX_REPORTED_ERRORS)
        errors.push({ record: raw.record, line: raw.line, field, message });
    };
    let document: unknown;
    if (raw.cells) {
      const built = rowToDocument(options.kind, raw.cells);
      for (const issue of built.issues) report(issue.path, issue.message);
      if (built.issues.length > 0) continue;
      document = built.document;
    } else if (typeof raw.document === 'object' && raw.document !== null && !Array.isArray(raw.document)) {
      const { id: _id, ...rest } = raw.document as Record<string, unknown>; // exported JSON carries ids: ignored
      if (rest.kind !== undefined && rest.kind !== options.kind) {
        report('kind', `expected ${options.kind}, found ${String(rest.kind)}`);
        continue;
      }
      document = { ...rest, kind: options.kind };
    } else {
      report('(record)', 'must be an object');
      continue;
    }
    const checked = checkProfileDocument(document);
    if (checked.ok) docs.push(checked.doc);
    else for (const issue of checked.issues) report(issue.path, issue.message);
  }
  const base = {
    kind: options.kind,
    format: options.format,
    encoding: parsed.encoding,
    dryRun: options.dryRun,
    records: parsed.records.length,
    valid: docs.length,
    errors,
  };
  if (parsed.records.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'empty import', {
      detail: 'The file contains no profile.',
      errors: [{ path: 'file', message: 'no records' }],
    });
  }
  if (options.dryRun) return { ...base, imported: 0 };
  if (errors.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'import has invalid records', {
      detail: `${errors.length} problem(s) in the file: nothing was imported. Fix them and upload again.`,
      errors: errors.slice(0, 50).map((e) => ({
        path: `record ${e.record}${e.line ? ` (line ${e.line})` : ''}: ${e.field}`,
        message: e.message,
      })),
      extensions: { report: { ...base, imported: 0 } },
    });
  }
  const now = new Date();
  await db.transaction(async (tx) => {
    await bulkInsertProfiles(
      tx,
      docs.map((doc) => ({
        organisationId: options.organisationId,
        ...documentColumns(doc),
        status: options.publish ? ('published' as const) : ('draft' as const),
        publishedAt: options.publish ? now : null,
      })),
      2000,
    );
  });
  return { ...base, imported: docs.length };
}
