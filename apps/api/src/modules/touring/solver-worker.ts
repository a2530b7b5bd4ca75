/** Worker-thread side of the solver pool: solves one problem per message, off the request thread. */
import { parentPort } from 'node:worker_threads';
import type { SolveBody } from './problem.schema.ts';
import { solveTour } from './solve-tour.ts';

export interface SolveTask {
  readonly body: SolveBody;
}

const port = parentPort;
if (!port) throw new Error('solver-worker.ts runs only as a worker thread');
port.on('message', (task: SolveTask) => {
  // A throw here is a bug: the pool turns the worker's error event into a 500 and replaces it.
  port.postMessage(solveTour(task.body));
});
