import type { Db } from '@flowstage/db';
import { platformSecret } from '../../lib/secrets.ts';
import { SecretBox } from './secret-box.ts';

const cache = new WeakMap<Db, Promise<SecretBox>>();

/** The SecretBox keyed by the platform secret of this database (created on first use). */
export function webhookSecretBox(db: Db): Promise<SecretBox> {
  let box = cache.get(db);
  if (!box) {
    box = platformSecret(db, 'webhook-secrets').then((key) => new SecretBox(key));
    cache.set(db, box);
  }
  return box;
}
