import { catalogueRiderFiles, type DbOrTx, type RiderKind } from '@flowstage/db';
import { eq } from 'drizzle-orm';
import type { ProfileDocument } from './profile.schema.ts';

/** Where each rider's file reference sits in an artist's details. */
const DETAIL_KEY = { technical: 'technicalRider', hospitality: 'hospitalityRider' } as const;

export interface RiderRef {
  readonly filename: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly uploadedAt: string;
}
type Refs = Partial<Record<RiderKind, RiderRef>>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Details with the file references set to `refs` (a rider left empty by that disappears). */
export function withRefs(details: Record<string, unknown>, refs: Refs): Record<string, unknown> {
  const out = { ...details };
  for (const [rider, key] of Object.entries(DETAIL_KEY) as [RiderKind, string][]) {
    const { file: _ignored, ...rest } = isObject(out[key]) ? out[key] : {};
    const ref = refs[rider];
    const next = ref ? { ...rest, file: ref } : rest;
    if (Object.keys(next).length > 0) out[key] = next;
    else delete out[key];
  }
  return out;
}

/** File references are the server's: whatever a profile document says about them is dropped. */
export function stripRiderFiles(raw: unknown): unknown {
  if (!isObject(raw) || raw.kind !== 'artist' || !isObject(raw.details)) return raw;
  return { ...raw, details: withRefs(raw.details, {}) };
}

export async function storedRefs(db: DbOrTx, profileId: string): Promise<Refs> {
  const rows = await db
    .select({
      rider: catalogueRiderFiles.rider,
      filename: catalogueRiderFiles.filename,
      sizeBytes: catalogueRiderFiles.sizeBytes,
      sha256: catalogueRiderFiles.sha256,
      uploadedAt: catalogueRiderFiles.uploadedAt,
    })
    .from(catalogueRiderFiles)
    .where(eq(catalogueRiderFiles.profileId, profileId));
  return Object.fromEntries(
    rows.map(({ rider, uploadedAt, ...ref }) => [rider, { ...ref, uploadedAt: uploadedAt.toISOString() }]),
  );
}

/** An edited artist document gets back the references of the files actually stored. */
export async function keepRiderFiles(
  db: DbOrTx,
  profileId: string,
  doc: ProfileDocument,
): Promise<ProfileDocument> {
  if (doc.kind !== 'artist') return doc;
  const details = withRefs(doc.details, await storedRefs(db, profileId));
  return { ...doc, details: details as typeof doc.details }; // only the server-owned `file` members changed
}
