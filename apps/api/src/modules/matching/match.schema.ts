import { EQUIPMENT } from '@flowstage/domain/matching';
import { z } from 'zod';

const day = z.iso.date().describe('Day, YYYY-MM-DD');
const currency = z.enum(['EUR', 'CHF']);
const cents = z.number().int().min(0).max(100_000_000_00);
const point = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  label: z.string().trim().max(120).optional(),
});
const audience = z.enum(['tout-public', 'famille', 'enfants', 'adolescents', 'adultes', 'seniors']);
const placeType = z.enum(['place-publique', 'parc', 'rue', 'salle']);
const performanceType = z.enum(['deambulation', 'fixe', 'interactif', 'atelier']);
const equipmentSlug = z.enum(EQUIPMENT.map((e) => e.slug) as [string, ...string[]]);

/** Either explicit days or an inclusive range (at most 62 days: one touring window). */
export const datesSchema = z
  .strictObject({
    dates: z.array(day).min(1).max(62).optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .describe('Candidate dates: `dates`, or `from`–`to` (inclusive, ≤ 62 days)');

export const filtersSchema = z
  .strictObject({
    countries: z
      .array(z.enum(['FR', 'BE', 'CH', 'LU']))
      .max(4)
      .optional(),
    maxDistanceKm: z.number().positive().max(2000).optional(),
    capacityAtLeast: z.number().int().min(0).optional(),
    capacityAtMost: z.number().int().min(0).optional(),
    priceAtLeastCents: cents.optional(),
    priceAtMostCents: cents.optional(),
    genres: z.array(z.string().max(60)).max(20).optional(),
    categories: z.array(z.string().max(60)).max(20).optional(),
    verifiedOnly: z.boolean().optional(),
    minScore: z.number().min(0).max(100).optional(),
  })
  .describe('Hard filters applied before ranking');

const common = {
  organisationId: z.uuid().describe('The organisation searching (the caller must be a member)'),
  limit: z.number().int().min(1).max(100).default(20),
  filters: filtersSchema.default({}),
  sort: z
    .string()
    .max(40)
    .default('score')
    .describe('score, distance, price, capacity, name, or a criterion of the context (e.g. budget)'),
  locale: z.enum(['fr', 'en', 'nl', 'de']).default('fr'),
  weightsVersion: z.string().max(60).optional().describe('A stored weights version; default: the latest'),
};

export const venuesForArtistBody = z.strictObject({
  kind: z.literal('venues-for-artist'),
  artistProfileId: z.uuid(),
  ...datesSchema.shape,
  ...common,
});
export const artistsForVenueBody = z.strictObject({
  kind: z.literal('artists-for-venue'),
  venueProfileId: z.uuid(),
  ...datesSchema.shape,
  ...common,
});
export const techniciansBody = z.strictObject({
  kind: z.literal('technicians'),
  role: z.enum(['foh', 'monitor', 'lighting', 'stage', 'rigger', 'video']),
  ...datesSchema.shape,
  venue: z.strictObject({
    venueProfileId: z.uuid().optional().describe('Your venue profile (for venue knowledge)'),
    location: point,
    equipment: z.array(equipmentSlug).max(40).default([]),
  }),
  riderRequirements: z.array(equipmentSlug).max(40).default([]),
  budget: z.strictObject({ maxDayRateCents: cents, currency }),
  radiusKm: z.number().positive().max(1000).optional(),
  ...common,
});
export const streetArtsBody = z.strictObject({
  kind: z.literal('street-arts'),
  event: z.strictObject({
    location: point,
    ...datesSchema.shape,
    placeType,
    expectedAudience: z.number().int().min(1).max(1_000_000),
    availablePowerKw: z.number().min(0).max(10_000),
    audiences: z.array(audience).max(6).default([]),
    pmrRequired: z.boolean().default(false),
    wantedTypes: z.array(performanceType).max(4).optional(),
  }),
  budget: z.strictObject({ minCents: cents, maxCents: cents, currency }),
  proximityRadiusKm: z.number().positive().max(1000).optional(),
  ...common,
});
export const campsiteBody = z.strictObject({
  kind: z.literal('campsite'),
  circuit: z
    .array(
      z.strictObject({
        siteId: z.string().min(1).max(100),
        location: point,
        date: day,
        placeType,
        expectedAudience: z.number().int().min(1).max(100_000),
        availablePowerKw: z.number().min(0).max(10_000),
      }),
    )
    .min(1)
    .max(31),
  budget: z.strictObject({ minCents: cents, maxCents: cents, currency }),
  audiences: z.array(audience).max(6).optional(),
  pmrRequired: z.boolean().optional(),
  ...common,
});

export const matchBody = z.discriminatedUnion('kind', [
  venuesForArtistBody,
  artistsForVenueBody,
  techniciansBody,
  streetArtsBody,
  campsiteBody,
]);
export type MatchBody = z.infer<typeof matchBody>;

export const lineSchema = z.object({
  criterion: z.string(),
  weight: z.number(),
  subScore: z.number(),
  points: z.number(),
  text: z.string(),
  explanation: z.object({ key: z.string(), params: z.record(z.string(), z.unknown()) }),
});
export const reasonSchema = z.object({
  code: z.string(),
  text: z.string(),
  explanation: z.object({ key: z.string(), params: z.record(z.string(), z.unknown()) }),
});

export const candidateSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  city: z.string().nullable(),
  country: z.string(),
  verified: z.boolean(),
  categories: z.array(z.string()),
  distanceMetres: z.number(),
  price: z.object({ minCents: z.number(), maxCents: z.number(), currency: z.string() }).nullable(),
  capacity: z.object({ min: z.number(), max: z.number() }).nullable(),
});

export const resultSchema = z.object({
  rank: z.number().int(),
  candidate: candidateSchema,
  score: z.number(),
  date: z.string().nullable(),
  lines: z.array(lineSchema),
});

export const weightsRefSchema = z.object({
  context: z.string(),
  version: z.string(),
  organisationId: z.uuid().nullable(),
  weights: z.record(z.string(), z.number()),
});

const noticesSchema = z
  .array(reasonSchema)
  .describe(
    'What holds for every candidate: the requested dates your own profile is unavailable (no candidate can be ranked on them).',
  );

export const searchResponse = z.object({
  kind: z.string(),
  weights: weightsRefSchema,
  dates: z.array(z.string()),
  notices: noticesSchema,
  results: z.array(resultSchema),
  stats: z.object({
    candidates: z.number(),
    scored: z.number(),
    tookMs: z.number(),
  }),
});

export const whyNotBody = z.strictObject({ request: matchBody, candidateProfileId: z.uuid() });
export const whyNotResponse = z.object({
  candidate: candidateSchema,
  weights: weightsRefSchema,
  verdict: z.enum(['excluded', 'eligible', 'filtered']),
  reasons: z.array(reasonSchema),
  score: z.number().nullable(),
  rank: z.number().int().nullable().describe('Rank among all eligible candidates, when eligible'),
  lines: z.array(lineSchema),
});

export const perDateBody = z.strictObject({
  ...venuesForArtistBody.shape,
  perDate: z.number().int().min(1).max(20).default(5),
});
export const perDateResponse = z.object({
  weights: weightsRefSchema,
  notices: noticesSchema,
  days: z.array(z.object({ date: z.string(), results: z.array(resultSchema) })),
});
