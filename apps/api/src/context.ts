import type { DatabaseHandle, Db } from '@flowstage/db';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { AccessTokens } from './lib/access-tokens.ts';
import type { Mailer } from './lib/mailer.ts';

/** What every module's routes receive: explicit dependencies, no container. */
export interface ApiContext {
  readonly config: Config;
  readonly database: DatabaseHandle;
  readonly db: Db;
  readonly tokens: AccessTokens;
  readonly mailer: Mailer;
}

export type ApiInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
