/**
 * Catalogue import benchmark (issue #4, NFR-010: a 10 MB upload accepted and processed in < 10 s).
 * A fresh PostgreSQL database, the real API (its production bundle) in a child process, and three
 * 10 MB files of realistic venue profiles (towns of bench/data/towns.json, taxonomy genres,
 * descriptions, technical specs and past programming as JSON cells): CSV (`;`, French decimals),
 * then the JSON and XML export of the imported profiles (the import format), each trimmed to 10 MB.
 * For each: the dry run (parse + validate) and the all-or-nothing commit, timed from the client
 * (upload over HTTP included). Baseline, same run: the same records created one by one through
 * POST /catalogue/profiles (what a client without the import would do), on a sample, as records/s.
 * Writes bench-results/import.json.
 * Usage: npm run bench:import [-- --megabytes=10]
 * PostgreSQL server: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase } from '@flowstage/db/testing';
import { genreTree, VENUE_TYPES } from '@flowstage/domain/catalogue';
import { mulberry32 } from '@flowstage/domain/touring';
import { stringify } from 'csv-stringify/sync';
import { startApi } from './api-process.ts';

const root = join(import.meta.dirname, '..');
const arg = (name: string, fallback: number): number => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const megabytes = arg('megabytes', 10);
const targetBytes = megabytes * 1024 * 1024;
const TARGET_SECONDS = 10;
const NAIVE_SAMPLE = 200;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Town {
  name: string;
  country: string;
  lat: number;
  lon: number;
}
const towns: Town[] = JSON.parse(readFileSync(join(root, 'bench', 'data', 'towns.json'), 'utf8')).towns;
const genres = genreTree().flatMap((g) => [g.slug, ...g.children.map((c) => c.slug)]);

const COLUMNS = [
  'name',
  'description',
  'country',
  'city',
  'latitude',
  'longitude',
  'genres',
  'languages',
  'details.venueType',
  'details.capacityStanding',
  'details.capacitySeated',
  'details.budget.minCents',
  'details.budget.maxCents',
  'details.budget.currency',
  'details.licence.category',
  'details.licence.number',
  'details.accessiblePmr',
  'details.technicalSpecs',
  'details.pastProgramming',
];

/** One venue as a CSV record (French decimals, lists joined with |, JSON cells). */
function venueRecord(i: number, rnd: () => number): string[] {
  const town = towns[Math.floor(rnd() * towns.length)]!;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const standing = 100 + Math.floor(rnd() * 40) * 50;
  const budgetMin = (5 + Math.floor(rnd() * 60)) * 10_000;
  const venueGenres = [...new Set([pick(genres), pick(genres), pick(genres)])];
  const specs = {
    stageWidthM: 6 + Math.floor(rnd() * 10),
    stageDepthM: 4 + Math.floor(rnd() * 8),
    powerKw: 30 + Math.floor(rnd() * 90),
    desks: [pick(['Yamaha CL5', 'DiGiCo SD9', 'Avid S6L', 'Allen & Heath dLive'])],
    pa: [pick(['L-Acoustics Kara', 'd&b V-Series', 'Meyer Leopard', 'Nexo Geo M10'])],
    lighting: [pick(['grandMA3 light', 'Chamsys MQ80', 'Avolites Quartz'])],
    notes: 'Accès décor par le quai de chargement, loges au premier étage, parking bus sur réservation.',
  };
  const past = Array.from({ length: 3 }, (_, k) => ({
    date: `2025-${String(1 + ((i + k) % 12)).padStart(2, '0')}-${String(1 + ((i * 7 + k) % 28)).padStart(2, '0')}`,
    artistName: `Artiste ${(i * 31 + k) % 5000}`,
    genres: [pick(venueGenres)],
    attendance: Math.floor(standing * (0.5 + rnd() / 2)),
  }));
  return [
    `${pick(['Le Cargo', 'La Forge', 'Le Hangar', 'La Cave', "L'Usine", 'Le Kiosque'])} ${town.name} ${i}`,
    `Salle de ${standing} places à ${town.name}, programmation ${venueGenres.join(', ')} toute l’année : ` +
      'concerts, résidences de création, actions culturelles avec les écoles du quartier, bar associatif. '.repeat(
        2,
      ),
    town.country,
    town.name,
    town.lat.toFixed(4).replace('.', ','),
    town.lon.toFixed(4).replace('.', ','),
    venueGenres.join('|'),
    rnd() < 0.4 ? 'fr|en' : 'fr',
    pick(VENUE_TYPES),
    String(standing),
    rnd() < 0.5 ? String(Math.floor(standing * 0.6)) : '',
    String(budgetMin),
    String(budgetMin * (2 + Math.floor(rnd() * 4))),
    town.country === 'CH' ? 'CHF' : 'EUR',
    '1',
    `PLATESV-D-2024-${String(i).padStart(6, '0')}`,
    rnd() < 0.7 ? 'true' : 'false',
    JSON.stringify(specs),
    JSON.stringify(past),
  ];
}

