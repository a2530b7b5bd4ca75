import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '@flowstage/db/testing';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { ApiContext, ApiInstance } from '../context.ts';
import { AccessTokens } from '../lib/access-tokens.ts';
import type { Mailer, OutgoingMail } from '../lib/mailer.ts';

export interface TestApp {
  readonly app: ApiInstance;
  readonly ctx: ApiContext;
  /** Mails the app tried to send (tests that need a real SMTP exchange use createMailer + smtp-server). */
  readonly outbox: OutgoingMail[];
  close(): Promise<void>;
}

/** A real app on its own fresh database (PGlite, or a new database on DATABASE_URL's server). */
export async function createTestApp(env: Record<string, string> = {}, mailer?: Mailer): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const outbox: OutgoingMail[] = [];
  const ctx: ApiContext = {
    config,
    database,
    db: database.db,
    tokens: new AccessTokens(randomBytes(32).toString('hex')),
    mailer: mailer ?? { send: async (mail) => void outbox.push(mail) },
  };
  const app = await buildApp(ctx, { logger: false });
  await app.ready();
  return {
    app,
    ctx,
    outbox,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export const STRONG_PASSWORD = 'Tr0mbone!Jazz';

export interface SignedUp {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly userId: string;
  readonly organisationId: string;
  readonly auth: { authorization: string };
}

let counter = 0;

/** Signs up a fresh user and organisation of the given account type through the public API. */
export async function signUpAs(
  app: ApiInstance,
  accountType: string,
  overrides: Record<string, unknown> = {},
): Promise<SignedUp> {
  counter += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: {
      email: `${accountType}-${counter}-${randomBytes(3).toString('hex')}@test.flowstage.app`,
      password: STRONG_PASSWORD,
      displayName: `Test ${accountType} ${counter}`,
      accountType,
      organisationName: `Org ${accountType} ${counter}`,
      country: 'FR',
      locale: 'fr',
      ...overrides,
    },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{
    accessToken: string;
    refreshToken: string;
    user: { id: string };
    organisations: { id: string }[];
  }>();
  return {
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
    userId: body.user.id,
    organisationId: body.organisations[0]!.id,
    auth: { authorization: `Bearer ${body.accessToken}` },
  };
}
