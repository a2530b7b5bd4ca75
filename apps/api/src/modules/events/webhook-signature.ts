import { createHmac, timingSafeEqual } from 'node:crypto';

/** Deliveries older (or further in the future) than this are refused by verifiers: replay window. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

/** `v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>`, the Flowstage-Signature header. */
export function signWebhookPayload(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `v1=${mac}`;
}

export interface VerifyWebhookInput {
  readonly secret: string;
  /** The raw request body, exactly as received (before JSON parsing). */
  readonly body: string;
  /** Value of the Flowstage-Signature header (may hold several comma-separated `v1=` entries). */
  readonly signature: string | undefined;
  /** Value of the Flowstage-Timestamp header (Unix seconds). */
  readonly timestamp: string | undefined;
  /** Current time in Unix seconds; defaults to the system clock. */
  readonly now?: number;
  readonly toleranceSeconds?: number;
}

export type VerifyWebhookResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'missing_header' | 'stale_timestamp' | 'bad_signature' };

/**
 * For integrators: checks a Flow Stage webhook. Recompute the HMAC over the raw body, compare in
 * constant time, and refuse timestamps outside the replay window so a captured delivery cannot be
 * replayed later. Use the Flowstage-Delivery header to drop duplicates (delivery is at-least-once).
 */
export function verifyWebhookSignature(input: VerifyWebhookInput): VerifyWebhookResult {
  if (!input.signature || !input.timestamp || !/^\d{1,12}$/.test(input.timestamp)) {
    return { ok: false, reason: 'missing_header' };
  }
  const timestamp = Number(input.timestamp);
  const now = input.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (input.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS)) {
    return { ok: false, reason: 'stale_timestamp' };
  }
  const expected = Buffer.from(signWebhookPayload(input.secret, timestamp, input.body));
  const matches = input.signature
    .split(',')
    .map((part) => Buffer.from(part.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
  return matches ? { ok: true } : { ok: false, reason: 'bad_signature' };
}