function csvFile(bytes: number): { body: string; records: number } {
  const rnd = mulberry32(7).next; // deterministic: two runs import the same files
  const parts = [stringify([COLUMNS], { delimiter: ';' })];
  let size = parts[0]!.length;
  let records = 0;
  for (;;) {
    const line = stringify([venueRecord(records, rnd)], { delimiter: ';' });
    if (size + Buffer.byteLength(line) > bytes) break;
    parts.push(line);
    size += Buffer.byteLength(line);
    records++;
  }
  return { body: parts.join(''), records };
}

/** The first records of a JSON array that fit in `bytes`. */
function trimJson(body: string, bytes: number): { body: string; records: number } {
  const items = JSON.parse(body) as unknown[];
  const kept: string[] = [];
  let size = 2;
  for (const item of items) {
    const text = JSON.stringify(item);
    if (size + Buffer.byteLength(text) + 1 > bytes) break;
    kept.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  return { body: `[${kept.join(',')}]`, records: kept.length };
}

/** The first <profile> elements of an export that fit in `bytes`. */
function trimXml(body: string, bytes: number): { body: string; records: number } {
  const open = body.indexOf('<profile>');
  const head = body.slice(0, open);
  const tail = body.slice(body.lastIndexOf('</profile>') + '</profile>'.length);
  const profiles = body.slice(open, body.length - tail.length).split('</profile>');
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  const kept: string[] = [];
  for (const p of profiles) {
    if (!p.includes('<profile>')) continue;
    const text = `${p}</profile>`;
    if (size + Buffer.byteLength(text) > bytes) break;
    kept.push(text);
    size += Buffer.byteLength(text);
  }
  return { body: head + kept.join('') + tail, records: kept.length };
}

async function main() {
  // a fresh, migrated database on the server, dropped again by close()
  const database = await createTestDatabase(serverUrl);
  const port = 39_000 + (process.pid % 1000);
  const child = await startApi(database.url!, port, randomBytes(32).toString('hex'));
  const base = `http://127.0.0.1:${port}/api/v1`;
  try {
    const signup = await fetch(`${base}/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `bench-import-${process.pid}@bench.flowstage.app`,
        password: 'Tr0mbone!Jazz-bench',
        displayName: 'Bench',
        accountType: 'venue',
        organisationName: 'Réseau de salles',
        country: 'FR',
      }),
    });
    const { accessToken, organisations } = (await signup.json()) as {
      accessToken: string;
      organisations: { id: string }[];
    };
    const orgId = organisations[0]!.id;
    const auth = { authorization: `Bearer ${accessToken}` };

    const upload = async (body: string, type: string, query: string) => {
      const started = performance.now();
      const response = await fetch(`${base}/catalogue/organisations/${orgId}/imports/venue?${query}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': type },
        body,
      });
      const seconds = (performance.now() - started) / 1000;
      const report = (await response.json()) as { valid?: number; imported?: number; errors?: unknown[] };
      if (response.status >= 300 || (report.errors?.length ?? 0) > 0)
        throw new Error(`import failed: HTTP ${response.status} ${JSON.stringify(report).slice(0, 500)}`);
      return {
        seconds: Math.round(seconds * 100) / 100,
        valid: report.valid ?? 0,
        imported: report.imported ?? 0,
      };
    };
    const measure = async (format: string, file: { body: string; records: number }, type: string) => {
      const dryRun = await upload(file.body, type, 'dryRun=true');
      const commit = await upload(file.body, type, 'publish=true');
      const row = {
        format,
        megabytes: Math.round((Buffer.byteLength(file.body) / 2 ** 20) * 100) / 100,
        records: file.records,
        dryRunSeconds: dryRun.seconds,
        commitSeconds: commit.seconds,
        imported: commit.imported,
        recordsPerSecond: Math.round(file.records / commit.seconds),
        targetSeconds: TARGET_SECONDS,
      };
      console.info(row);
      return row;
    };

    const csv = csvFile(targetBytes);
    console.info(`CSV: ${csv.records} venues, ${(Buffer.byteLength(csv.body) / 2 ** 20).toFixed(2)} MB`);
    const results = [await measure('csv', csv, 'text/csv')];
    // The same venues in the other formats: the export writes the import format.
    const exported = async (format: 'json' | 'xml') => {
      const r = await fetch(`${base}/catalogue/search/venues/export?format=${format}`, {
        headers: auth,
      });
      if (!r.ok) throw new Error(`export ${format}: HTTP ${r.status}`);
      return r.text();
    };
    results.push(await measure('json', trimJson(await exported('json'), targetBytes), 'application/json'));
    results.push(await measure('xml', trimXml(await exported('xml'), targetBytes), 'application/xml'));

    // Baseline: the same kind of records created one by one through the profile API.
    const rnd = mulberry32(11).next;
    const started = performance.now();
    for (let i = 0; i < NAIVE_SAMPLE; i++) {
      const cells = venueRecord(i, rnd);
      const get = (column: string) => cells[COLUMNS.indexOf(column)]!;
      const number = (column: string) => Number(get(column).replace(',', '.'));
      const response = await fetch(`${base}/catalogue/profiles`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          organisationId: orgId,
          kind: 'venue',
          name: get('name'),
          description: get('description'),
          country: get('country'),
          city: get('city'),
          latitude: number('latitude'),
          longitude: number('longitude'),
          genres: get('genres').split('|'),
          languages: get('languages').split('|'),
          details: {
            venueType: get('details.venueType'),
            capacityStanding: number('details.capacityStanding'),
            budget: {
              minCents: number('details.budget.minCents'),
              maxCents: number('details.budget.maxCents'),
              currency: get('details.budget.currency'),
            },
            technicalSpecs: JSON.parse(get('details.technicalSpecs')),
            pastProgramming: JSON.parse(get('details.pastProgramming')),
          },
        }),
      });
      if (response.status !== 201)
        throw new Error(`create failed: HTTP ${response.status} ${await response.text()}`);
    }
    const naivePerSecond = NAIVE_SAMPLE / ((performance.now() - started) / 1000);
    const naive = {
      sample: NAIVE_SAMPLE,
      recordsPerSecond: Math.round(naivePerSecond),
      extrapolatedSecondsForTheCsv: Math.round((csv.records / naivePerSecond) * 10) / 10,
    };
    console.info('baseline, one POST /catalogue/profiles per record:', naive);
    const summary = {
      allWithinTarget: results.every((r) => r.commitSeconds + r.dryRunSeconds <= TARGET_SECONDS),
      slowestCommitSeconds: Math.max(...results.map((r) => r.commitSeconds)),
      speedupVsOneByOne: Math.round((results[0]!.recordsPerSecond / naivePerSecond) * 10) / 10,
    };
    console.info(summary);
    mkdirSync(join(root, 'bench-results'), { recursive: true });
    writeFileSync(
      join(root, 'bench-results', 'import.json'),
      `${JSON.stringify({ generatedAt: new Date().toISOString(), results, naive, summary }, null, 2)}\n`,
    );
    console.info('wrote bench-results/import.json');
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await database.close();
  }
}

await main();
