/**
 * Load generator on its own thread: autocannon sharing the API's event loop would take its CPU from
 * the server it measures (the API runs on one thread; this machine has two cores). Plain JavaScript:
 * worker threads do not inherit the TypeScript loader. workerData: { url, paths, headers,
 * connections, seconds, timeout }; posts back { result, latencies }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

const job = workerData;
let i = 0;
const latencies = [];
const instance = autocannon({
  url: job.url,
  connections: job.connections,
  duration: job.seconds,
  timeout: job.timeout,
  headers: job.headers,
  requests: [{ setupRequest: (request) => ({ ...request, path: job.paths[i++ % job.paths.length] }) }],
});
// autocannon reports p97.5 and p99 but not p95: every latency is sent back to compute it exactly.
instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
const result = await instance;
parentPort?.postMessage({ result: JSON.parse(JSON.stringify(result)), latencies });
