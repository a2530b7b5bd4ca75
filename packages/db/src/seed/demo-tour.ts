import { haversineMetres } from '@flowstage/domain/geo';
import type { Stop, TourProblem } from '@flowstage/domain/touring';
import { and, asc, between, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { catalogueProfiles, memberships, organisations, tours, users } from '../schema/index.ts';

const DAY_MS = 86_400_000;
const LYON = { lat: 45.764, lon: 4.8357, country: 'FR' as const };
/** A regional tour: venues a van reaches from Lyon in a day, not the one next door. */
const NEAREST_METRES = 25_000;
const FARTHEST_METRES = 320_000;
/** A box a little wider than the reach circle (a degree of latitude is 111 km: 100 km leaves a margin). */
const REACH_DEGREES_LAT = FARTHEST_METRES / 100_000;
const REACH_DEGREES_LON = REACH_DEGREES_LAT / Math.cos((LYON.lat * Math.PI) / 180);
const CANDIDATES = 14;
const SHOWS = 8;

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * A draft tour for the demo booker (Lyon): five weeks starting six weeks from now, fourteen
 * candidate venues of the catalogue around Lyon, eight shows wanted. Opening it and pressing
 * "optimise" shows the planner at work on real catalogue data; the optimiser reads the venues'
 * calendars itself. Nothing is seeded when the catalogue has too few venues in reach.
 */
export async function seedDemoTour(db: Db, bookerEmail: string, now: Date): Promise<string | null> {
  const [booker] = await db
    .select({ userId: users.id, organisationId: memberships.organisationId })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(users.email, bookerEmail), eq(organisations.accountType, 'booker')));
  if (!booker) return null;
  const venues = await db
    .select({
      id: catalogueProfiles.id,
      name: catalogueProfiles.name,
      city: catalogueProfiles.city,
      country: catalogueProfiles.country,
      latitude: catalogueProfiles.latitude,
      longitude: catalogueProfiles.longitude,
      capacityMin: catalogueProfiles.capacityMin,
      capacityMax: catalogueProfiles.capacityMax,
    })
    .from(catalogueProfiles)
    .where(
      and(
        eq(catalogueProfiles.kind, 'venue'),
        eq(catalogueProfiles.status, 'published'),
        // The box around the reach circle: at benchmark scale the catalogue has 100,000 venues.
        between(catalogueProfiles.latitude, LYON.lat - REACH_DEGREES_LAT, LYON.lat + REACH_DEGREES_LAT),
        between(catalogueProfiles.longitude, LYON.lon - REACH_DEGREES_LON, LYON.lon + REACH_DEGREES_LON),
      ),
    )
    .orderBy(asc(catalogueProfiles.id));
  const inReach = venues
    .map((v) => ({ ...v, metres: haversineMetres(LYON, { lat: v.latitude, lon: v.longitude }) }))
    .filter((v) => v.metres >= NEAREST_METRES && v.metres <= FARTHEST_METRES)
    .sort((a, b) => a.metres - b.metres);
  // Spread the picks over the whole distance range rather than the fourteen nearest.
  const step = Math.max(1, inReach.length / CANDIDATES);
  const picked = Array.from(
    { length: Math.min(CANDIDATES, inReach.length) },
    (_, i) => inReach[Math.floor(i * step)]!,
  );
  if (picked.length < 4) return null;
  const from = day(now.getTime() + 42 * DAY_MS);
  const to = day(now.getTime() + 76 * DAY_MS);
  const stops: Stop[] = picked.map((v) => ({
    id: v.id,
    name: v.city ? `${v.name} (${v.city})` : v.name,
    location: { lat: v.latitude, lon: v.longitude, country: v.country },
    capacity: v.capacityMax ?? v.capacityMin ?? 300,
    windows: [{ kind: 'days', from, to }],
  }));
  const problem: TourProblem = {
    currency: 'EUR',
    start: { location: LYON },
    dateRange: { from, to },
    showsWanted: Math.min(SHOWS, Math.floor(picked.length * 0.6)),
    party: { size: 5, vehicle: 'van' },
    stops,
  };
  const [tour] = await db
    .insert(tours)
    .values({
      organisationId: booker.organisationId,
      name: 'Tournée démo au départ de Lyon',
      problem: problem as unknown as Record<string, unknown>, // stored as the solver's JSON input
      stopDetails: Object.fromEntries(
        picked.map((v) => [v.id, { catalogueProfileId: v.id, ...(v.city ? { city: v.city } : {}) }]),
      ),
      createdBy: booker.userId,
    })
    .returning({ id: tours.id });
  return tour?.id ?? null;
}
