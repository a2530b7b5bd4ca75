import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../errors.ts';
import { MAX_TIME_BUDGET_MS, type SolveBody } from './problem.schema.ts';
import type { SolveOutcome } from './solve-tour.ts';
import type { SolveTask } from './solver-worker.ts';

/**
 * Worker threads do not inherit the parent's `--import tsx` hooks: from sources, a tiny CommonJS
 * bootstrap registers tsx in the thread, then loads the TypeScript worker. The production bundle
 * (scripts/build-api.mjs) has a plain JavaScript worker next to it.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;
const FROM_SOURCES = import.meta.url.endsWith('.ts');

function startWorker(): Worker {
  if (!FROM_SOURCES) return new Worker(new URL('./solver-worker.js', import.meta.url));
  return new Worker(BOOTSTRAP, {
    eval: true,
    workerData: {
      tsx: import.meta.resolve('tsx/esm/api'),
      entry: new URL('./solver-worker.ts', import.meta.url).href,
    },
  });
}

/** A solver that overruns its budget by this much is stuck (the optimiser checks its clock): replace it. */
const STUCK_AFTER_MS = 20_000;

interface Job {
  readonly body: SolveBody;
  readonly resolve: (outcome: SolveOutcome) => void;
  readonly reject: (error: unknown) => void;
}

export interface SolverPoolOptions {
  /** Threads (default: cores − 1, at least 1, at most 4: the event loop keeps a core). */
  readonly size?: number;
  /** Jobs waiting beyond this are refused with 503 rather than queued for minutes. */
  readonly maxQueue?: number;
}

/**
 * Runs the CPU-bound tour optimiser on worker threads so the API keeps answering while it searches.
 * Threads start on first use and are unref'd: an idle pool never keeps the process alive.
 */
export class SolverPool {
  private readonly size: number;
  private readonly maxQueue: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(options: SolverPoolOptions = {}) {
    this.size = options.size ?? Math.max(1, Math.min(4, availableParallelism() - 1));
    this.maxQueue = options.maxQueue ?? 8 * this.size;
  }

  solve(body: SolveBody): Promise<SolveOutcome> {
    if (this.closed) return Promise.reject(unavailable('the solver pool is shut down'));
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(unavailable('every solver thread is busy and the queue is full'));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ body, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(unavailable('the solver pool is shut down'));
    const all = [...this.idle.splice(0), ...this.busy];
    this.busy.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.idle.length + this.busy.size < this.size)) {
      this.run(this.idle.pop() ?? this.spawn(), this.queue.shift()!);
    }
  }

  private spawn(): Worker {
    const worker = startWorker();
    worker.unref();
    // A thread that dies while idle must not be handed the next job.
    worker.once('exit', () => {
      const k = this.idle.indexOf(worker);
      if (k >= 0) this.idle.splice(k, 1);
    });
    return worker;
  }

  private run(worker: Worker, job: Job): void {
    this.busy.add(worker);
    const budget = Math.min(job.body.options?.timeBudgetMs ?? 1_500, MAX_TIME_BUDGET_MS);
    const done = (): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      this.busy.delete(worker);
    };
    const fail = (error: unknown): void => {
      done();
      void worker.terminate();
      job.reject(error);
      this.pump();
    };
    const onMessage = (outcome: SolveOutcome): void => {
      done();
      if (!this.closed) this.idle.push(worker);
      job.resolve(outcome);
      this.pump();
    };
    const onError = (error: Error): void =>
      fail(new AppError('INTERNAL', 'solver thread failed', { cause: error }));
    const onExit = (): void => fail(unavailable('the solver thread stopped'));
    const timer = setTimeout(
      () => fail(unavailable('the solver did not answer in time')),
      budget + STUCK_AFTER_MS,
    );
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ body: job.body } satisfies SolveTask);
  }
}

function unavailable(message: string): AppError {
  return new AppError('SERVICE_UNAVAILABLE', message, {
    detail: 'The tour solver is busy or unavailable; try again in a moment.',
  });
}
