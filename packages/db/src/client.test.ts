import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './client.ts';

/** Embedded PGlite on disk, as `npm start` runs it: every extension's C code must answer correctly. */
describe('embedded PGlite extensions', () => {
  let dir: string;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    if (process.env.DATABASE_URL) return;
    dir = mkdtempSync(path.join(tmpdir(), 'fs-pglite-'));
    handle = await openDatabase({ dataDir: path.join(dir, 'pglite') });
  });
  afterAll(async () => {
    await handle?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(Boolean(process.env.DATABASE_URL))(
    'loads side modules on demand rather than all at once while starting',
    () => {
      const client = (handle.db as unknown as { $client: { mod: { noWasmDecoding?: boolean } } }).$client;
      expect(client.mod.noWasmDecoding).toBe(true);
    },
  );

  it.skipIf(Boolean(process.env.DATABASE_URL))('answers through every extension', async () => {
    const result = await handle.db.execute(sql`
      select similarity('lyon', 'lyons') as trigram,
        'marseile' % 'marseille' as typo_matches,
        fs_unaccent('Épône') as unaccented,
        round(earth_distance(ll_to_earth(45.764, 4.8357), ll_to_earth(48.8566, 2.3522)) / 1000) as lyon_paris_km,
        'ABC'::citext = 'abc'::citext as citext_equal,
        length(digest('flow stage', 'sha256')) as sha256_bytes,
        cube_dim(cube(array[1, 2, 3])) as cube_dims`);
    const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0];
    expect(row).toEqual({
      trigram: expect.closeTo(0.571, 2),
      typo_matches: true,
      unaccented: 'Epone',
      lyon_paris_km: 392,
      citext_equal: true,
      sha256_bytes: 32,
      cube_dims: 3,
    });
    // The statement after an extension call still runs (a swallowed trap left the next one spinning).
    const after = await handle.db.execute(sql`select 1 as one`);
    expect((after as unknown as { rows: unknown[] }).rows).toEqual([{ one: 1 }]);
  });
});
