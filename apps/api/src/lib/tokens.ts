import { createHash, randomBytes } from 'node:crypto';

/** An unguessable opaque token (256 bits) for refresh, reset and invitation links. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Opaque tokens are stored only as their SHA-256, so a database leak reveals no usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
