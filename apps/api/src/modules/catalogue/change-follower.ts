import type { DbOrTx } from '@flowstage/db';
import { currentChangeSeq, profileChangesSince, pruneProfileChanges } from './matching-feed.ts';

/** Recent changes are read again for this long: a lower sequence may commit after a higher one. */
const LOOKBACK_SECONDS = 5;
const RETENTION_SECONDS = 86_400;
const PRUNE_EVERY_MS = 600_000;

/**
 * Follows catalogue_profile_changes for an in-memory read model (the search index, the matching
 * index): each pull hands over the profiles changed since the previous one, every change once.
 */
export class ProfileChangeFollower {
  private cursor = 0;
  /** Change sequence → when it was applied; kept while the change can still be read again. */
  private readonly applied = new Map<number, number>();
  private lastPruneAt = 0;

  constructor(private readonly db: DbOrTx) {}

  /** Highest change sequence applied so far. */
  get seq(): number {
    return this.cursor;
  }

  /** Call before a full load: changes committed while it runs are handed over again afterwards. */
  async startFromNow(): Promise<void> {
    this.cursor = await currentChangeSeq(this.db);
  }

  /**
   * Hands the ids of the profiles changed since the last pull to `apply`; the changes count as seen
   * only once `apply` succeeded, so a failed pull is retried in full.
   */
  async pull(apply: (profileIds: string[]) => Promise<void> | void): Promise<void> {
    const started = Date.now();
    const changes = await profileChangesSince(this.db, this.cursor, LOOKBACK_SECONDS);
    const fresh = changes.filter((c) => !this.applied.has(c.seq));
    if (fresh.length > 0) {
      await apply([...new Set(fresh.map((c) => c.profileId))]);
      for (const c of fresh) {
        this.applied.set(c.seq, started);
        if (c.seq > this.cursor) this.cursor = c.seq;
      }
    }
    for (const [seq, at] of this.applied)
      if (started - at > 4 * LOOKBACK_SECONDS * 1000) this.applied.delete(seq);
    if (started - this.lastPruneAt > PRUNE_EVERY_MS) {
      this.lastPruneAt = started;
      await pruneProfileChanges(this.db, RETENTION_SECONDS);
    }
  }
}
