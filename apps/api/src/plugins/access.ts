import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { AccessClaims, AccessTokens } from '../lib/access-tokens.ts';

/**
 * Who may call a route. Every /api/v1 route must declare it (checked when routes are registered);
 * organisation-level rules (member, owner…) are then enforced by the use-case with requireMembership.
 */
export type RouteAccess = 'public' | 'user';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth: AccessClaims | null;
    /** Set when a bearer token was sent but rejected, reported only on protected routes. */
    authError: AppError | null;
  }
}

export function registerAccessControl(app: FastifyInstance, tokens: AccessTokens) {
  app.decorateRequest('auth', null);
  app.decorateRequest('authError', null);

  app.addHook('onRoute', (route) => {
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (route.url.startsWith('/api/v1') && !access) {
      throw new Error(`route ${route.method} ${route.url} does not declare who may call it (config.access)`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      try {
        if (!match?.[1])
          throw new AppError('TOKEN_INVALID', 'malformed authorization header', {
            detail: 'Use "Authorization: Bearer <token>".',
          });
        request.auth = await tokens.verify(match[1]);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        request.authError = error;
      }
    }
    const access = request.routeOptions.config?.access;
    if (access === 'user' && !request.auth) {
      throw (
        request.authError ??
        new AppError('UNAUTHENTICATED', 'no bearer token', { detail: 'Log in to continue.' })
      );
    }
  });
}

/** The caller of a protected route (the access hook guarantees it is set). */
export function caller(request: FastifyRequest): AccessClaims {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', 'route used caller() without access: user');
  return request.auth;
}
