import { hash, verify } from '@node-rs/argon2';

// How passwords are stored, shared by sign-up and the demo seed. @node-rs/argon2 defaults to argon2id;
// OWASP's baseline cost (19 MiB, 2 passes, 1 lane) takes ~20 ms here.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}
