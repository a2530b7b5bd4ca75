import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../client.ts';
import { seedDemo, seedIfEmpty } from './index.ts';

/** npm run seed [-- --scale N] [--force]: seeds the database named by DATABASE_URL, or ./data's PGlite. */
async function main() {
  const { values } = parseArgs({
    options: { scale: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const scale = values.scale === undefined ? undefined : Number(values.scale);
  if (scale !== undefined && (!Number.isInteger(scale) || scale < 1 || scale > 1_000_000)) {
    throw new Error(`--scale must be a whole number between 1 and 1000000, got "${values.scale}"`);
  }
  const database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: path.join(process.env.DATA_DIR ?? './data', 'pglite'),
  });
  console.info(`seeding ${database.description}${scale ? ` at scale ${scale}` : ''}`);
  const started = Date.now();
  try {
    if (values.force) await seedDemo(database.db, { scale });
    else {
      const report = await seedIfEmpty(database.db, { scale });
      if (!report.seeded)
        console.info('database already has users: nothing seeded (use --force to add more)');
    }
  } finally {
    await database.close();
  }
  console.info(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
