/**
 * Matching engine benchmark at catalogue scale (issue #5): a fresh PostgreSQL database with
 * 100,000 venues and 100,000 artists (set-based generator), the real API in a child process,
 * top-20 "venues for an artist" through HTTP at 50 concurrent connections (autocannon), the naive
 * "score every row in SQL" baseline in the same run (one at a time, and the same request from 50
 * concurrent callers), exactness against the exhaustive pure scorer
 * at full scale, index RSS, and freshness after a catalogue change (two API processes).
 * Usage: npm run bench:match [-- --venues=100000 --artists=100000 --seconds=20]
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openDatabase } from '@flowstage/db';
import { createTestDatabase } from '@flowstage/db/testing';
import { ARTIST_VENUE_CONFIG_V1, rankCandidates, type VenueProfile } from '@flowstage/domain/matching';
import { sql } from 'drizzle-orm';
import { venuesForArtist } from '../apps/api/src/modules/matching/engine/artist-venue.ts';
import { MatchingIndex } from '../apps/api/src/modules/matching/index/matching-index.ts';
import { execute } from '../apps/api/src/modules/matching/search.ts';
import {
  generateBenchCatalogue,
  naiveSqlTop20,
} from '../apps/api/src/modules/matching/testing/bench-data.ts';
import { startApi } from './api-process.ts';

interface AcResult {
  latency: { p50: number; p90: number; p97_5: number; p99: number; average: number; max: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
}
interface AcInstance {
  on(event: 'response', f: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
// autocannon's bundled types miss the instance events; this is the part of its API used here.
const autocannonRun = createRequire(import.meta.url)('autocannon') as (
  o: Record<string, unknown>,
  done: (error: unknown, result: AcResult) => void,
) => AcInstance;

/**
 * Closed-loop load without HTTP: `connections` callers each run `call` again as soon as it returns,
 * for `seconds`; every latency is kept (the naive baseline under the engine's load).
 */
async function closedLoop(connections: number, seconds: number, call: () => Promise<unknown>) {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const s = performance.now();
        await call();
        latencies.push(performance.now() - s);
      }
    }),
  );
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: latencies.length,
    requestsPerSecond: round(latencies.length / seconds),
    p50Ms: round(pct(latencies, 0.5)),
    p95Ms: round(pct(latencies, 0.95)),
  };
}

/** A load test, with the 95th percentile computed from every response time (autocannon reports p90/p97.5). */
function autocannon(o: Record<string, unknown>): Promise<AcResult & { p95: number }> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannonRun(o, (error, result) =>
      error ? reject(error) : resolve({ ...result, p95: Math.round(pct(times, 0.95) * 100) / 100 }),
    );
    instance.on('response', (_c, _s, _b, ms) => times.push(ms));
  });
}

setFlagsFromString('--expose-gc');
const root = join(import.meta.dirname, '..');
const arg = (name: string, fallback: number) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const N_VENUES = arg('venues', 100_000);
const N_ARTISTS = arg('artists', 100_000);
const SECONDS = arg('seconds', 20);
const JWT_SECRET = `bench-${Math.random().toString(36).slice(2)}-${'x'.repeat(32)}`;
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const today = new Date().toISOString().slice(0, 10);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const log = (...a: unknown[]) => console.log(...a);

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function api<T>(
  port: number,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; json: T }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as T };
}

