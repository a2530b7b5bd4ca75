import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from './client.ts';

/**
 * An isolated, migrated database for one test file: a fresh in-memory PGlite by default, or a
 * brand-new database on the server named by DATABASE_URL (dropped again on close).
 */
export interface TestDatabase extends DatabaseHandle {
  /** Connection string of the fresh server database (absent for PGlite). */
  readonly url?: string;
}

export async function createTestDatabase(databaseUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  if (!databaseUrl) return openDatabase({ dataDir: 'memory://' });
  const name = `fs_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(databaseUrl, (admin) => admin.query(`create database ${name}`));
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await withAdminClient(databaseUrl, (admin) =>
        admin.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}

async function withAdminClient<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
