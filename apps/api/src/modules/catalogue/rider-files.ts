import type { Db } from '@flowstage/db';
import { catalogueRiderFiles, type DbOrTx, type RiderKind } from '@flowstage/db';
import { type ProfileInput, profileCompletion } from '@flowstage/domain/catalogue';
import { and, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../errors.ts';
import { editableProfile, visibleProfile } from './manage-profiles.ts';
import { type ProfileRow, presentProfile, rowDocument, updateProfileRow } from './profile-repository.ts';
import { checkRiderPdf, riderFilename } from './rider-pdf.ts';
import { storedRefs, withRefs } from './rider-refs.ts';

/** Writes the row's details with the stored references, and the completion they imply. */
async function syncRefs(tx: DbOrTx, row: ProfileRow) {
  const details = withRefs(row.details, await storedRefs(tx, row.id));
  const doc = { ...rowDocument(row), details } as unknown as ProfileInput; // stored rows were validated on write
  return updateProfileRow(tx, row.id, { details, completion: profileCompletion(doc).percent });
}

async function artistProfile(db: Db, userId: string, profileId: string) {
  const row = await editableProfile(db, userId, profileId);
  if (row.kind !== 'artist') {
    throw new AppError('VALIDATION_FAILED', 'riders are for artists', {
      detail: 'Only artist profiles carry a technical or hospitality rider.',
      errors: [{ path: 'rider', message: `a ${row.kind} profile has no rider` }],
    });
  }
  return row;
}

export interface RiderUpload {
  readonly rider: RiderKind;
  readonly filename: string | undefined;
  readonly bytes: Uint8Array;
}

/** Stores (or replaces) a rider PDF after checking it is one; the profile shows it at once. */
export async function uploadRider(db: Db, userId: string, profileId: string, upload: RiderUpload) {
  const row = await artistProfile(db, userId, profileId);
  const checked = await checkRiderPdf(upload.bytes);
  const values = {
    filename: riderFilename(upload.filename, `${upload.rider}-rider`),
    sizeBytes: upload.bytes.byteLength,
    sha256: checked.sha256,
    content: upload.bytes,
    uploadedBy: userId,
    uploadedAt: new Date(),
  };
  const saved = await db.transaction(async (tx) => {
    await tx
      .insert(catalogueRiderFiles)
      .values({ profileId: row.id, rider: upload.rider, ...values })
      .onConflictDoUpdate({
        target: [catalogueRiderFiles.profileId, catalogueRiderFiles.rider],
        set: values,
      });
    return syncRefs(tx, row);
  });
  return presentProfile(saved);
}

export async function removeRider(db: Db, userId: string, profileId: string, rider: RiderKind) {
  const row = await artistProfile(db, userId, profileId);
  const saved = await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(catalogueRiderFiles)
      .where(and(eq(catalogueRiderFiles.profileId, row.id), eq(catalogueRiderFiles.rider, rider)))
      .returning({ rider: catalogueRiderFiles.rider });
    if (deleted.length === 0) throw notFound('Rider file');
    return syncRefs(tx, row);
  });
  return presentProfile(saved);
}

/** The PDF of a rider, for whoever may see the profile (published, or a member of its owner). */
export async function readRider(db: Db, userId: string, profileId: string, rider: RiderKind) {
  const row = await visibleProfile(db, userId, profileId);
  const [file] = await db
    .select({
      filename: catalogueRiderFiles.filename,
      sha256: catalogueRiderFiles.sha256,
      content: catalogueRiderFiles.content,
    })
    .from(catalogueRiderFiles)
    .where(and(eq(catalogueRiderFiles.profileId, row.id), eq(catalogueRiderFiles.rider, rider)));
  if (!file) throw notFound('Rider file');
  return file;
}
