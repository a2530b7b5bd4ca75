import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Serves the built React app; returns false (and warns) when it has not been built. */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    app.log.warn(`web app not built (${distDir}); run npm run build:web`);
    return false;
  }
  await app.register(fastifyStatic, { root: distDir, wildcard: false, maxAge: '1h', index: false });
  return true;
}
