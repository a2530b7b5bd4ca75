import { ConfigError, loadConfig } from './config.ts';
import { createServer } from './server.ts';

async function main() {
  const config = loadConfig();
  const { app, ctx } = await createServer(config, { serveWeb: config.SERVE_WEB ?? true });
  app.log.info(`database: ${ctx.database.description}`);
  if (config.SEED_ON_EMPTY ?? true) {
    const { seedIfEmpty } = await import('@flowstage/db/seed');
    const report = await seedIfEmpty(ctx.db);
    if (report) printDemoAccounts(report.accounts);
  }
  await app.listen({ host: config.HOST, port: config.PORT });
  app.log.info(`Flow Stage ready on ${config.PUBLIC_URL} (API docs: ${config.PUBLIC_URL}/api/docs)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal} received, closing`);
      void app.close().then(() => process.exit(0));
    });
  }
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
