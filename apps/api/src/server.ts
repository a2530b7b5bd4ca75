import path from 'node:path';
import { openDatabase } from '@flowstage/db';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { ApiContext, ApiInstance } from './context.ts';
import { AccessTokens } from './lib/access-tokens.ts';
import { JobRunner } from './lib/jobs/index.ts';
import { createMailer } from './lib/mailer.ts';
import { platformSecret } from './lib/secrets.ts';
import { registerBookingJobs } from './modules/booking/index.ts';
import { registerEventJobs } from './modules/events/index.ts';
import { ensurePlatformCertificate } from './modules/signature/index.ts';

export interface StartedServer {
  readonly app: ApiInstance;
  readonly ctx: ApiContext;
  readonly jobs: JobRunner;
}

/** Wires configuration to real dependencies: the only place that knows which implementations run. */
export async function createServer(config: Config, options: { serveWeb?: boolean; logger?: boolean } = {}) {
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: path.join(config.DATA_DIR, 'pglite'),
  });
  const secret = config.JWT_SECRET ?? (await platformSecret(database.db, 'jwt-access'));
  const ctx: ApiContext = {
    config,
    database,
    db: database.db,
    tokens: new AccessTokens(secret),
    mailer: createMailer({
      from: config.MAIL_FROM,
      smtpUrl: config.SMTP_URL,
      mailDir: path.join(config.DATA_DIR, 'mail'),
      log: (m) => console.info(`[mail] ${m}`),
    }),
  };
  const app = await buildApp(ctx, options);
  // Background jobs (webhooks, e-mails, hold expiry): stopped before the database closes.
  const jobs = registerBookingJobs(
    registerEventJobs(new JobRunner(database.db, { onError: (e) => app.log.error(e) }), ctx),
    ctx,
  );
  app.addHook('onReady', async () => {
    // The PAdES seal certificate is generated on first start and kept in the database.
    await ensurePlatformCertificate(database.db);
    jobs.start();
  });
  app.addHook('onClose', async () => {
    await jobs.stop();
    await database.close();
  });
  return { app, ctx, jobs } satisfies StartedServer;
}
