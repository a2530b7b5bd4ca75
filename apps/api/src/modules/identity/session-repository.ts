import { type DbOrTx, refreshTokens } from '@flowstage/db';
import { and, eq, isNull, ne } from 'drizzle-orm';

export function insertRefreshToken(db: DbOrTx, row: typeof refreshTokens.$inferInsert) {
  return db.insert(refreshTokens).values(row);
}

export function findRefreshToken(db: DbOrTx, tokenHash: string) {
  return db.query.refreshTokens.findFirst({ where: eq(refreshTokens.tokenHash, tokenHash) });
}

/**
 * Marks a token used only if nobody used it before: of two concurrent refreshes with the same token,
 * exactly one wins, the other is treated as a replay.
 */
export async function claimRefreshToken(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(refreshTokens)
    .set({ usedAt: now })
    .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt)))
    .returning({ id: refreshTokens.id });
  return rows.length === 1;
}

export function revokeFamily(db: DbOrTx, familyId: string, now: Date) {
  return db
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

/** Closes every session of a user, except optionally the one making the request. */
export function revokeAllForUser(db: DbOrTx, userId: string, now: Date, keepFamilyId?: string) {
  return db
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(refreshTokens.userId, userId),
        isNull(refreshTokens.revokedAt),
        keepFamilyId ? ne(refreshTokens.familyId, keepFamilyId) : undefined,
      ),
    );
}
