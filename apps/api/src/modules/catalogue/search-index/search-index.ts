import type { DbOrTx, ProfileKind } from '@flowstage/db';
import type { ApiContext } from '../../../context.ts';
import { collectAfterBulkLoad } from '../../../lib/memory.ts';
import { ProfileChangeFollower } from '../change-follower.ts';
import { ReadModelSync } from '../read-model-sync.ts';
import type { SearchQuery, SearchResult } from '../search.schema.ts';
import type { Cursor } from '../search-cursor.ts';
import type { Centre } from '../search-sql.ts';
import { ProfileColumns } from './profile-columns.ts';
import { type IndexSort, queryIndex } from './query-index.ts';
import { type BusyRow, busyRows, publishedPage, rowsByIds } from './search-feed.ts';

const LOAD_BATCH = 10_000;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

function groupBusy(rows: readonly BusyRow[]): Map<string, BusyRow[]> {
  const out = new Map<string, BusyRow[]>();
  for (const row of rows) {
    const list = out.get(row.profileId);
    if (list) list.push(row);
    else out.set(row.profileId, [row]);
  }
  return out;
}

/**
 * In-memory read model of the published catalogue for search, one per API process. PostgreSQL
 * stays the source of truth: the index loads once, then follows catalogue_profile_changes (the
 * feed the matching index follows) as ReadModelSync says: an edit made through any process shows
 * in every process within a second, in the writer's process at once.
 */
export class SearchIndex {
  readonly columns = new ProfileColumns();
  private readonly changes: ProfileChangeFollower;
  private readonly freshness: ReadModelSync;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly db: DbOrTx,
    private readonly onError: (e: unknown) => void = () => undefined,
  ) {
    this.changes = new ProfileChangeFollower(db);
    this.freshness = new ReadModelSync(() => this.pull(), onError);
  }

  get loaded(): boolean {
    return this.freshness.syncedFrom > 0;
  }

  /** For readiness probes: a process answers searches from SQL until its index has loaded. */
  get state(): 'idle' | 'loading' | 'loaded' {
    if (this.loaded) return 'loaded';
    return this.loading ? 'loading' : 'idle';
  }

  /** Loads once; concurrent callers share the load. */
  ready(): Promise<void> {
    this.loading ??= this.load().catch((e: unknown) => {
      this.loading = null; // the next search tries again
      throw e;
    });
    return this.loading;
  }

  /**
   * Whether the index can answer now (fresh enough, see ReadModelSync). While the index loads
   * (first searches after a start) callers use the SQL path.
   */
  async usable(): Promise<boolean> {
    if (!this.loaded) {
      this.ready().catch(this.onError);
      return false;
    }
    await this.freshness.fresh();
    return true;
  }

  /** This process just wrote: the next search syncs first (read-your-writes without polling). */
  invalidate(): void {
    this.freshness.invalidate();
  }

  search(
    kind: ProfileKind,
    q: SearchQuery,
    centre: Centre | null,
    sort: IndexSort,
    cursor: Cursor | null,
  ): SearchResult {
    return queryIndex(this.columns, kind, q, centre, sort, cursor);
  }

  /** Applies the changes since the last sync (single flight). */
  sync(): Promise<void> {
    return this.freshness.sync();
  }

  async stop(): Promise<void> {
    await Promise.allSettled([this.loading, this.freshness.settled()]);
  }

  private async load(): Promise<void> {
    // The cursor is read first: changes committed during the load are applied again afterwards.
    const started = Date.now();
    await this.changes.startFromNow();
    const busy = groupBusy(await busyRows(this.db));
    let after = NIL_UUID;
    for (;;) {
      const rows = await publishedPage(this.db, after, LOAD_BATCH);
      for (const row of rows) this.columns.upsert(row, busy.get(row.id) ?? []);
      if (rows.length < LOAD_BATCH) break;
      after = rows[rows.length - 1]!.id;
    }
    this.columns.reorder();
    this.freshness.loaded(started);
    collectAfterBulkLoad();
  }

  private async pull(): Promise<void> {
    await this.changes.pull(async (ids) => {
      const rows = new Map((await rowsByIds(this.db, ids)).map((r) => [r.id, r]));
      const busy = groupBusy(await busyRows(this.db, ids));
      for (const id of ids) {
        const row = rows.get(id);
        if (row?.status === 'published') this.columns.upsert(row, busy.get(id) ?? []);
        else this.columns.remove(id);
      }
    });
  }
}

const indexes = new WeakMap<ApiContext, SearchIndex>();

/** The search index of an app (one per process and database); created on first use. */
export function searchIndexFor(ctx: ApiContext): SearchIndex {
  let index = indexes.get(ctx);
  if (!index) {
    index = new SearchIndex(ctx.db, (e) => console.error('search index sync failed', e));
    indexes.set(ctx, index);
  }
  return index;
}
