// Demo catalogue: one published profile per seeded organisation (a booker agency's roster for
// bookers), plus a fixed set of venues around Lyon that the booker journey searches for.
import {
  type ProfileDetails,
  type ProfileInput,
  profileCompletion,
  projectProfile,
} from '@flowstage/domain/catalogue';
import { asc } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client.ts';
import {
  type AccountType,
  availabilityRules,
  type Country,
  catalogueProfiles,
  organisations,
} from '../schema/index.ts';
import { seedAvailability } from './availability-seed.ts';
import { bulkInsertProfiles, withIndexesBuiltAfter } from './bulk-profiles.ts';
import { detailsFor, genresFor, languagesFor } from './catalogue-details.ts';
import { organisationName } from './names.ts';
import { createRandom } from './random.ts';
import { loadTowns, type Town } from './towns.ts';
import { ensureTowns } from './towns-table.ts';

type Kind = ProfileDetails['kind'];
type ProfileRow = typeof catalogueProfiles.$inferInsert;

const KIND_OF: Partial<Record<AccountType, Kind>> = {
  artist: 'artist',
  booker: 'artist',
  venue: 'venue',
  technician: 'technician',
  street_arts_company: 'street_arts_company',
  service_provider: 'service_provider',
  municipality: 'municipality',
  campsite: 'campsite',
  audiovisual_production: 'audiovisual_production',
};

interface Place {
  name: string;
  country: Country;
  latitude: number;
  longitude: number;
  departement?: string | undefined;
  region?: string | undefined;
}

/** Venues the booker journey looks for: 300–800 seats within 150 km of Lyon, and near misses. */
export const LYON_AREA_VENUES = [
  { name: 'Théâtre des Canuts', town: 'Lyon', seated: 620, standing: 900, closedSaturdays: false },
  { name: 'Salle des Brotteaux', town: 'Villeurbanne', seated: 780, standing: 1100, closedSaturdays: false },
  { name: 'La Passerelle du Rhône', town: 'Vienne', seated: 450, standing: 700, closedSaturdays: false },
  { name: "L'Usine à Sons", town: 'Saint-Étienne', seated: 380, standing: 650, closedSaturdays: false },
  { name: 'Le Grand Kiosque', town: 'Bourg-en-Bresse', seated: 520, standing: 800, closedSaturdays: false },
  { name: 'La Cartonnerie des Alpes', town: 'Grenoble', seated: 700, standing: 1200, closedSaturdays: false },
  { name: "L'Auditorium du Lac", town: 'Annecy', seated: 650, standing: 650, closedSaturdays: false },
  { name: 'Le Quai des Arts', town: 'Mâcon', seated: 350, standing: 500, closedSaturdays: true },
  { name: 'Le Petit Bouillon', town: 'Lyon', seated: 90, standing: 150, closedSaturdays: false },
  { name: 'La Vapeur du Nord', town: 'Dijon', seated: 500, standing: 800, closedSaturdays: false },
] as const;

function hashString(text: string) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

function profileRow(
  organisationId: string,
  name: string,
  place: Place,
  profile: ProfileDetails,
  seed: string,
  publishedAt: Date,
): ProfileRow {
  const random = createRandom(hashString(seed));
  const core = {
    name,
    description: `${name} — ${place.name}. Profil de démonstration Flow Stage : coordonnées réelles, chiffres plausibles, disponible pour les parcours de réservation.`,
    country: place.country,
    city: place.name,
    latitude: place.latitude,
    longitude: place.longitude,
    genres: profile.kind === 'artist' || profile.kind === 'venue' ? genresFor(random) : [],
    languages: languagesFor(random, place.country),
    mediaLinks: random.chance(0.6)
      ? [{ label: 'Site', url: `https://example.org/${hashString(seed).toString(36)}` }]
      : [],
  };
  const input: ProfileInput = { ...core, ...profile };
  const rated = random.chance(0.6);
  return {
    organisationId,
    ...core,
    kind: profile.kind,
    status: 'published',
    verification: random.chance(0.4) ? 'verified' : 'unverified',
    region: place.region ?? null,
    departement: place.departement ?? null,
    details: profile.details as unknown as Record<string, unknown>, // the same object, stored as JSON
    completion: profileCompletion(input).percent,
    ...projectProfile(input),
    ratingAvg: rated ? Math.round((3 + random.next() * 2) * 10) / 10 : null,
    ratingCount: rated ? random.int(1, 40) : 0,
    publishedAt,
  };
}

