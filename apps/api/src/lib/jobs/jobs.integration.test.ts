import { type DatabaseHandle, jobs } from '@flowstage/db';
import { createTestDatabase } from '@flowstage/db/testing';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backoffSeconds,
  claimJob,
  DEFAULT_QUEUE_SETTINGS,
  enqueueJob,
  JobRunner,
  PermanentJobError,
} from './index.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

/** A clock the test moves by hand. */
function manualClock(start = new Date('2026-05-01T10:00:00Z')) {
  let now = start.getTime();
  return {
    clock: () => new Date(now),
    advance: (seconds: number) => {
      now += seconds * 1000;
    },
  };
}

async function jobRow(id: string) {
  const [row] = await database.db.select().from(jobs).where(eq(jobs.id, id));
  if (!row) throw new Error('job vanished');
  return row;
}

describe('backoffSeconds', () => {
  it.each([
    [1, 30],
    [2, 60],
    [3, 120],
    [5, 480],
  ])('attempt %i waits %i s', (attempt, seconds) => {
    expect(backoffSeconds(DEFAULT_QUEUE_SETTINGS, attempt)).toBe(seconds);
  });

  it('grows monotonically and never exceeds the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (attempt) => {
        const a = backoffSeconds(DEFAULT_QUEUE_SETTINGS, attempt);
        const b = backoffSeconds(DEFAULT_QUEUE_SETTINGS, attempt + 1);
        return a <= b && b <= DEFAULT_QUEUE_SETTINGS.backoffMaxSeconds;
      }),
    );
  });
});

describe('job queue', () => {
  it('runs a due job once, not a future one', async () => {
    const t = manualClock();
    const seen: unknown[] = [];
    const runner = new JobRunner(database.db, { clock: t.clock }).register('q.once', async (p) => {
      seen.push(p.n);
    });
    const now = t.clock();
    const id = await enqueueJob(database.db, { queue: 'q.once', payload: { n: 1 }, runAt: now });
    await enqueueJob(database.db, {
      queue: 'q.once',
      payload: { n: 2 },
      runAt: new Date(now.getTime() + 3600_000),
    });
    expect(await runner.runDueJobs()).toEqual({ succeeded: 1, retried: 0, failed: 0 });
    expect(await runner.runDueJobs()).toEqual({ succeeded: 0, retried: 0, failed: 0 });
    expect(seen).toEqual([1]);
    expect((await jobRow(id ?? '')).status).toBe('done');
    t.advance(3600);
    await runner.runDueJobs();
    expect(seen).toEqual([1, 2]);
  });

  it('ignores a second enqueue with the same idempotency key', async () => {
    const first = await enqueueJob(database.db, { queue: 'q.idem', payload: {}, idempotencyKey: 'k-1' });
    const second = await enqueueJob(database.db, { queue: 'q.idem', payload: {}, idempotencyKey: 'k-1' });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
  });

  it('retries with exponential backoff, then marks the job failed', async () => {
    const t = manualClock();
    let calls = 0;
    const runner = new JobRunner(database.db, { clock: t.clock }).register(
      'q.flaky',
      async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      },
      { backoffBaseSeconds: 10 },
    );
    const id =
      (await enqueueJob(database.db, { queue: 'q.flaky', payload: {}, maxAttempts: 3, runAt: t.clock() })) ??
      '';
    expect((await runner.runDueJobs()).retried).toBe(1);
    const afterFirst = await jobRow(id);
    expect(afterFirst.runAt.getTime() - t.clock().getTime()).toBe(10_000);
    t.advance(9);
    expect(await runner.runDueJobs()).toEqual({ succeeded: 0, retried: 0, failed: 0 });
    t.advance(1);
    expect((await runner.runDueJobs()).retried).toBe(1);
    expect((await jobRow(id)).runAt.getTime() - t.clock().getTime()).toBe(20_000);
    t.advance(20);
    expect((await runner.runDueJobs()).failed).toBe(1);
    const last = await jobRow(id);
    expect(last).toMatchObject({ status: 'failed', attempts: 3, lastError: 'boom 3' });
    t.advance(10_000);
    await runner.runDueJobs();
    expect(calls).toBe(3);
  });

  it('fails at once on a PermanentJobError', async () => {
    const t = manualClock();
    const runner = new JobRunner(database.db, { clock: t.clock }).register('q.perm', async () => {
      throw new PermanentJobError('gone');
    });
    const id = (await enqueueJob(database.db, { queue: 'q.perm', payload: {}, runAt: t.clock() })) ?? '';
    expect((await runner.runDueJobs()).failed).toBe(1);
    expect((await jobRow(id)).attempts).toBe(1);
  });

  it('runs again a job whose worker died, after the visibility timeout', async () => {
    const t = manualClock();
    const done: string[] = [];
    const runner = new JobRunner(database.db, { clock: t.clock }).register(
      'q.lost',
      async (_p, job) => {
        done.push(`attempt ${job.attempt}`);
      },
      { visibilityTimeoutSeconds: 120 },
    );
    const id = (await enqueueJob(database.db, { queue: 'q.lost', payload: {}, runAt: t.clock() })) ?? '';
    // A worker claims the job and dies without reporting.
    const claimed = await claimJob(database.db, new Map([['q.lost', 120]]), t.clock());
    expect(claimed?.id).toBe(id);
    expect(await runner.runDueJobs()).toEqual({ succeeded: 0, retried: 0, failed: 0 });
    t.advance(121);
    expect((await runner.runDueJobs()).succeeded).toBe(1);
    expect(done).toEqual(['attempt 2']);
  });

  it('gives up a job lost during its last allowed attempt', async () => {
    const t = manualClock();
    const runner = new JobRunner(database.db, { clock: t.clock }).register('q.lastlost', async () => {});
    const id =
      (await enqueueJob(database.db, {
        queue: 'q.lastlost',
        payload: {},
        maxAttempts: 1,
        runAt: t.clock(),
      })) ?? '';
    await claimJob(database.db, new Map([['q.lastlost', 60]]), t.clock());
    t.advance(61);
    expect((await runner.runDueJobs()).failed).toBe(1);
    expect((await jobRow(id)).status).toBe('failed');
  });

  it('never hands the same job to two claimers', async () => {
    const t = manualClock();
    await enqueueJob(database.db, { queue: 'q.race', payload: {}, runAt: t.clock() });
    const visibility = new Map([['q.race', 60]]);
    const [a, b] = await Promise.all([
      claimJob(database.db, visibility, t.clock()),
      claimJob(database.db, visibility, t.clock()),
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
  });

  it('the worker loop processes jobs until stopped', async () => {
    const seen: number[] = [];
    const runner = new JobRunner(database.db).register('q.loop', async (p) => {
      seen.push(Number(p.n));
    });
    await enqueueJob(database.db, { queue: 'q.loop', payload: { n: 7 }, runAt: new Date(Date.now() - 1000) });
    runner.start(10);
    await expect.poll(() => seen, { timeout: 30_000 }).toEqual([7]);
    await runner.stop();
  });
});
