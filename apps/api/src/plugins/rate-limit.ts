import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

export interface RateLimitOptions {
  readonly perHour: number;
  readonly namespace: string;
  readonly redisUrl?: string | undefined;
}

/**
 * BRD §8.3: 1,000 requests per hour per user (per IP for anonymous calls), announced with the
 * IETF RateLimit headers. Counters live in Redis when configured so every API process shares them.
 */
export async function registerRateLimit(app: FastifyInstance, options: RateLimitOptions) {
  // Loaded only when configured: a single process (npm start) never needs the Redis client.
  const redis = options.redisUrl
    ? new (await import('ioredis')).Redis(options.redisUrl, {
        maxRetriesPerRequest: 2,
        enableOfflineQueue: true,
        lazyConnect: false,
      })
    : undefined;
  if (redis) app.addHook('onClose', async () => void (await redis.quit()));
  await app.register(rateLimit, {
    global: true,
    max: options.perHour,
    timeWindow: '1 hour',
    hook: 'onRequest',
    enableDraftSpec: true,
    nameSpace: options.namespace,
    ...(redis ? { redis, skipOnError: false } : {}),
    // Only the API is metered: the web app's static files are not "requests" in the BRD's sense.
    allowList: (request) => !request.url.startsWith('/api/'),
    keyGenerator: (request) => (request.auth ? `user:${request.auth.userId}` : `ip:${request.ip}`),
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', 'rate limit exceeded', {
        detail: `Rate limit of ${context.max} requests per hour reached. Retry in ${Math.ceil(context.ttl / 1000)} s.`,
        extensions: { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
      }),
  });
}
