import { type DbOrTx, jobs } from '@flowstage/db';
import { and, eq, inArray, sql } from 'drizzle-orm';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export interface EnqueueOptions {
  readonly queue: string;
  readonly payload: Record<string, unknown>;
  readonly runAt?: Date;
  readonly maxAttempts?: number;
  /** A second enqueue with the same key is ignored: makes "enqueue once per event" safe to repeat. */
  readonly idempotencyKey?: string;
}

/**
 * Adds a job, inside the caller's transaction when given one: the job exists if and only if the
 * business change committed. Returns the job id, or null when the idempotency key was already used.
 */
export async function enqueueJob(db: DbOrTx, options: EnqueueOptions): Promise<string | null> {
  const rows = await db
    .insert(jobs)
    .values({
      queue: options.queue,
      payload: options.payload,
      runAt: options.runAt ?? new Date(),
      maxAttempts: options.maxAttempts ?? 5,
      idempotencyKey: options.idempotencyKey ?? null,
    })
    .onConflictDoNothing({ target: jobs.idempotencyKey })
    .returning({ id: jobs.id });
  return rows[0]?.id ?? null;
}

export interface JobInfo {
  readonly id: string;
  readonly queue: string;
  /** 1 on the first run. */
  readonly attempt: number;
  readonly maxAttempts: number;
}

export type JobHandler = (payload: Record<string, unknown>, job: JobInfo) => Promise<void>;

/** Thrown by a handler when retrying cannot help (e.g. the subscription was deleted). */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
}

export interface QueueSettings {
  /** First retry delay; doubles at each attempt. */
  readonly backoffBaseSeconds: number;
  readonly backoffMaxSeconds: number;
  /** How long a claimed job stays invisible to other workers; after that it is run again. */
  readonly visibilityTimeoutSeconds: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  backoffBaseSeconds: 30,
  backoffMaxSeconds: 6 * 3600,
  visibilityTimeoutSeconds: 60,
};

/** Delay before the next attempt after `attempt` failed (attempt starts at 1): base × 2^(attempt−1). */
export function backoffSeconds(settings: QueueSettings, attempt: number): number {
  const exponent = Math.max(0, attempt - 1);
  return Math.min(settings.backoffMaxSeconds, settings.backoffBaseSeconds * 2 ** exponent);
}

export interface RunReport {
  readonly succeeded: number;
  readonly retried: number;
  readonly failed: number;
}

type JobRow = typeof jobs.$inferSelect;

/**
 * Claims one due job of the given queues: pending and due, or running but past its visibility
 * timeout (its worker died). SKIP LOCKED lets several workers claim in parallel on PostgreSQL.
 */
export async function claimJob(
  db: DbOrTx,
  visibility: ReadonlyMap<string, number>,
  now: Date,
): Promise<JobRow | null> {
  const queues = [...visibility.keys()];
  if (queues.length === 0) return null;
  const at = now.toISOString();
  const due = sql`(
    select ${jobs.id} from ${jobs}
    where ${inArray(jobs.queue, queues)}
      and ((${jobs.status} = 'pending' and ${jobs.runAt} <= ${at}::timestamptz)
        or (${jobs.status} = 'running' and ${jobs.lockedUntil} <= ${at}::timestamptz))
    order by ${jobs.runAt}
    limit 1
    for update skip locked)`;
  // The lock is set in the same statement as the claim, so no other worker can see the row unlocked.
  const seconds = sql.join(
    queues.map((q) => sql`when ${q}::text then ${visibility.get(q) ?? 60}::int`),
    sql` `,
  );
  const [row] = await db
    .update(jobs)
    .set({
      status: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockedUntil: sql`${at}::timestamptz + (case ${jobs.queue} ${seconds} else 60 end) * interval '1 second'`,
    })
    .where(eq(jobs.id, due))
    .returning();
  return row ?? null;
}

/** Guards every outcome write: a worker whose lock expired and whose job was re-claimed writes nothing. */
function stillOurs(row: JobRow) {
  return and(eq(jobs.id, row.id), eq(jobs.status, 'running'), eq(jobs.attempts, row.attempts));
}

export async function completeJob(db: DbOrTx, row: JobRow, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ status: 'done', lockedUntil: null, finishedAt: now, lastError: null })
    .where(stillOurs(row));
}

/** Schedules the next attempt with exponential backoff, or marks the job failed when none is left. */
export async function failJob(
  db: DbOrTx,
  row: JobRow,
  now: Date,
  error: string,
  settings: QueueSettings,
  permanent: boolean,
): Promise<'retried' | 'failed'> {
  const lastError = error.slice(0, 2000);
  if (permanent || row.attempts >= row.maxAttempts) {
    await db
      .update(jobs)
      .set({ status: 'failed', lockedUntil: null, finishedAt: now, lastError })
      .where(stillOurs(row));
    return 'failed';
  }
  const runAt = new Date(now.getTime() + backoffSeconds(settings, row.attempts) * 1000);
  await db.update(jobs).set({ status: 'pending', lockedUntil: null, runAt, lastError }).where(stillOurs(row));
  return 'retried';
}
