import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import helmet from 'helmet';
import type { ApiContext, ApiInstance } from './context.ts';
import { bookingRoutes } from './modules/booking/index.ts';
import { catalogueRoutes } from './modules/catalogue/index.ts';
import { contractRoutes } from './modules/contracts/index.ts';
import { dashboardRoutes } from './modules/dashboard/index.ts';
import { notificationRoutes, webhookRoutes } from './modules/events/index.ts';
import { identityRoutes } from './modules/identity/index.ts';
import { matchingRoutes } from './modules/matching/index.ts';
import { municipalDashboardContributor, municipalRoutes } from './modules/municipal/index.ts';
import { signatureRoutes } from './modules/signature/index.ts';
import { systemRoutes } from './modules/system/routes.ts';
import { touringRoutes } from './modules/touring/index.ts';
import { registerAccessControl } from './plugins/access.ts';
import { registerNotFound, registerProblemHandlers } from './plugins/problems.ts';
import { registerRateLimit } from './plugins/rate-limit.ts';
import { registerWebApp } from './plugins/web-app.ts';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface BuildAppOptions {
  /** Serve the built web app (production); off in API tests. */
  readonly serveWeb?: boolean;
  readonly logger?: boolean;
}

export async function buildApp(ctx: ApiContext, options: BuildAppOptions = {}): Promise<ApiInstance> {
  const { config } = ctx;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.LOG_LEVEL },
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    genReqId: (req) =>
      (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? crypto.randomUUID(),
    requestIdHeader: false,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerProblemHandlers(app);

  // Security headers from helmet, its middleware built once: the Fastify plugin rebuilds it on
  // every request, ~3 % of a catalogue search's CPU.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine and Leaflet set inline styles; map tiles may come from a configured tile server.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  const origins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  await app.register(cors, { origin: origins.length > 0 ? origins : false, credentials: true });
  await app.register(cookie);
  registerAccessControl(app, ctx.tokens);
  await registerRateLimit(app, {
    perHour: config.RATE_LIMIT_PER_HOUR,
    namespace: config.RATE_LIMIT_NAMESPACE,
    redisUrl: config.REDIS_URL,
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Flow Stage API',
        version: '1.0.0',
        description:
          'Live-music touring platform (FR/BE/CH/LU). Errors are application/problem+json with a machine `code`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  systemRoutes(app, ctx);
  await app.register(
    async (v1) => {
      const api = v1.withTypeProvider<ZodTypeProvider>();
      api.get('/openapi.json', {
        config: { access: 'public' },
        schema: { hide: true },
        handler: async () => app.swagger(),
      });
      identityRoutes(api, ctx);
      catalogueRoutes(api, ctx);
      dashboardRoutes(api, ctx, [municipalDashboardContributor]);
      webhookRoutes(api, ctx);
      notificationRoutes(api, ctx);
      municipalRoutes(api, ctx);
      contractRoutes(api, ctx);
      signatureRoutes(api, ctx);
      matchingRoutes(api, ctx);
      touringRoutes(api, ctx);
      bookingRoutes(api, ctx);
    },
    { prefix: '/api/v1' },
  );

  registerNotFound(app, options.serveWeb === true && (await registerWebApp(app, WEB_DIST)));
  return app;
}