async function main() {
  const database = await createTestDatabase(SERVER);
  const children: ChildProcess[] = [];
  try {
    const url = database.url!;
    log(`fresh database ${new URL(url).pathname}; generating ${N_VENUES} venues and ${N_ARTISTS} artists…`);
    let t0 = performance.now();
    await generateBenchCatalogue(database.db, { venues: N_VENUES, artists: N_ARTISTS, orgs: 2000 }, today);
    const seedSeconds = (performance.now() - t0) / 1000;
    log(`  generated in ${seedSeconds.toFixed(1)} s`);

    const port = 38_000 + (process.pid % 1000);
    const child = await startApi(url, port, JWT_SECRET);
    children.push(child);
    const signup = await api<{ accessToken: string; organisations: { id: string }[] }>(port, '/auth/signup', {
      email: `bench-${Date.now()}@bench.flowstage.app`,
      password: 'Tr0mbone!Jazz',
      displayName: 'Bench booker',
      accountType: 'booker',
      organisationName: 'Bench agency',
      country: 'FR',
      locale: 'fr',
    });
    const token = signup.json.accessToken;
    const orgId = signup.json.organisations[0]!.id;
    const created = await api<{ id: string }>(
      port,
      '/catalogue/profiles',
      {
        organisationId: orgId,
        kind: 'artist',
        name: 'Les Ondes',
        country: 'FR',
        city: 'Nantes',
        latitude: 47.2184,
        longitude: -1.5536,
        genres: ['indie-rock', 'pop'],
        languages: ['fr'],
        details: {
          actType: 'band',
          capacityRange: { min: 300, max: 900 },
          fees: [{ dealType: 'flat_guarantee', minCents: 300_000, maxCents: 600_000, currency: 'EUR' }],
          travellingParty: 6,
        },
      },
      token,
    );
    const artistId = created.json.id;
    await api(port, `/catalogue/profiles/${artistId}/publish`, {}, token);

    t0 = performance.now();
    const status = await api<{ venues: number; artists: number }>(port, '/matching/index-status');
    const loadSeconds = (performance.now() - t0) / 1000;
    await sleep(1500);
    const rssAfterLoad = rssMb(child.pid!);
    await sleep(10_000); // idle: V8's memory reducer returns the load's transient pages
    const rssIdle = rssMb(child.pid!);
    log(`  API RSS after 10 s idle: ${rssIdle.toFixed(0)} MB`);
    log(
      `  index loaded in ${loadSeconds.toFixed(1)} s: ${status.json.venues} venues, ${status.json.artists} artists; API RSS ${rssAfterLoad.toFixed(0)} MB`,
    );

    const dates = [day(45), day(46), day(47)];
    const body = {
      kind: 'venues-for-artist',
      organisationId: orgId,
      artistProfileId: artistId,
      dates,
      limit: 20,
    };
    const first = await api<{
      results: { candidate: { id: string }; score: number }[];
      stats: { scored: number; tookMs: number };
    }>(port, '/matching/search', body, token);
    if (first.status !== 200) throw new Error(`search failed ${first.status} ${JSON.stringify(first.json)}`);

    // Sequential latency: engine through HTTP (distinct bodies, no cache) vs the naive SQL query.
    const engineMs: number[] = [];
    const inEngineMs: number[] = [];
    for (let i = 0; i < 60; i++) {
      const s = performance.now();
      const r = await api<{ stats: { tookMs: number } }>(
        port,
        '/matching/search',
        { ...body, limit: 20, filters: { minScore: i / 100 } },
        token,
      );
      engineMs.push(performance.now() - s);
      inEngineMs.push(r.json.stats.tookMs);
    }
    const naiveMs: number[] = [];
    const a = {
      lat: 47.2184,
      lon: -1.5536,
      capMin: 300,
      capMax: 900,
      feeMin: 300_000,
      feeMax: 600_000,
      genres: ['indie-rock', 'pop'],
    };
    for (let i = 0; i < 10; i++) {
      const s = performance.now();
      await database.db.execute(naiveSqlTop20(a, dates[0]!));
      naiveMs.push(performance.now() - s);
    }
    log(
      `  sequential p50: engine ${pct(engineMs, 0.5).toFixed(2)} ms (HTTP), naive SQL ${pct(naiveMs, 0.5).toFixed(1)} ms`,
    );

    // Varied requests (1,740 distinct bodies cycling through a 500-entry result cache: every one
    // is computed by the engine), then the same request repeated (answered from the cache).
    let n = 0;
    const radii = [undefined, 200, 300, 500, 800, 1200];
    const nextBody = () => {
      const i = n++;
      const start = 10 + (i % 290);
      const km = radii[Math.floor(i / 290) % radii.length];
      return {
        ...body,
        dates: [day(start), day(start + 1), day(start + 2)],
        ...(km ? { filters: { maxDistanceKm: km } } : {}),
      };
    };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    log(`  autocannon (varied requests): 50 connections, ${SECONDS} s…`);
    const ac = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: 50,
      duration: SECONDS,
      headers,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/matching/search',
          setupRequest: (req: Record<string, unknown>) => ({ ...req, body: JSON.stringify(nextBody()) }),
        },
      ],
    });
    log(
      `  p50 ${ac.latency.p50} ms, p95 ${ac.p95} ms, p97.5 ${ac.latency.p97_5} ms, p99 ${ac.latency.p99} ms, ${ac.requests.average} req/s, non-2xx ${ac.non2xx}`,
    );
    log(`  autocannon (same request): 50 connections, ${SECONDS} s…`);
    const acSame = await autocannon({
      url: `http://127.0.0.1:${port}/api/v1/matching/search`,
      method: 'POST',
      connections: 50,
      duration: SECONDS,
      headers,
      body: JSON.stringify(body),
    });
    const rssAfterLoadTest = rssMb(child.pid!);
    log(
      `  p50 ${acSame.latency.p50} ms, p95 ${acSame.p95} ms, p97.5 ${acSame.latency.p97_5} ms, p99 ${acSame.latency.p99} ms, ${acSame.requests.average} req/s`,
    );
    // The naive baseline under the same load: the same request from 50 concurrent callers, through
    // a pool of 10 connections as the API has (callers wait for a connection as they would there).
    // Straight to SQL, without HTTP or breakdowns: the comparison favours the baseline.
    log(`  naive SQL (same request): 50 concurrent callers, ${SECONDS} s…`);
    const naivePool = await openDatabase({ databaseUrl: url, poolSize: 10 });
    const naiveLoad = await closedLoop(50, SECONDS, () => naivePool.db.execute(naiveSqlTop20(a, dates[0]!)));
    await naivePool.close();
    log(`  p50 ${naiveLoad.p50Ms} ms, p95 ${naiveLoad.p95Ms} ms, ${naiveLoad.requestsPerSecond} req/s`);

    // Exactness at full scale: engine top-20 vs the exhaustive pure scorer on random requests.
    const gc = runInNewContext('gc') as () => void; // exposed by setFlagsFromString('--expose-gc') below
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const local = new MatchingIndex(database.db);
    await local.ready();
    gc();
    const indexHeapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6);
    log(
      `  index heap (in-process, after GC): ${indexHeapMb} MB for ${local.venues.size + local.artists.size} profiles`,
    );
    const venues: VenueProfile[] = [];
    for (let s = 0; s < local.venues.slots; s++)
      if (local.venues.alive[s] === 1) venues.push(local.venues.profile(s));
    let agree = 0;
    const exactRuns = 8;
    const scoredShare: number[] = [];
    for (let i = 0; i < exactRuns; i++) {
      const slot = Math.floor(Math.random() * local.artists.slots);
      if (local.artists.alive[slot] !== 1) continue;
      const req = {
        kind: 'venues-for-artist' as const,
        artist: local.artists.profile(slot),
        dates: [day(30 + i), day(31 + i)],
      };
      const engine = venuesForArtist(local.venues, req, ARTIST_VENUE_CONFIG_V1, 20, {});
      const truth = rankCandidates(req, venues, ARTIST_VENUE_CONFIG_V1, 20).top;
      scoredShare.push(engine.stats.scored / venues.length);
      if (
        JSON.stringify(engine.top.map((x) => [x.id, x.t])) ===
        JSON.stringify(truth.map((x) => [x.candidateId, Math.round(x.total * 10)]))
      )
        agree++;
    }
    log(`  exactness: ${agree}/${exactRuns} random requests equal to the exhaustive top-20`);

    // In-process CPU per query, single-threaded (less noisy than latency on a shared machine):
    // the engine alone, and the engine plus the presentation of the 20 results (breakdowns, texts).
    const cpuRuns = 400;
    const requests = Array.from({ length: cpuRuns }, (_, i) => {
      const artist = local.artists.profile((i * 7919) % local.artists.slots);
      const d = [day(10 + (i % 290)), day(11 + (i % 290)), day(12 + (i % 290))];
      return { kind: 'venues-for-artist' as const, artist, dates: d };
    });
    const cpuMicros = (run: (i: number) => void) => {
      for (let i = 0; i < 50; i++) run(i); // warm-up
      const before = process.cpuUsage();
      for (let i = 0; i < cpuRuns; i++) run(i);
      const used = process.cpuUsage(before);
      return Math.round((used.user + used.system) / cpuRuns);
    };
    const engineCpuUs = cpuMicros((i) =>
      venuesForArtist(local.venues, requests[i]!, ARTIST_VENUE_CONFIG_V1, 20, {}),
    );
    const engineAndPresentCpuUs = cpuMicros((i) => {
      const r = requests[i]!;
      const built = {
        built: { kind: r.kind, context: 'artist-venue' as const, request: r, subjectId: r.artist.id },
        origin: r.artist.homeBase,
        dates: r.dates as string[],
        filter: {},
      };
      execute({ db: database.db, index: local }, built, ARTIST_VENUE_CONFIG_V1, 20, 'fr');
    });
    log(
      `  in-process CPU per query: engine ${engineCpuUs} µs, engine + presentation ${engineAndPresentCpuUs} µs`,
    );
    await local.stop();

    // Freshness: a second API process; change a venue in SQL, time until both processes show it.
    const port2 = port + 500;
    const ports = [port];
    try {
      children.push(await startApi(url, port2, JWT_SECRET));
      await api(port2, '/matching/index-status');
      ports.push(port2);
    } catch (e) {
      log(`  second API process did not start (${String(e)}): freshness measured on one process`);
    }
    const target = first.json.results[0]!.candidate.id;
    const whyNot = { request: body, candidateProfileId: target };
    await database.db.execute(
      sql`update catalogue_profiles set capacity_min = 60000, capacity_max = 60000 where id = ${target}`,
    );
    const changedAt = performance.now();
    const seen: number[] = [];
    for (const p of ports) {
      for (;;) {
        const r = await api<{ verdict: string }>(p, '/matching/why-not', whyNot, token);
        if (r.json.verdict === 'excluded') break;
        await sleep(20);
      }
      seen.push(performance.now() - changedAt);
    }
    log(`  freshness: change visible after ${seen.map((s) => s.toFixed(0)).join(' / ')} ms (process 1 / 2)`);

    const engineP50 = pct(engineMs, 0.5);
    const naiveP50 = pct(naiveMs, 0.5);
    const report = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: (await import('node:os')).cpus().length,
        loadAverage: (await import('node:os')).loadavg().map((x) => Math.round(x * 10) / 10),
        node: process.version,
      },
      catalogue: {
        venues: status.json.venues,
        artists: status.json.artists,
        generateSeconds: Math.round(seedSeconds * 10) / 10,
      },
      index: {
        loadSeconds: Math.round(loadSeconds * 10) / 10,
        indexHeapMbAfterGc: indexHeapMb,
        apiRssMbAfterLoad: Math.round(rssAfterLoad),
        apiRssMbIdle: Math.round(rssIdle),
        apiRssMbAfterLoadTest: Math.round(rssAfterLoadTest),
        targetRssMb: 300,
      },
      request: {
        kind: 'venues-for-artist',
        dates: dates.length,
        limit: 20,
        scoredCandidates: first.json.stats.scored,
        engineMs: first.json.stats.tookMs,
      },
      http50Varied: {
        connections: 50,
        seconds: SECONDS,
        distinctBodies: 1740,
        p50Ms: ac.latency.p50,
        p95Ms: ac.p95,
        p97_5Ms: ac.latency.p97_5,
        p99Ms: ac.latency.p99,
        avgMs: ac.latency.average,
        requestsPerSecond: ac.requests.average,
        non2xx: ac.non2xx,
        targetP95Ms: 30,
      },
      http50SameRequest: {
        connections: 50,
        seconds: SECONDS,
        p50Ms: acSame.latency.p50,
        p95Ms: acSame.p95,
        p97_5Ms: acSame.latency.p97_5,
        p99Ms: acSame.latency.p99,
        avgMs: acSame.latency.average,
        requestsPerSecond: acSame.requests.average,
        non2xx: acSame.non2xx,
        note: 'answered from the per-process result cache after access checks',
      },
      naiveSql50SameRequest: {
        callers: 50,
        poolConnections: 10,
        seconds: SECONDS,
        ...naiveLoad,
        // the ratio: the same request, the same load; the engine through HTTP with breakdowns
        p95SpeedupVsEngineSameRequest: Math.round((naiveLoad.p95Ms / acSame.p95) * 10) / 10,
        // the engine computing every request (distinct bodies) against the naive one repeated
        p95SpeedupVsEngineVaried: Math.round((naiveLoad.p95Ms / ac.p95) * 10) / 10,
        throughputSpeedupVsEngineVaried:
          Math.round((ac.requests.average / Math.max(0.1, naiveLoad.requestsPerSecond)) * 10) / 10,
        targetSpeedup: 20,
      },
      sequential: {
        engineOnlyP50Ms: pct(inEngineMs, 0.5),
        engineHttpP50Ms: Math.round(engineP50 * 100) / 100,
        engineHttpP95Ms: Math.round(pct(engineMs, 0.95) * 100) / 100,
        naiveSqlP50Ms: Math.round(naiveP50 * 10) / 10,
        // HTTP round trip with 20 explained breakdowns vs the SQL round trip of bare scores: conservative
        speedup: Math.round((naiveP50 / engineP50) * 10) / 10,
        // the engine's own time in the API process (stats.tookMs) vs the same SQL round trip
        engineOnlySpeedup: Math.round((naiveP50 / pct(inEngineMs, 0.5)) * 10) / 10,
        targetSpeedup: 20,
      },
      inProcessCpu: {
        runs: cpuRuns,
        engineMicros: engineCpuUs,
        engineAndPresentationMicros: engineAndPresentCpuUs,
      },
      exactness: {
        runs: exactRuns,
        equalToExhaustive: agree,
        meanShareScored: scoredShare.reduce((s, x) => s + x, 0) / Math.max(1, scoredShare.length),
      },
      freshness: { processes: ports.length, visibleAfterMs: seen.map(Math.round), targetMs: 1000 },
    };
    mkdirSync(join(root, 'bench-results'), { recursive: true });
    writeFileSync(join(root, 'bench-results/match.json'), `${JSON.stringify(report, null, 2)}\n`);
    log(JSON.stringify(report, null, 2));
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await sleep(500);
    await database.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
