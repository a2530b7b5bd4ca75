import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type AppErrorCode, type FieldError, HTTP_STATUS } from '../errors.ts';

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Fastify's own error codes translated into ours, so framework failures look like any other problem. */
const FASTIFY_CODES: Record<string, AppErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

const DEFAULT_DETAIL: Partial<Record<AppErrorCode, string>> = {
  MALFORMED_JSON: 'The request body is not valid JSON.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'This content type is not accepted here.',
  VALIDATION_FAILED: 'Some fields are missing or invalid.',
  INTERNAL: 'An unexpected error occurred. It has been logged.',
  RATE_LIMITED: 'Too many requests: please slow down.',
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: AppErrorCode,
  detail: string | undefined,
  errors?: readonly FieldError[],
  extensions?: Readonly<Record<string, unknown>>,
) {
  const status = HTTP_STATUS[code];
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: `https://flowstage.app/problems/${code.toLowerCase().replaceAll('_', '-')}`,
      title: TITLES[status] ?? 'Error',
      status,
      code,
      detail: detail ?? DEFAULT_DETAIL[code] ?? TITLES[status],
      instance: request.url,
      requestId: request.id,
      ...(errors && errors.length > 0 ? { errors } : {}),
      ...extensions,
    });
}

function zodIssuesToFieldErrors(error: FastifyError): FieldError[] {
  return (error.validation ?? []).map((v) => {
    const raw =
      v.instancePath || (v.params as { issue?: { path?: unknown[] } })?.issue?.path?.join('/') || '';
    const path = String(raw).replace(/^\//, '').replaceAll('/', '.');
    return {
      path: [error.validationContext, path].filter(Boolean).join('.'),
      message: v.message ?? 'invalid',
    };
  });
}

/**
 * Unknown routes answer with a problem document; when the web app is served, other GET paths
 * without a file extension are client-side routes and get index.html.
 */
export function registerNotFound(app: FastifyInstance, spaIndex: boolean) {
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (spaIndex && request.method === 'GET' && !url.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(url)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(request, reply, 'ROUTE_NOT_FOUND', `No route ${request.method} ${url}.`);
  });
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, error.message);
      return sendProblem(request, reply, error.code, error.detail, error.errors, error.extensions);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(request, reply, 'VALIDATION_FAILED', undefined, zodIssuesToFieldErrors(error));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return sendProblem(request, reply, 'INTERNAL', undefined);
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendProblem(request, reply, mapped, undefined);
    if (error.statusCode === 429) return sendProblem(request, reply, 'RATE_LIMITED', undefined);
    if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
      return sendProblem(request, reply, 'MALFORMED_JSON', undefined);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.warn({ err: error }, 'unmapped client error');
      return sendProblem(request, reply, 'VALIDATION_FAILED', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'INTERNAL', undefined);
  });
}
