import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { searchIndexFor } from '../catalogue/index.ts';

/** Liveness and readiness probes for a load balancer (outside /api/v1, never rate limited). */
export function systemRoutes(app: ApiInstance, ctx: ApiContext) {
  app.get('/healthz', {
    config: { access: 'public', rateLimit: false },
    schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok') }) } },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/readyz', {
    config: { access: 'public', rateLimit: false },
    schema: {
      tags: ['system'],
      response: {
        200: z.object({
          status: z.literal('ready'),
          database: z.enum(['pglite', 'postgres']),
          // This process serves searches from its in-memory index once loaded, from SQL before.
          searchIndex: z.enum(['idle', 'loading', 'loaded']),
        }),
      },
    },
    handler: async () => {
      try {
        await ctx.db.execute(sql`select 1`);
      } catch (cause) {
        throw new AppError('SERVICE_UNAVAILABLE', 'database unreachable', {
          cause,
          detail: 'The database is unreachable.',
        });
      }
      return {
        status: 'ready' as const,
        database: ctx.database.kind,
        searchIndex: searchIndexFor(ctx).state,
      };
    },
  });
}
