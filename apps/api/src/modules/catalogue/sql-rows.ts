import type { DbOrTx } from '@flowstage/db';
import type { SQL } from 'drizzle-orm';

/**
 * Raw SQL rows: node-postgres and PGlite both answer `{ rows }`, but the shared Db type leaves the
 * result untyped, so the shape is checked here once and typed by the caller's query.
 */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) {
    return result.rows as T[]; // the caller's SQL defines the row shape
  }
  throw new Error('unexpected driver result');
}
