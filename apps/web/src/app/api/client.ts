// fetch wrapper: bearer token from memory, one silent refresh on 401, problem+json → ApiError.
import i18n from '../../i18n/index.ts';
import { sessionStore } from '../auth/session-store.ts';
import { apiErrorFromResponse, isSessionProblem, networkError } from './problem.ts';
import type { Session } from './types.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  /** Send the access token and refresh it on 401 (default true). */
  auth?: boolean;
  signal?: AbortSignal;
}

async function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers = new Headers({
    Accept: 'application/json, application/problem+json',
    'Accept-Language': i18n.language,
  });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    throw networkError(cause);
  }
}

let refreshInFlight: Promise<boolean> | null = null;

/**
 * Exchanges the refresh cookie for a new session. Single-flight: refresh tokens rotate and a
 * replayed one revokes the whole family, so concurrent 401s must share one refresh call.
 */
export function refreshSession(): Promise<boolean> {
  refreshInFlight ??= (async () => {
    try {
      const res = await send('/api/v1/auth/refresh', { method: 'POST', body: {} }, null);
      if (!res.ok) return false;
      // The API contract guarantees a Session body on 200.
      sessionStore.setSession((await res.json()) as Session);
      return true;
    } catch {
      return false;
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

async function request(path: string, options: RequestOptions): Promise<Response> {
  const auth = options.auth ?? true;
  const res = await send(path, options, auth ? sessionStore.getAccessToken() : null);
  if (res.ok) return res;
  const error = await apiErrorFromResponse(res);
  if (!auth || !isSessionProblem(error.status, error.code)) throw error;

  if (await refreshSession()) {
    const retried = await send(path, options, sessionStore.getAccessToken());
    if (retried.ok) return retried;
    const retryError = await apiErrorFromResponse(retried);
    if (!isSessionProblem(retryError.status, retryError.code)) throw retryError;
  }
  // Refused even after one refresh: the session is over, and the router sends the user to log in.
  sessionStore.clear('expired');
  throw error;
}

/** Request expecting a JSON body of type T (trusted from the API contract). */
export async function apiJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const res = await request(path, options);
  // The body shape is the API contract's; responses are not re-validated at runtime.
  return (await res.json()) as T;
}

/** Request whose body (204/202) is ignored. */
export async function apiVoid(path: string, options: RequestOptions = {}): Promise<void> {
  await request(path, options);
}
