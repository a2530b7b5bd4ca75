import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/**
 * The real API (its production bundle, `apps/api/dist/main.js`) in a child process on a bench database, tuned for load
 * (no rate limit, no web app, no seeding, quiet logs); resolves once it answers. `env` adds or
 * overrides variables (API_PROCESSES, HOST…). BENCH_CPU_PROF=DIR writes CPU profiles there.
 */
export async function startApi(
  databaseUrl: string,
  port: number,
  jwtSecret: string,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  const prof = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  // the production bundle, as `npm start` runs it, rebuilt from the sources first
  execFileSync(process.execPath, ['scripts/build-api.mjs'], { cwd: root, stdio: 'ignore' });
  const child = spawn(process.execPath, [...prof, '--expose-gc', 'apps/api/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      JWT_SECRET: jwtSecret,
      RATE_LIMIT_PER_HOUR: String(1_000_000_000),
      SERVE_WEB: 'false',
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error('API did not start');
}
