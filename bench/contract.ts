/**
 * Contract benchmark: generate + sign contracts through the HTTP API, in process (Fastify inject),
 * on a fresh embedded database (or DATABASE_URL). Each flow = create contract (render PDF) → send
 * for signature → signer 1 signs → signer 2 signs (certificate page + PAdES seal).
 * Writes bench-results/contract.json. Usage: npm run bench:contract [-- --flows=60 --concurrency=20]
 * (--profile=FILE writes a CPU profile of the concurrent phase, main thread).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import { join } from 'node:path';
import { exampleContractTerms } from '@flowstage/domain/contracts';
import { ensurePlatformCertificate } from '../apps/api/src/modules/signature/index.ts';
import { createTestApp, signUpAs } from '../apps/api/src/testing/test-app.ts';

const root = join(import.meta.dirname, '..');
const arg = (name: string, fallback: number): number => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const flows = arg('flows', 60);
const concurrency = arg('concurrency', 20);
const warmup = arg('warmup', 3);
const profilePath = process.argv.find((a) => a.startsWith('--profile='))?.split('=')[1];

const t = await createTestApp();
await ensurePlatformCertificate(t.ctx.db);
const producer = await signUpAs(t.app, 'booker');
const venue = await signUpAs(t.app, 'venue');

const requestMs: Record<string, number[]> = { create: [], send: [], sign: [], sign_and_seal: [] };
const flowMs: number[] = [];

async function timed<T>(kind: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  requestMs[kind]?.push(performance.now() - start);
  return result;
}

async function flow(i: number, record: boolean) {
  const start = performance.now();
  const signers = [
    { name: 'Élodie Moreau', email: `elodie-${i}@bench.example` },
    { name: 'François Lefèvre', email: `francois-${i}@bench.example` },
  ];
  const terms = {
    ...exampleContractTerms(),
    deal: { type: 'flat_guarantee' as const, feeCents: 300_000 + i * 100 },
  };
  const created = await timed('create', () =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${producer.organisationId}/contracts`,
      headers: producer.auth,
      payload: { terms, counterpartyOrganisationId: venue.organisationId },
    }),
  );
  if (created.statusCode !== 201) throw new Error(`create: ${created.statusCode} ${created.body}`);
  const sent = await timed('send', () =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${producer.organisationId}/contracts/${created.json().id}/signature-requests`,
      headers: producer.auth,
      payload: { signers },
    }),
  );
  if (sent.statusCode !== 201) throw new Error(`send: ${sent.statusCode} ${sent.body}`);
  for (const [n, signer] of signers.entries()) {
    const mail = t.outbox.find((m) => m.to === signer.email);
    const token = /\/sign\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    const res = await timed(n === signers.length - 1 ? 'sign_and_seal' : 'sign', () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/signing/${token}/sign`,
        payload: { consent: true, typedName: signer.name },
      }),
    );
    if (res.statusCode !== 200) throw new Error(`sign: ${res.statusCode} ${res.body}`);
  }
  if (record) flowMs.push(performance.now() - start);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0);
};
const summary = (xs: number[]) => ({
  count: xs.length,
  p50Ms: pct(xs, 50),
  p95Ms: pct(xs, 95),
  maxMs: pct(xs, 100),
});

/** Runs `count` flows with `width` in flight and summarises latencies per request kind. */
async function phase(count: number, width: number, offset: number) {
  for (const k of Object.keys(requestMs)) requestMs[k] = [];
  flowMs.length = 0;
  const [loadBefore = 0] = os.loadavg();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        await flow(offset + i, true);
      }
    }),
  );
  const elapsedS = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const all = Object.values(requestMs).flat();
  return {
    flows: count,
    concurrency: width,
    throughput: {
      contractsSignedPerSecond: Math.round((count / elapsedS) * 100) / 100,
      requestsPerSecond: Math.round((all.length / elapsedS) * 100) / 100,
    },
    requests: summary(all),
    perRequestKind: Object.fromEntries(Object.entries(requestMs).map(([k, v]) => [k, summary(v)])),
    flow: summary(flowMs),
    // CPU of this process (all its threads; the database server's own CPU is not included).
    cpuMsPerFlow: Math.round((cpu.user + cpu.system) / 1000 / count),
    cpuMsPerRequest: Math.round((cpu.user + cpu.system) / 1000 / Math.max(1, all.length)),
    // Other processes on this shared 2-core machine compete for the CPU: recorded to read the figures.
    loadAverage1m: {
      before: Math.round(loadBefore * 10) / 10,
      after: Math.round((os.loadavg()[0] ?? 0) * 10) / 10,
    },
  };
}

for (let i = 0; i < warmup; i++) await flow(-1 - i, false);
const sequential = await phase(Math.min(10, flows), 1, 100_000);
const session = profilePath ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const concurrent = await phase(flows, concurrency, 0);
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profilePath as string, JSON.stringify(profile));
}

const result = {
  benchmark: 'contract generate + sign through the HTTP API (in-process inject)',
  database: t.ctx.database.kind,
  targetP95Ms: 200,
  concurrent,
  sequential,
  meetsTarget: concurrent.requests.p95Ms <= 200,
  machine: { cpus: os.cpus().length, node: process.version },
  date: new Date().toISOString(),
};
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'contract.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
await t.close();