/** Z-order (Morton) key of a point: nearby points get nearby keys. */
function mortonKey(latitude: number, longitude: number): number {
  const y = Math.floor(((latitude + 90) / 180) * 0xffff);
  const x = Math.floor(((longitude + 180) / 360) * 0xffff);
  let key = 0;
  for (let bit = 15; bit >= 0; bit--) key = key * 4 + ((y >> bit) & 1) * 2 + ((x >> bit) & 1);
  return key;
}

/** From this many rows on, indexes are built once after the load rather than maintained per row. */
const BULK_LOAD_ROWS = 10_000;

/**
 * One JSON parameter per 5,000 rows (bulkInsertProfiles). Rows go in by kind and Z-order so that
 * profiles near each other share heap pages: a radius search then reads a few hundred pages
 * instead of one per candidate (what CLUSTER would do on a live table).
 */
async function insertBatches(db: Db, rows: ProfileRow[]) {
  const keyed = rows.map((row) => ({ row, key: mortonKey(row.latitude, row.longitude) }));
  keyed.sort((a, b) => a.row.kind.localeCompare(b.row.kind) || a.key - b.key);
  const insert = (tx: DbOrTx) =>
    bulkInsertProfiles(
      tx,
      keyed.map((k) => k.row),
    );
  if (rows.length < BULK_LOAD_ROWS) await insert(db);
  else await withIndexesBuiltAfter(db, 'catalogue_profiles', insert);
}

export async function seedCatalogue(db: Db, now: Date) {
  const towns = loadTowns(2000);
  const byName = new Map<string, Town>(towns.map((t) => [`${t.country}:${t.name}`, t]));
  const orgs = await db
    .select()
    .from(organisations)
    .orderBy(asc(organisations.accountType), asc(organisations.name), asc(organisations.city));
  const rows: ProfileRow[] = [];
  for (const org of orgs) {
    const kind = KIND_OF[org.accountType];
    if (!kind || org.latitude === null || org.longitude === null) continue;
    const town = byName.get(`${org.country}:${org.city}`);
    const place: Place = {
      ...town,
      name: org.city ?? '',
      country: org.country,
      latitude: org.latitude,
      longitude: org.longitude,
    };
    // A booker agency represents a small roster of artists; other organisations have one profile.
    const roster = createRandom(hashString(`roster|${org.name}`));
    const names =
      org.accountType === 'booker'
        ? [organisationName('artist', place.name, roster), organisationName('artist', place.name, roster)]
        : [org.name];
    for (const name of names) {
      const seed = `${org.accountType}|${name}|${org.city}`;
      rows.push(
        profileRow(
          org.id,
          name,
          place,
          detailsFor(kind, createRandom(hashString(seed)), place.name),
          seed,
          now,
        ),
      );
    }
  }
  await insertBatches(db, rows);
  const curated = await seedLyonVenues(db, byName, now);
  await ensureTowns(db);
  await seedAvailability(db, now, curated);
}

/** The Lyon-area venues of the demo stories; returns their profile ids. */
async function seedLyonVenues(db: Db, byName: Map<string, Town>, now: Date): Promise<string[]> {
  const ids: string[] = [];
  for (const venue of LYON_AREA_VENUES) {
    const town = byName.get(`FR:${venue.town}`);
    if (!town) throw new Error(`demo town ${venue.town} missing from the town list`);
    const [org] = await db
      .insert(organisations)
      .values({
        name: venue.name,
        accountType: 'venue',
        country: 'FR',
        city: town.name,
        inseeCode: town.inseeCode ?? null,
        latitude: town.latitude,
        longitude: town.longitude,
      })
      .returning({ id: organisations.id });
    const profile: ProfileDetails = {
      kind: 'venue',
      details: {
        venueType: 'concert_hall',
        capacitySeated: venue.seated,
        capacityStanding: venue.standing,
        budget: { minCents: 300_000, maxCents: 1_500_000, currency: 'EUR' },
        accessiblePmr: true,
      },
    };
    const [row] = await db
      .insert(catalogueProfiles)
      .values(
        profileRow(org!.id, venue.name, { ...town, name: town.name }, profile, `lyon|${venue.name}`, now),
      )
      .returning({ id: catalogueProfiles.id });
    ids.push(row!.id);
    if (venue.closedSaturdays) {
      await db
        .insert(availabilityRules)
        .values({ profileId: row!.id, weekdays: [6], reason: 'Relâche le samedi (répétitions)' });
    }
  }
  return ids;
}
