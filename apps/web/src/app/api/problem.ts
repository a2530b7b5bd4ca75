// RFC 9457 problem responses from the API, turned into a typed error the UI can translate.

/** Codes that have a translation under `errors.codes.*`; others fall back to the server's `detail`. */
export const KNOWN_ERROR_CODES = [
  // Codes of the API (apps/api/src/errors.ts).
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'SESSION_EXPIRED',
  'REFRESH_TOKEN_REUSED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'WEAK_PASSWORD',
  'RESET_TOKEN_INVALID',
  'EMAIL_TAKEN',
  'FORBIDDEN',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
  // Client-side only.
  'NETWORK_ERROR',
  'UNKNOWN',
] as const;
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return (KNOWN_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * 401s that mean "your access token is no good" (worth one refresh). Other 401s, such as a wrong
 * current password (INVALID_CREDENTIALS), are answers to show, not reasons to end the session.
 */
export function isSessionProblem(status: number, code: string): boolean {
  return (
    status === 401 && (code === 'UNAUTHENTICATED' || code === 'TOKEN_INVALID' || code === 'TOKEN_EXPIRED')
  );
}

export interface FieldError {
  /** Form field name, normalised from the problem's `path` (e.g. `body.email` → `email`). */
  field: string;
  message: string;
}

export interface Problem {
  status: number;
  code: string;
  detail: string | undefined;
  fieldErrors: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];

  constructor(problem: Problem, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.code, options);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.fieldErrors = problem.fieldErrors;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `body.email`, `/email`, `email` and `["email"]`-joined paths all name the `email` field. */
export function fieldFromPath(path: string): string {
  const segments = path.split(/[./]/).filter((s) => s.length > 0 && s !== 'body');
  return segments.join('.');
}

function codeForStatus(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 400 || status === 422) return 'VALIDATION_FAILED';
  if (status >= 500) return 'INTERNAL';
  return 'UNKNOWN';
}

/** Reads any JSON body defensively: a proxy or a crash may answer with something else than a problem. */
export function parseProblem(status: number, body: unknown): Problem {
  if (!isRecord(body)) {
    return { status, code: codeForStatus(status), detail: undefined, fieldErrors: [] };
  }
  const code = typeof body.code === 'string' && body.code.length > 0 ? body.code : codeForStatus(status);
  const detail = typeof body.detail === 'string' && body.detail.length > 0 ? body.detail : undefined;
  const rawErrors = Array.isArray(body.errors) ? body.errors : [];
  const fieldErrors: FieldError[] = [];
  for (const item of rawErrors) {
    if (!isRecord(item) || typeof item.message !== 'string') continue;
    const path = Array.isArray(item.path) ? item.path.join('.') : item.path;
    if (typeof path !== 'string') continue;
    fieldErrors.push({ field: fieldFromPath(path), message: item.message });
  }
  return { status, code, detail, fieldErrors };
}

export async function apiErrorFromResponse(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  return new ApiError(parseProblem(res.status, body));
}

export function networkError(cause: unknown): ApiError {
  return new ApiError({ status: 0, code: 'NETWORK_ERROR', detail: undefined, fieldErrors: [] }, { cause });
}
