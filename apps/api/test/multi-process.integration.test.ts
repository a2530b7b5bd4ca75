import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@flowstage/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The API is stateless: two processes on one PostgreSQL must accept each other's sessions and share
 * one rate-limit budget through Redis. Needs a real server (DATABASE_URL) and Redis (REDIS_URL).
 */
const { DATABASE_URL, REDIS_URL } = process.env;
const skipReason = !DATABASE_URL
  ? 'DATABASE_URL is not set (this test needs a PostgreSQL server shared by two processes)'
  : !REDIS_URL
    ? 'REDIS_URL is not set (this test needs Redis to share the rate limit)'
    : undefined;
if (skipReason) console.warn(`[multi-process] skipped: ${skipReason}`);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const LIMIT = 12;
// Redis outlives a test run: a fresh counter namespace keeps earlier runs' requests out of this budget.
const RATE_LIMIT_NAMESPACE = `fs-test-${randomBytes(4).toString('hex')}:`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startApi(port: number, databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      SERVE_WEB: 'false',
      SEED_ON_EMPTY: 'false',
      RATE_LIMIT_PER_HOUR: String(LIMIT),
      RATE_LIMIT_NAMESPACE,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API on port ${port} exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`API on port ${port} did not become ready`);
}

describe.skipIf(skipReason !== undefined)('two API processes behind a load balancer', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const processes: ChildProcess[] = [];
  let a = '';
  let b = '';

  beforeAll(async () => {
    database = await createTestDatabase(DATABASE_URL); // migrated once, then shared by both processes
    const url = database.url!;
    const [pa, pb] = [await freePort(), await freePort()];
    processes.push(...(await Promise.all([startApi(pa, url), startApi(pb, url)])));
    a = `http://127.0.0.1:${pa}`;
    b = `http://127.0.0.1:${pb}`;
  }, 120_000);

  afterAll(async () => {
    for (const p of processes) p.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await database?.close();
  });

  const json = (method: string, url: string, body?: unknown, token?: string) =>
    fetch(url, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });

  it('accepts on B a session opened on A, and rotates its refresh token on B', async () => {
    const email = `lb-${randomBytes(4).toString('hex')}@test.flowstage.app`;
    const signup = await json('POST', `${a}/api/v1/auth/signup`, {
      email,
      password: 'Tr0mbone!Jazz',
      displayName: 'Load Balanced',
      accountType: 'booker',
      organisationName: 'LB Booking',
      country: 'FR',
    });
    expect(signup.status).toBe(201);
    const session = (await signup.json()) as { accessToken: string; refreshToken: string };
    const me = await json('GET', `${b}/api/v1/me`, undefined, session.accessToken);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(email);
    const refreshed = await json('POST', `${b}/api/v1/auth/refresh`, { refreshToken: session.refreshToken });
    expect(refreshed.status).toBe(200);
    const replay = await json('POST', `${a}/api/v1/auth/refresh`, { refreshToken: session.refreshToken });
    expect(replay.status).toBe(401);
  });

  it('shares one rate-limit budget per user across both processes through Redis', async () => {
    const login = await json('POST', `${a}/api/v1/auth/signup`, {
      email: `rl-${randomBytes(4).toString('hex')}@test.flowstage.app`,
      password: 'Tr0mbone!Jazz',
      displayName: 'Rate Limited',
      accountType: 'venue',
      organisationName: 'RL Venue',
      country: 'BE',
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const statuses: number[] = [];
    const remaining: string[] = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await json('GET', `${i % 2 === 0 ? a : b}/api/v1/me`, undefined, accessToken);
      statuses.push(res.status);
      remaining.push(res.headers.get('ratelimit-remaining') ?? '');
    }
    expect(statuses.slice(0, LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);
    // The counter decreases across processes: A and B see one shared budget.
    expect(remaining.slice(0, 3)).toEqual([String(LIMIT - 1), String(LIMIT - 2), String(LIMIT - 3)]);
  });
});
