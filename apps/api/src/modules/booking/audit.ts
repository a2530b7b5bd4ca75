import { bookingAudit, type DbOrTx } from '@flowstage/db';

export interface AuditEntry {
  readonly action: string;
  /** `user:<id>`, `org:<id>` or `system:<job>`. */
  readonly actor: string;
  readonly holdId?: string | null;
  readonly offerId?: string | null;
  readonly validationItemId?: string | null;
  readonly details?: Record<string, unknown>;
  readonly at: Date;
}

/** Appends one step of a booking to its trail, in the transaction of the step itself. */
export async function audit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await tx.insert(bookingAudit).values({
    action: entry.action,
    actor: entry.actor,
    holdId: entry.holdId ?? null,
    offerId: entry.offerId ?? null,
    validationItemId: entry.validationItemId ?? null,
    details: entry.details ?? {},
    occurredAt: entry.at,
  });
}

/** Postgres error code of a failed statement (drizzle wraps the driver error in `cause`). */
export function pgErrorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.cause?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}
