import { randomBytes } from 'node:crypto';
import { type Db, platformSecrets } from '@flowstage/db';
import { eq } from 'drizzle-orm';

/**
 * Returns a named platform secret, creating it on first use. It lives in the database so that every
 * API process behind a load balancer signs and verifies tokens with the same key without extra set-up.
 */
export async function platformSecret(db: Db, name: string): Promise<string> {
  await db
    .insert(platformSecrets)
    .values({ name, value: randomBytes(48).toString('base64url') })
    .onConflictDoNothing();
  const row = await db.query.platformSecrets.findFirst({ where: eq(platformSecrets.name, name) });
  if (!row) throw new Error(`platform secret ${name} could not be created`);
  return row.value;
}
