import { type DbOrTx, municipalCounters } from '@flowstage/db';
import { sql } from 'drizzle-orm';

export type CounterKind = 'purchase_order' | 'invoice';

/**
 * Next number of an unbroken sequence. The upsert takes a row lock held until the caller's
 * transaction ends, so two concurrent documents never get the same number, and a rolled-back
 * document gives its number back (no gap).
 */
export async function nextSequence(tx: DbOrTx, organisationId: string, kind: CounterKind, year: number) {
  const [row] = await tx
    .insert(municipalCounters)
    .values({ organisationId, kind, year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [municipalCounters.organisationId, municipalCounters.kind, municipalCounters.year],
      set: { lastSeq: sql`${municipalCounters.lastSeq} + 1` },
    })
    .returning({ lastSeq: municipalCounters.lastSeq });
  if (!row) throw new Error('counter upsert returned no row');
  return row.lastSeq;
}
