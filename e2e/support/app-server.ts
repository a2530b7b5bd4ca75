import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningApp {
  readonly baseUrl: string;
  /** The throw-away DATA_DIR (mails are written as .eml files into its mail/ folder). */
  readonly dataDir: string;
  stop(): Promise<void>;
}

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

/**
 * Starts the product exactly as `npm start` does (built web app served by the API, embedded PGlite
 * seeded with the demo world) in a throw-away data folder.
 */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'flowstage-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  // the bundle support/build-api.ts built for this run
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', 'apps/api/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Each run gets its own rate-limit counters when a shared Redis is configured.
      RATE_LIMIT_NAMESPACE: `fs-e2e-${port}-${Date.now()}:`,
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // First start migrates and seeds; on a loaded 2-core machine that can take minutes.
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited with code ${child.exitCode}`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`app not ready at ${baseUrl} after 240 s`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
