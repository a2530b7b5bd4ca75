import type { DbOrTx, ProfileKind } from '@flowstage/db';
import type { ApiContext } from '../../../context.ts';
import { collectAfterBulkLoad } from '../../../lib/memory.ts';
import { ProfileChangeFollower } from '../change-follower.ts';
import type { SearchQuery, SearchResult } from '../search.schema.ts';
import type { Cursor } from '../search-cursor.ts';
import type { Centre } from '../search-sql.ts';
import { ProfileColumns } from './profile-columns.ts';
import { type IndexSort, queryIndex } from './query-index.ts';
import { type BusyRow, busyRows, publishedPage, rowsByIds } from './search-feed.ts';

const LOAD_BATCH = 10_000;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
/** Changes committed through other processes show within these bounds (see usable()). */
const MAX_STALENESS_MS = 200;
const HARD_STALENESS_MS = 1000;

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
 * feed the matching index follows) before answering whenever its last sync is older than
 * MAX_STALENESS_MS, so an edit made through any process shows in every process's next search.
 */
export class SearchIndex {
  readonly columns = new ProfileColumns();
  private readonly changes: ProfileChangeFollower;
  private loading: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;
  private lastSyncAt = 0;
  /** Bumped by invalidate(); a sync started at `wanted` brings `synced` up to it. */
  private wanted = 0;
  private synced = 0;

  constructor(
    private readonly db: DbOrTx,
    private readonly onError: (e: unknown) => void = () => undefined,
  ) {
    this.changes = new ProfileChangeFollower(db);
  }

  get loaded(): boolean {
    return this.lastSyncAt > 0;
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
   * Whether the index can answer now. Past MAX_STALENESS_MS a sync starts in the background;
   * past HARD_STALENESS_MS (an idle process) or after this process's own write the search waits
   * for it. While the index loads (first searches after a start) callers use the SQL path.
   */
  async usable(): Promise<boolean> {
    if (!this.loaded) {
      this.ready().catch(this.onError);
      return false;
    }
    const calledAt = Date.now();
    if (this.synced < this.wanted || calledAt - this.lastSyncAt > HARD_STALENESS_MS) {
      // One sync that started after this call has seen every change committed before it. Waiting
      // for "a recent sync" instead would never end once a sync itself lasts longer than the bound.
      while (this.lastSyncAt < calledAt) await this.sync();
    } else if (calledAt - this.lastSyncAt > MAX_STALENESS_MS) this.sync().catch(this.onError);
    return true;
  }

  /** This process just wrote: the next search syncs first (read-your-writes without polling). */
  invalidate(): void {
    this.wanted++;
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

  async stop(): Promise<void> {
    await Promise.allSettled([this.loading, this.syncing]);
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
    this.lastSyncAt = started;
    collectAfterBulkLoad();
  }

  /** Applies the changes since the last sync (single flight). */
  sync(): Promise<void> {
    this.syncing ??= this.pull().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async pull(): Promise<void> {
    const started = Date.now();
    const target = this.wanted;
    await this.changes.pull(async (ids) => {
      const rows = new Map((await rowsByIds(this.db, ids)).map((r) => [r.id, r]));
      const busy = groupBusy(await busyRows(this.db, ids));
      for (const id of ids) {
        const row = rows.get(id);
        if (row?.status === 'published') this.columns.upsert(row, busy.get(id) ?? []);
        else this.columns.remove(id);
      }
    });
    this.lastSyncAt = started;
    this.synced = Math.max(this.synced, target);
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
