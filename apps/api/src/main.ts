import cluster from 'node:cluster';
import { type Db, openDatabase } from '@flowstage/db';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createServer } from './server.ts';

async function main() {
  const config = loadConfig();
  if (config.API_PROCESSES > 1 && cluster.isPrimary) return supervise(config);
  const { app, ctx } = await createServer(config, { serveWeb: config.SERVE_WEB ?? true });
  app.log.info(`database: ${ctx.database.description}`);
  // Under a supervisor the database was prepared before this process was forked.
  if (cluster.isPrimary) await seedOnEmpty(config, ctx.db);
  await app.listen({ host: config.HOST, port: config.PORT });
  if (cluster.isPrimary) {
    app.log.info(`Flow Stage ready on ${config.PUBLIC_URL} (API docs: ${config.PUBLIC_URL}/api/docs)`);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal} received, closing`);
      void app.close().then(() => process.exit(0));
    });
  }
}

async function seedOnEmpty(config: Config, db: Db) {
  if (!(config.SEED_ON_EMPTY ?? true)) return;
  const { seedIfEmpty } = await import('@flowstage/db/seed');
  const report = await seedIfEmpty(db);
  if (report) printDemoAccounts(report.accounts);
}

/**
 * API_PROCESSES > 1: this process only supervises. It migrates and seeds once, then forks the API
 * processes, which share the port (node:cluster hands each connection to one of them). Every API
 * process is stateless (README, "How it scales out"), so any of them can serve any request.
 */
async function supervise(config: Config) {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL });
  try {
    await seedOnEmpty(config, database.db);
  } finally {
    await database.close();
  }
  if (!config.REDIS_URL) {
    console.warn('API_PROCESSES > 1 without REDIS_URL: each process counts its own rate limits');
  }
  let stopping = false;
  const listening = new Set<number>();
  cluster.on('listening', (worker) => {
    listening.add(worker.id);
    if (listening.size === config.API_PROCESSES) {
      console.info(
        `Flow Stage ready on ${config.PUBLIC_URL} with ${config.API_PROCESSES} API processes (API docs: ${config.PUBLIC_URL}/api/docs)`,
      );
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // A process that never listened failed to start: starting it again would fail the same way.
    if (!listening.has(worker.id)) {
      console.error(`an API process failed to start (${signal ?? `exit ${code}`}); stopping`);
      shutdown('SIGTERM', 1);
      return;
    }
    listening.delete(worker.id);
    console.error(
      `API process ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another`,
    );
    setTimeout(() => cluster.fork(), 1000);
  });
  const shutdown = (signal: NodeJS.Signals, exitCode = 0) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    let alive = workers.length;
    if (alive === 0) process.exit(exitCode);
    for (const worker of workers) {
      worker?.once('exit', () => {
        if (--alive === 0) process.exit(exitCode);
      });
      worker?.process.kill(signal);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => shutdown(signal));
  for (let i = 0; i < config.API_PROCESSES; i++) cluster.fork();
}

function printDemoAccounts(
  accounts: readonly { email: string; accountType: string; organisation: string }[],
) {
  console.info('\nDemo accounts (password for all: FlowStage!2026)');
  for (const a of accounts)
    console.info(`  ${a.accountType.padEnd(24)} ${a.email.padEnd(36)} ${a.organisation}`);
  console.info('');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Flow Stage failed to start:', error);
  }
  process.exit(1);
});
