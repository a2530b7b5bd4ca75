import path from 'node:path';
import { openDatabase } from '@flowstage/db';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { ApiContext, ApiInstance } from './context.ts';
import { AccessTokens } from './lib/access-tokens.ts';
import { createMailer } from './lib/mailer.ts';
import { platformSecret } from './lib/secrets.ts';

export interface StartedServer {
  readonly app: ApiInstance;
  readonly ctx: ApiContext;
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
  app.addHook('onClose', async () => database.close());
  return { app, ctx } satisfies StartedServer;
}
