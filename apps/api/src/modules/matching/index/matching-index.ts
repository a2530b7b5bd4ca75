import type { DbOrTx } from '@flowstage/db';
import type { StreetCompanyProfile, TechnicianProfile } from '@flowstage/domain/matching';
import { collectAfterBulkLoad } from '../../../lib/memory.ts';
import {
  type MatchingFeedRow,
  ProfileChangeFollower,
  profilesByIds,
  ReadModelSync,
  streamPublishedProfiles,
} from '../../catalogue/index.ts';
import { DayPool, horizonAround } from '../profiles/calendar.ts';
import {
  type MapContext,
  metaOf,
  toArtist,
  toStreetCompany,
  toTechnician,
  toVenue,
} from '../profiles/map-feed.ts';
import { ArtistStore, VenueStore } from './av-stores.ts';
import { ObjectStore } from './object-store.ts';

export interface IndexStatus {
  readonly loaded: boolean;
  readonly venues: number;
  readonly artists: number;
  readonly technicians: number;
  readonly streetArtsCompanies: number;
  readonly changeSeq: number;
  readonly lastSyncAt: string | null;
}

/**
 * In-memory candidates of one API process, loaded from the catalogue feed and kept fresh by
 * polling the change sequence (every process does the same, so several processes agree within
 * one polling interval). Queries call `fresh()` first (ReadModelSync: catches up first after this
 * process's own writes or when idle for a second, otherwise in the background).
 */
export class MatchingIndex {
  readonly venues = new VenueStore();
  readonly artists = new ArtistStore();
  readonly technicians = new ObjectStore<TechnicianProfile>((p) => ({
    lat: p.base.lat,
    lon: p.base.lon,
    price: p.dayRate.cents,
  }));
  readonly companies = new ObjectStore<StreetCompanyProfile>((p) => ({
    lat: p.base.lat,
    lon: p.base.lon,
    price: p.fee.minCents,
  }));
  private readonly changes: ProfileChangeFollower;
  private readonly freshness: ReadModelSync;
  private loading: Promise<void> | null = null;
  /** Bumped on every applied change: cached results of an older generation are stale. */
  generation = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly days = new DayPool();

  constructor(
    private readonly db: DbOrTx,
    private readonly options: { pollMs?: number; onError?: (e: unknown) => void; now?: () => Date } = {},
  ) {
    this.changes = new ProfileChangeFollower(db);
    this.freshness = new ReadModelSync(() => this.pull(), options.onError ?? (() => undefined));
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private mapContext(): MapContext {
    return { horizon: horizonAround(this.now().toISOString().slice(0, 10)), days: this.days };
  }

  /** Loads once (concurrent callers share the load), then keeps polling the change feed. */
  ready(): Promise<void> {
    if (!this.loading) {
      this.loading = this.load();
      if (this.options.pollMs) this.start(this.options.pollMs, this.options.onError);
    }
    return this.loading;
  }

  /** Loaded and fresh enough to answer (see ReadModelSync). */
  async fresh(): Promise<void> {
    await this.ready();
    await this.freshness.fresh();
  }

  /** This process just wrote: the next query catches up with the change feed first. */
  invalidate(): void {
    this.freshness.invalidate();
  }

  /** Polls the change feed every `intervalMs` until stop(). */
  start(intervalMs = 500, onError: (e: unknown) => void = () => undefined): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.ready()
        // stop() may have run while the index was loading: the database may be closed by now.
        .then(() => (this.timer ? this.sync() : undefined))
        .catch(onError);
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.allSettled([this.loading, this.freshness.settled()]);
  }

  status(): IndexStatus {
    return {
      loaded: this.freshness.syncedFrom > 0,
      venues: this.venues.size,
      artists: this.artists.size,
      technicians: this.technicians.size,
      streetArtsCompanies: this.companies.size,
      changeSeq: this.changes.seq,
      lastSyncAt: this.freshness.syncedFrom > 0 ? new Date(this.freshness.syncedFrom).toISOString() : null,
    };
  }

  private async load(): Promise<void> {
    // The cursor is read first: changes made during the load are applied again afterwards.
    const started = Date.now();
    await this.changes.startFromNow();
    const ctx = this.mapContext();
    const kinds = ['venue', 'artist', 'technician', 'street_arts_company'] as const;
    for await (const batch of streamPublishedProfiles(this.db, kinds)) {
      for (const row of batch) this.apply(row, ctx);
    }
    // built now rather than by the first query; later changes go to the stores' overflow
    this.venues.rebuild();
    this.artists.rebuild();
    this.freshness.loaded(started);
    collectAfterBulkLoad();
  }

  private apply(row: MatchingFeedRow, ctx: MapContext): void {
    this.generation++;
    const meta = metaOf(row);
    if (row.kind === 'venue') this.venues.upsert(meta, toVenue(row, ctx));
    else if (row.kind === 'artist') this.artists.upsert(meta, toArtist(row, ctx));
    else if (row.kind === 'technician') this.technicians.upsert(meta, toTechnician(row, ctx));
    else if (row.kind === 'street_arts_company') this.companies.upsert(meta, toStreetCompany(row, ctx));
  }

  private removeEverywhere(id: string): void {
    this.generation++;
    this.venues.remove(id);
    this.artists.remove(id);
    this.technicians.remove(id);
    this.companies.remove(id);
  }

  /** Applies the changes since the last sync (single flight). */
  sync(): Promise<void> {
    return this.freshness.sync();
  }

  private async pull(): Promise<void> {
    await this.changes.pull(async (ids) => {
      const rows = new Map((await profilesByIds(this.db, ids)).map((r) => [r.id, r]));
      const ctx = this.mapContext();
      for (const id of ids) {
        const row = rows.get(id);
        if (row?.status === 'published') this.apply(row, ctx);
        else this.removeEverywhere(id);
      }
    });
  }
}
