import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A POST that only reads (a search with a body): it leaves the read models as they are. */
    readOnly?: boolean;
  }
}

/** Past this age a read model answers at once and catches up in the background. */
const SOFT_STALENESS_MS = 200;
/** Past this age (an idle process) a read model catches up before answering. */
const HARD_STALENESS_MS = 1000;

/**
 * When an in-memory read model of the catalogue (the search index, the matching index) catches up
 * with the change feed; PostgreSQL stays the source of truth. A query answers:
 * - at once when the last sync started less than SOFT_STALENESS_MS ago;
 * - at once, a sync starting in the background, up to HARD_STALENESS_MS;
 * - after a sync that started after the call when older (an idle process), or when this process
 *   wrote since the last sync (`invalidate`: read-your-writes without waiting for a poll).
 * So an edit made through any process shows in every process within HARD_STALENESS_MS, and in the
 * writer's own process at once, while a busy process never waits for the database.
 */
export class ReadModelSync {
  private syncing: Promise<void> | null = null;
  private lastSyncAt = 0;
  /** Bumped by invalidate(); a sync started at `wanted` brings `synced` up to it. */
  private wanted = 0;
  private synced = 0;

  constructor(
    private readonly pull: () => Promise<void>,
    private readonly onError: (e: unknown) => void,
  ) {}

  /** Epoch ms when the last sync (or the load) started; 0 before the load. */
  get syncedFrom(): number {
    return this.lastSyncAt;
  }

  /** The full load that started at `startedAt` is done (changes after it come through `pull`). */
  loaded(startedAt: number): void {
    this.lastSyncAt = startedAt;
  }

  /** This process just wrote: the next query catches up first. */
  invalidate(): void {
    this.wanted++;
  }

  /** Applies the changes since the last sync (single flight). */
  sync(): Promise<void> {
    this.syncing ??= this.run().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  /** Resolves once no sync runs (for shutdown; a failed sync is not an error here). */
  async settled(): Promise<void> {
    await this.syncing?.catch(() => undefined);
  }

  /** Call before answering from the loaded model (see the class comment). */
  async fresh(): Promise<void> {
    const calledAt = Date.now();
    if (this.synced < this.wanted || calledAt - this.lastSyncAt > HARD_STALENESS_MS) {
      // One sync that started after this call has seen every change committed before it. Waiting
      // for "a recent sync" instead would never end once a sync itself lasts longer than the bound.
      while (this.lastSyncAt < calledAt) await this.sync();
    } else if (calledAt - this.lastSyncAt > SOFT_STALENESS_MS) this.sync().catch(this.onError);
  }

  private async run(): Promise<void> {
    const started = Date.now();
    const target = this.wanted;
    await this.pull();
    this.lastSyncAt = started;
    this.synced = Math.max(this.synced, target);
  }
}

/**
 * Whether a request may have changed the catalogue (profiles, calendars, reviews, bookings): any
 * request but reads, and POST searches that declare `config.readOnly`.
 */
function mayWrite(request: FastifyRequest): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  return request.routeOptions.config.readOnly !== true;
}

/** After every request of `app` that may have written, `model` catches up before its next answer. */
export function invalidateOnWrites(app: FastifyInstance, model: { invalidate(): void }): void {
  app.addHook('onSend', async (request, _reply, payload) => {
    if (mayWrite(request)) model.invalidate();
    return payload;
  });
}
