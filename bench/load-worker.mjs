/**
 * Load generator on its own thread: autocannon sharing the API's event loop would take its CPU from
 * the server it measures (the API runs on one thread; this machine has two cores). Plain JavaScript:
 * worker threads do not inherit the TypeScript loader. workerData: { url, paths, headers,
 * connections, seconds, timeout, rate? }; posts back { result, latencies }.
 *
 * Without `rate`: a closed loop (autocannon), each connection sending its next request as soon as
 * the previous answer arrives: the server's saturation throughput, and the latency at saturation.
 * With `rate` (requests per second): an open loop over the same connections, requests sent on a
 * fixed schedule and their latency counted from the scheduled time, so queueing behind a busy
 * server is counted too (no coordinated omission): the latency at that throughput.
 */
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

const job = workerData;
const latencies = [];

function closedLoop() {
  let i = 0;
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
  return instance;
}

function openLoop() {
  const { hostname, port } = new URL(job.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const counters = { duration: job.seconds, errors: 0, timeouts: 0, non2xx: 0 };
  const interval = 1000 / job.rate;
  const start = performance.now();
  const end = start + job.seconds * 1000;
  let scheduled = 0;
  let pending = 0;
  return new Promise((resolve) => {
    const done = () => {
      if (performance.now() >= end && pending === 0) {
        agent.destroy();
        resolve(counters);
      }
    };
    const send = (at, path) => {
      pending++;
      const request = http.get(
        { agent, hostname, port, path, headers: job.headers, timeout: job.timeout * 1000 },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode < 200 || res.statusCode > 299) counters.non2xx++;
            latencies.push(performance.now() - at);
            pending--;
            done();
          });
        },
      );
      request.on('timeout', () => {
        counters.timeouts++;
        request.destroy();
      });
      request.on('error', () => {
        counters.errors++;
        pending--;
        done();
      });
    };
    const timer = setInterval(() => {
      const now = Math.min(performance.now(), end);
      for (let at = start + scheduled * interval; at <= now; at = start + scheduled * interval)
        send(at, job.paths[scheduled++ % job.paths.length]);
      if (now >= end) {
        clearInterval(timer);
        done();
      }
    }, 1);
  });
}

const result = job.rate ? await openLoop() : await closedLoop();
parentPort?.postMessage({ result: JSON.parse(JSON.stringify(result)), latencies });
