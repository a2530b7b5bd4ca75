import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@flowstage/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD } from './testing/test-app.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const MAIN = 'apps/api/src/main.ts';
const SLOW = { timeout: 120_000 };

function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: { ...process.env, SERVE_WEB: 'false', SEED_ON_EMPTY: 'false', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

/** A request on a new connection: node:cluster hands each connection to the next process in turn. */
function request(
  port: number,
  route: string,
  options: { method?: string; body?: unknown; token?: string } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: route,
        method: options.method ?? 'GET',
        agent: false,
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text || '{}') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('API_PROCESSES without a PostgreSQL server', () => {
  it('refuses to start, naming the variable', SLOW, async () => {
    const { child, output } = startMain({ API_PROCESSES: '2', DATABASE_URL: '', PORT: '0' });
    expect(await exited(child)).toBe(1);
    expect(output()).toMatch(/API_PROCESSES: several processes need DATABASE_URL/);
  });
});

// Several processes need a PostgreSQL server: this part runs in the PostgreSQL pass of the suite.
describe.skipIf(!process.env.DATABASE_URL)('two API processes sharing one port (API_PROCESSES=2)', () => {
  let database: TestDatabase;
  let server: ReturnType<typeof startMain>;
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const limit = 40;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = startMain({
      DATABASE_URL: database.url!,
      API_PROCESSES: '2',
      HOST: '127.0.0.1',
      PORT: String(port),
      RATE_LIMIT_PER_HOUR: String(limit),
      RATE_LIMIT_NAMESPACE: `fs-test-${randomBytes(4).toString('hex')}:`,
    });
    for (let i = 0; i < 600 && !/with 2 API processes/.test(server.output()); i++) {
      if (server.child.exitCode !== null) throw new Error(`the server stopped:\n${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 120_000);

  afterAll(async () => {
    if (server?.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await exited(server.child);
    }
    await database?.close();
  });

  it('serves every connection, each process accepting the sessions of the other', SLOW, async () => {
    const signup = await request(port, '/api/v1/auth/signup', {
      method: 'POST',
      body: {
        email: `cluster-${randomBytes(3).toString('hex')}@test.flowstage.app`,
        password: STRONG_PASSWORD,
        displayName: 'Cluster test',
        accountType: 'booker',
        organisationName: 'Cluster agency',
        country: 'FR',
      },
    });
    expect(signup.status).toBe(201);
    const token = signup.json.accessToken as string;
    for (let i = 0; i < 6; i++) {
      expect((await request(port, '/api/v1/me', { token })).status).toBe(200);
    }
    // The process that answers a search loads its own index: probes on new connections reach
    // both processes, so both states show.
    const search = await request(port, '/api/v1/catalogue/search/venues?sort=rating', { token });
    expect(search.status).toBe(200);
    await expect
      .poll(
        async () => {
          const states = new Set<unknown>();
          for (let i = 0; i < 4; i++) states.add((await request(port, '/readyz')).json.searchIndex);
          return [...states].sort();
        },
        { timeout: 30_000 },
      )
      .toEqual(['idle', 'loaded']);
  });

  it.skipIf(!process.env.REDIS_URL)(
    'counts one rate-limit budget for both processes through Redis',
    SLOW,
    async () => {
      const statuses: number[] = [];
      for (let i = 0; i < limit + 2; i++) statuses.push((await request(port, '/api/v1/openapi.json')).status);
      expect(statuses).toContain(429);
      expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(limit);
    },
  );

  it('stops every process on SIGTERM', SLOW, async () => {
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
    await expect(request(port, '/healthz')).rejects.toThrow();
  });
});
