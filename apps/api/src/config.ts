import { z } from 'zod';

const boolFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
    .optional(),
  DATA_DIR: z.string().default('./data'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CORS_ORIGINS: z.string().default(''),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Flow Stage <no-reply@flowstage.local>'),
  RATE_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(1000),
  /** Prefix of the Redis counters, so several environments (or test runs) can share one Redis. */
  RATE_LIMIT_NAMESPACE: z.string().min(1).max(64).default('flowstage-rl:'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SERVE_WEB: boolFromEnv,
  SEED_ON_EMPTY: boolFromEnv,
  /** Let webhooks target private/loopback addresses (refused by default outside tests: SSRF). */
  WEBHOOKS_ALLOW_PRIVATE: boolFromEnv,
  /** API processes sharing the port (node:cluster), one per core typically; needs a PostgreSQL server. */
  API_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
});

export type Config = z.output<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment once at boot and lists every bad variable at once (fail fast). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL= npm start`) means "not set", as in most tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema
    .refine((c) => c.API_PROCESSES === 1 || c.DATABASE_URL !== undefined, {
      path: ['API_PROCESSES'],
      message: 'several processes need DATABASE_URL: the embedded PGlite database belongs to one process',
    })
    .safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
