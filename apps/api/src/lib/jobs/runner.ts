import type { Db } from '@flowstage/db';
import {
  type Clock,
  claimJob,
  completeJob,
  DEFAULT_QUEUE_SETTINGS,
  failJob,
  type JobHandler,
  PermanentJobError,
  type QueueSettings,
  type RunReport,
  systemClock,
} from './queue.ts';

interface Registered {
  readonly handler: JobHandler;
  readonly settings: QueueSettings;
}

export interface JobRunnerOptions {
  readonly clock?: Clock;
  readonly onError?: (error: unknown) => void;
}

/**
 * Runs due jobs with registered handlers. The server starts the polling loop; tests drive it step by
 * step with runDueJobs() and an injected clock, so retries and timeouts need no real waiting.
 */
export class JobRunner {
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #onError: (error: unknown) => void;
  readonly #queues = new Map<string, Registered>();
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<unknown> | null = null;
  #stopped = true;

  constructor(db: Db, options: JobRunnerOptions = {}) {
    this.#db = db;
    this.#clock = options.clock ?? systemClock;
    this.#onError = options.onError ?? ((error) => console.error('[jobs]', error));
  }

  /** The runner's notion of now, for handlers that sign or log with the same clock. */
  readonly clock: Clock = () => this.#clock();

  register(queue: string, handler: JobHandler, settings: Partial<QueueSettings> = {}): this {
    this.#queues.set(queue, { handler, settings: { ...DEFAULT_QUEUE_SETTINGS, ...settings } });
    return this;
  }

  /** Runs every job due now (including retries that became due), one at a time, up to `limit`. */
  async runDueJobs(limit = 100): Promise<RunReport> {
    const visibility = new Map(
      [...this.#queues].map(([name, q]) => [name, q.settings.visibilityTimeoutSeconds] as const),
    );
    let succeeded = 0;
    let retried = 0;
    let failed = 0;
    for (let i = 0; i < limit; i++) {
      const row = await claimJob(this.#db, visibility, this.#clock());
      if (!row) break;
      const queue = this.#queues.get(row.queue);
      if (!queue) break; // cannot happen: only registered queues are claimed
      if (row.attempts > row.maxAttempts) {
        // Its worker died during the last allowed attempt: give up instead of running it again.
        await failJob(this.#db, row, this.#clock(), row.lastError ?? 'worker lost', queue.settings, true);
        failed++;
        continue;
      }
      try {
        await queue.handler(row.payload, {
          id: row.id,
          queue: row.queue,
          attempt: row.attempts,
          maxAttempts: row.maxAttempts,
        });
        await completeJob(this.#db, row, this.#clock());
        succeeded++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const outcome = await failJob(
          this.#db,
          row,
          this.#clock(),
          message,
          queue.settings,
          error instanceof PermanentJobError,
        );
        if (outcome === 'retried') retried++;
        else failed++;
      }
    }
    return { succeeded, retried, failed };
  }

  /** Polls for due jobs until stop(); a failing poll is logged and the loop goes on. */
  start(pollIntervalMs = 1000): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    const tick = () => {
      if (this.#stopped) return;
      this.#running = this.runDueJobs()
        .catch(this.#onError)
        .finally(() => {
          this.#running = null;
          if (!this.#stopped) this.#timer = setTimeout(tick, pollIntervalMs);
        });
    };
    this.#timer = setTimeout(tick, 0);
  }

  /** Stops polling and waits for the batch in progress, so the database can close safely. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running;
  }
}
