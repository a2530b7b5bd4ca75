import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { createClock, type MunicipalClock } from './clock.ts';
import { communeRoutes } from './routes-commune.ts';
import { companyRoutes } from './routes-company.ts';
import { documentRoutes } from './routes-documents.ts';

export interface MunicipalRoutesOptions {
  readonly clock?: MunicipalClock;
}

export function municipalRoutes(app: ApiInstance, ctx: ApiContext, options: MunicipalRoutesOptions = {}) {
  const testClock = ctx.config.NODE_ENV !== 'production' && process.env.MUNICIPAL_TEST_CLOCK === '1';
  const clock = options.clock ?? createClock(testClock);
  communeRoutes(app, ctx, clock);
  companyRoutes(app, ctx, clock);
  documentRoutes(app, ctx, clock);
  if (clock.adjustable && !options.clock) {
    app.put('/municipal/test-clock', {
      config: { access: 'public' },
      schema: { hide: true, body: z.strictObject({ today: z.iso.date().nullable() }) },
      handler: async (request, reply) => {
        if (!clock.adjustable) throw new AppError('NOT_FOUND', 'no test clock');
        clock.set(request.body.today);
        return reply.code(204).send();
      },
    });
  }
}
