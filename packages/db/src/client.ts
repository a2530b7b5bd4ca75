import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The one database type modules receive: identical API whether PGlite or node-postgres is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: repositories accept both so use-cases decide the boundary. */
export type DbOrTx = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Db;
  readonly kind: DatabaseKind;
  /** Human description for the start-up log, without credentials. */
  readonly description: string;
  close(): Promise<void>;
}

// Found through the package, not relative to this file: the API's production bundle holds this
// module in apps/api/dist/main.js.
const migrationsFolder = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@flowstage/db/package.json')),
  'drizzle',
);

/**
 * PGlite 0.5 instantiates every extension's WebAssembly side module concurrently while it starts; the
 * concurrent loads can be given overlapping function-table slots, so a later call through a function
 * pointer of pg_trgm (or any other extension) traps. PGlite swallows that trap: the query silently
 * returns no rows and leaves buffers pinned, and the next query spins forever (seen on about one start
 * in three). With wasm decoding off, the side modules are only written to the virtual file system and
 * Postgres loads each one synchronously on first use, one at a time.
 */
const loadSideModulesOnDemand = {
  name: 'load-side-modules-on-demand',
  setup: async (_pg: unknown, emscriptenOpts: Record<string, unknown>) => ({
    emscriptenOpts: { ...emscriptenOpts, noWasmDecoding: true },
  }),
};

const pgliteExtensions = {
  btree_gist,
  citext,
  cube,
  earthdistance,
  pg_trgm,
  pgcrypto,
  unaccent,
  loadSideModulesOnDemand,
};

export interface OpenDatabaseOptions {
  /** postgres://… connection string; when absent the embedded PGlite is used. */
  readonly databaseUrl?: string | undefined;
  /** Folder for PGlite files; `memory://` keeps everything in memory (tests). */
  readonly dataDir?: string;
  readonly poolSize?: number;
  readonly migrate?: boolean;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const handle = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : await openPglite(options.dataDir ?? './data/pglite');
  if (options.migrate !== false) await handle.migrate();
  return handle;
}

async function openPglite(dataDir: string) {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: pgliteExtensions });
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db, // PgliteDatabase is a PgDatabase with a driver-specific result type
    kind: 'pglite' as const,
    description: `embedded PGlite (${dataDir.startsWith('memory://') ? 'in memory' : path.resolve(dataDir)})`,
    migrate: async () => {
      await migratePglite(db, { migrationsFolder });
    },
    close: () => client.close(),
  };
}

function openPostgres(databaseUrl: string, poolSize: number) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle connection closed by the server (restart, failover, dropped test database) must not crash
  // the process: the pool discards it and opens a new one on the next query.
  pool.on('error', (error) => {
    console.warn(`[db] idle connection lost: ${error.message}`);
  });
  const url = new URL(databaseUrl);
  return {
    db: drizzlePg(pool, { schema }) as unknown as Db, // same reason as above
    kind: 'postgres' as const,
    description: `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`,
    migrate: async () => {
      // Several API processes may start together: an advisory lock makes the migration run once.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(727274)');
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock(727274)').catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
