import { createHash } from 'node:crypto';
import { type DbOrTx, signatureAuditEntries } from '@flowstage/db';
import { asc, desc, eq } from 'drizzle-orm';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  readonly seq: number;
  readonly action: string;
  readonly actor: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly documentSha256: string;
  readonly occurredAt: Date;
}

/** Hash of an entry: its fields and the previous entry's hash, so the trail is a chain. */
export function auditHash(prevHash: string, e: AuditFields): string {
  const fields = [
    prevHash,
    e.seq,
    e.action,
    e.actor,
    e.ip ?? '',
    e.userAgent ?? '',
    e.documentSha256,
    e.occurredAt.toISOString(),
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export type AuditRow = typeof signatureAuditEntries.$inferSelect;

/** Appends an entry chained to the last one (the unique (request, seq) index refuses a concurrent fork). */
export async function appendAudit(
  tx: DbOrTx,
  requestId: string,
  entry: Omit<AuditFields, 'seq'>,
): Promise<AuditRow> {
  const [last] = await tx
    .select()
    .from(signatureAuditEntries)
    .where(eq(signatureAuditEntries.requestId, requestId))
    .orderBy(desc(signatureAuditEntries.seq))
    .limit(1);
  const fields: AuditFields = { ...entry, seq: (last?.seq ?? 0) + 1 };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const [row] = await tx
    .insert(signatureAuditEntries)
    .values({ requestId, ...fields, prevHash, hash: auditHash(prevHash, fields) })
    .returning();
  if (!row) throw new Error('audit insert returned nothing');
  return row;
}

export async function auditTrail(db: DbOrTx, requestId: string): Promise<AuditRow[]> {
  return db
    .select()
    .from(signatureAuditEntries)
    .where(eq(signatureAuditEntries.requestId, requestId))
    .orderBy(asc(signatureAuditEntries.seq));
}

/** Recomputes the chain: the first broken link, or null when every entry is intact and in order. */
export function firstBrokenLink(entries: readonly AuditRow[]): number | null {
  let prev = GENESIS_HASH;
  for (const [i, e] of entries.entries()) {
    if (e.seq !== i + 1 || e.prevHash !== prev || auditHash(prev, e) !== e.hash) return e.seq;
    prev = e.hash;
  }
  return null;
}
