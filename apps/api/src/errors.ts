/**
 * The closed list of error codes the API can answer with. Adding a code without its HTTP status
 * fails type-checking (see HTTP_STATUS below), so the mapping lives in exactly one place.
 */
export type AppErrorCode =
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHENTICATED'
  | 'TOKEN_INVALID'
  | 'TOKEN_EXPIRED'
  | 'SESSION_EXPIRED'
  | 'REFRESH_TOKEN_REUSED'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_LOCKED'
  | 'WEAK_PASSWORD'
  | 'RESET_TOKEN_INVALID'
  | 'EMAIL_TAKEN'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'ROUTE_NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'CONFLICT'
  | 'SIGNING_LINK_EXPIRED'
  | 'SIGNING_LINK_USED'
  | 'SIGNING_OUT_OF_ORDER'
  | 'DATE_UNAVAILABLE'
  | 'DOUBLE_BOOKING'
  | 'NO_RULE_IN_FORCE'
  | 'TOUR_INFEASIBLE'
  | 'BUDGET_OVERRUN'
  | 'SERVICE_NOT_DONE'
  | 'RETENTION_PERIOD'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL';

export const HTTP_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  TOKEN_INVALID: 401,
  TOKEN_EXPIRED: 401,
  SESSION_EXPIRED: 401,
  REFRESH_TOKEN_REUSED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 429,
  WEAK_PASSWORD: 400,
  RESET_TOKEN_INVALID: 400,
  EMAIL_TAKEN: 409,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  SIGNING_LINK_EXPIRED: 410,
  SIGNING_LINK_USED: 410,
  SIGNING_OUT_OF_ORDER: 409,
  DATE_UNAVAILABLE: 409,
  DOUBLE_BOOKING: 409,
  NO_RULE_IN_FORCE: 422,
  TOUR_INFEASIBLE: 422,
  BUDGET_OVERRUN: 409,
  SERVICE_NOT_DONE: 409,
  RETENTION_PERIOD: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const satisfies Record<AppErrorCode, number>;

export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export interface AppErrorOptions {
  /** Safe, human message shown to the user (never internals). */
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  readonly cause?: unknown;
  /** Extra machine-readable members of the problem document (e.g. retryAfterSeconds). */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly detail: string | undefined;
  readonly errors: readonly FieldError[] | undefined;
  readonly extensions: Readonly<Record<string, unknown>> | undefined;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = HTTP_STATUS[code];
    this.detail = options.detail;
    this.errors = options.errors;
    this.extensions = options.extensions;
  }
}

export const notFound = (what: string) =>
  new AppError('NOT_FOUND', `${what} not found`, { detail: `${what} not found.` });
