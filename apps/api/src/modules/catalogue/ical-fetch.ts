import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AppError } from '../../errors.ts';

export const ICAL_MAX_BYTES = 2 * 1024 * 1024;
const TIMEOUT_MS = 10_000;

function privateAddress(ip: string): boolean {
  if (ip === '::1' || ip.startsWith('fc') || ip.startsWith('fd') || ip.startsWith('fe80')) return true;
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  const [a, b] = v4.split('.').map(Number);
  if (a === undefined || b === undefined || isIP(v4) !== 4) return false;
  return (
    a === 10 ||
    a === 127 ||
    a === 0 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

const refuse = (detail: string, cause?: unknown) =>
  new AppError('VALIDATION_FAILED', `ical fetch: ${detail}`, {
    detail,
    errors: [{ path: 'url', message: detail }],
    cause,
  });

/**
 * Fetches an external calendar with a timeout and a size cap, refusing addresses of the internal
 * network (server-side request forgery) unless explicitly allowed (tests use a local server).
 */
export async function fetchIcal(url: string, options: { allowPrivateHosts: boolean }): Promise<string> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw refuse('Only http and https calendar URLs are accepted.');
  if (!options.allowPrivateHosts) {
    const host = parsed.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true }).catch(() => []);
    if (addresses.length === 0) throw refuse('The calendar host cannot be resolved.');
    if (addresses.some((a) => privateAddress(a.address)))
      throw refuse('This calendar address is not reachable from Flow Stage.');
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' });
  } catch (error) {
    throw refuse('The calendar URL could not be fetched (unreachable or too slow).', error);
  }
  if (!response.ok || !response.body) throw refuse(`The calendar URL answered HTTP ${response.status}.`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > ICAL_MAX_BYTES) throw refuse('The calendar is larger than 2 MB.');
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read().catch((error: unknown) => {
      throw refuse('The calendar download was interrupted.', error);
    });
    if (done) break;
    size += value.byteLength;
    if (size > ICAL_MAX_BYTES) {
      await reader.cancel();
      throw refuse('The calendar is larger than 2 MB.');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
