import { count } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { hashPassword } from '../credentials.ts';
import { ACCOUNT_TYPES, type AccountType, memberships, organisations, users } from '../schema/index.ts';
import { bulkInsertOrganisations } from './bulk-profiles.ts';
import { seedCatalogue } from './catalogue.ts';
import { seedDemoTour } from './demo-tour.ts';
import { organisationName, personName } from './names.ts';
import { createRandom, type Random } from './random.ts';
import { loadTowns, type Town } from './towns.ts';

export const DEMO_PASSWORD = 'FlowStage!2026';

export interface DemoAccount {
  readonly email: string;
  readonly accountType: AccountType;
  readonly organisation: string;
}

/** One demo login per account type, each in a real town where that trade is typical. */
const DEMO_HOME: Record<AccountType, string> = {
  artist: 'Nantes',
  booker: 'Lyon',
  venue: 'Villeurbanne',
  technician: 'Grenoble',
  street_arts_company: 'Aurillac',
  service_provider: 'Lille',
  municipality: 'Chalon-sur-Saône',
  campsite: 'Arcachon',
  audiovisual_production: 'Bruxelles',
  legal_validator: 'Paris',
  admin: 'Paris',
};

export const demoEmail = (type: AccountType) => `${type.replaceAll('_', '-')}@demo.flowstage.app`;

export function demoAccounts(): DemoAccount[] {
  return ACCOUNT_TYPES.map((accountType) => ({
    email: demoEmail(accountType),
    accountType,
    organisation: demoOrganisationName(accountType),
  }));
}

function demoOrganisationName(type: AccountType) {
  return organisationName(type, DEMO_HOME[type], createRandom(hashString(type)));
}

function hashString(text: string) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

function findTown(towns: readonly Town[], name: string): Town {
  const town = towns.find((t) => t.name === name);
  if (!town) throw new Error(`demo town ${name} missing from the town list`);
  return town;
}

function townColumns(town: Town) {
  return {
    city: town.name,
    country: town.country,
    inseeCode: town.inseeCode ?? null,
    latitude: town.latitude,
    longitude: town.longitude,
  };
}

/** Organisations without logins spread over real towns, in batches (100,000 rows must stay fast). */
export async function seedOrganisations(
  db: Db,
  random: Random,
  perType: Partial<Record<AccountType, number>>,
) {
  const towns = loadTowns(2000);
  const big = towns.filter((t) => t.population >= 20_000);
  for (const [type, n] of Object.entries(perType) as [AccountType, number][]) {
    const rows = Array.from({ length: n }, () => {
      // Venues cluster in larger towns, as in reality; other trades spread more widely.
      const town = random.pick(type === 'venue' && random.chance(0.7) ? big : towns);
      return { name: organisationName(type, town.name, random), accountType: type, ...townColumns(town) };
    });
    // One JSON parameter per 5,000 rows: 100,000 organisations in seconds rather than minutes.
    await bulkInsertOrganisations(db, rows);
  }
}

export interface SeedReport {
  readonly seeded: boolean;
  readonly accounts: DemoAccount[];
}

/** Seeds the demo world when the database has no user yet; safe to call on every start. */
export async function seedIfEmpty(db: Db, options: { scale?: number } = {}): Promise<SeedReport> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return { seeded: false, accounts: demoAccounts() };
  await seedDemo(db, options);
  return { seeded: true, accounts: demoAccounts() };
}

export async function seedDemo(db: Db, options: { scale?: number } = {}) {
  const random = createRandom(20260901);
  const towns = loadTowns(2000);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const accountType of ACCOUNT_TYPES) {
      const town = findTown(towns, DEMO_HOME[accountType]);
      const [org] = await tx
        .insert(organisations)
        .values({ name: demoOrganisationName(accountType), accountType, ...townColumns(town) })
        .returning({ id: organisations.id });
      const [user] = await tx
        .insert(users)
        .values({
          email: demoEmail(accountType),
          passwordHash,
          displayName: personName(random),
          locale: 'fr',
          isPlatformAdmin: accountType === 'admin',
        })
        .returning({ id: users.id });
      await tx.insert(memberships).values({ organisationId: org!.id, userId: user!.id, role: 'owner' });
    }
  });
  const scale = options.scale ?? 200;
  await seedOrganisations(db, random, {
    venue: scale,
    artist: scale,
    technician: Math.ceil(scale / 4),
    street_arts_company: Math.ceil(scale / 4),
    service_provider: Math.ceil(scale / 4),
    municipality: Math.ceil(scale / 4),
    campsite: Math.ceil(scale / 8),
    booker: Math.ceil(scale / 10),
  });
  const now = new Date();
  await seedCatalogue(db, now);
  await seedDemoTour(db, demoEmail('booker'), now);
}

export { bulkInsertProfiles, type ProfileInsert } from './bulk-profiles.ts';
export { ensureTowns, townRows } from './towns-table.ts';
