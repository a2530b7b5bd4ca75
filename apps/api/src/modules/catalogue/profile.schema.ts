import { PROFILE_KINDS } from '@flowstage/domain/catalogue';
import { z } from 'zod';
import {
  artistDetails,
  audiovisualDetails,
  campsiteDetails,
  municipalityDetails,
  serviceProviderDetails,
  streetArtsDetails,
  technicianDetails,
  venueDetails,
} from './details.schema.ts';

export const kindSchema = z.enum(PROFILE_KINDS).describe('Profile kind');
export const countrySchema = z.enum(['FR', 'BE', 'CH', 'LU']);

const common = {
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(8000).nullable().optional(),
  country: countrySchema,
  region: z.string().trim().max(80).nullable().optional().describe('Région / province / canton code or name'),
  departement: z.string().trim().max(10).nullable().optional().describe('French département code (e.g. 69)'),
  city: z.string().trim().max(120).nullable().optional(),
  postcode: z.string().trim().max(12).nullable().optional(),
  latitude: z.number().describe('WGS 84 latitude of the home base or venue, −90..90'),
  longitude: z.number().describe('WGS 84 longitude, −180..180'),
  genres: z.array(z.string().max(60)).max(20).default([]).describe('Genre slugs of GET /catalogue/genres'),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code'))
    .max(20)
    .default([])
    .describe('Languages spoken or performed in'),
  mediaLinks: z
    .array(z.strictObject({ label: z.string().trim().min(1).max(80), url: z.url().max(500) }))
    .max(30)
    .default([])
    .describe('Videos, audio, press kit, portfolio'),
};

function variants<E extends z.ZodRawShape>(extra: E) {
  return [
    z.strictObject({ ...extra, ...common, kind: z.literal('artist'), details: artistDetails }),
    z.strictObject({ ...extra, ...common, kind: z.literal('venue'), details: venueDetails }),
    z.strictObject({
      ...extra,
      ...common,
      kind: z.literal('street_arts_company'),
      details: streetArtsDetails,
    }),
    z.strictObject({ ...extra, ...common, kind: z.literal('technician'), details: technicianDetails }),
    z.strictObject({
      ...extra,
      ...common,
      kind: z.literal('service_provider'),
      details: serviceProviderDetails,
    }),
    z.strictObject({ ...extra, ...common, kind: z.literal('municipality'), details: municipalityDetails }),
    z.strictObject({ ...extra, ...common, kind: z.literal('campsite'), details: campsiteDetails }),
    z.strictObject({
      ...extra,
      ...common,
      kind: z.literal('audiovisual_production'),
      details: audiovisualDetails,
    }),
  ] as const;
}

/** The whole editable document of a profile, discriminated by kind. */
export const profileDocument = z
  .discriminatedUnion('kind', variants({}))
  .describe('Profile document: common fields, kind and the details of that kind');
export type ProfileDocument = z.output<typeof profileDocument>;

export const createProfileBody = z
  .discriminatedUnion(
    'kind',
    variants({ organisationId: z.uuid().describe('Organisation that will own the profile') }),
  )
  .describe('A new profile (created as a draft) for an organisation I manage');

/** PATCH: any common field; `details`, when given, replaces the details as a whole. */
export const updateProfileBody = z.strictObject({
  name: common.name.optional(),
  description: common.description,
  country: countrySchema.optional(),
  region: common.region,
  departement: common.departement,
  city: common.city,
  postcode: common.postcode,
  latitude: common.latitude.optional(),
  longitude: common.longitude.optional(),
  genres: z.array(z.string().max(60)).max(20).optional(),
  languages: z.array(z.string()).max(20).optional(),
  mediaLinks: z.array(z.unknown()).max(30).optional(),
  details: z.record(z.string(), z.unknown()).optional().describe('Complete details of the profile kind'),
});

export const profileParams = z.strictObject({ profileId: z.uuid() });
export const orgParams = z.strictObject({ orgId: z.uuid() });

export const profileSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    kind: kindSchema,
    status: z.enum(['draft', 'published']).describe('Only published profiles appear in search'),
    verification: z.enum(['unverified', 'pending', 'verified', 'rejected']),
    name: z.string(),
    description: z.string().nullable(),
    country: countrySchema,
    region: z.string().nullable(),
    departement: z.string().nullable(),
    city: z.string().nullable(),
    postcode: z.string().nullable(),
    latitude: z.number(),
    longitude: z.number(),
    genres: z.array(z.string()),
    languages: z.array(z.string()),
    mediaLinks: z.array(z.object({ label: z.string(), url: z.string() })),
    details: z
      .record(z.string(), z.unknown())
      .describe('Kind-specific details (see the create schema of the kind)'),
    completion: z.object({
      percent: z.number().int().min(0).max(100),
      missing: z.array(z.string()).describe('Fields still to fill, in dotted paths'),
    }),
    rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .describe('A catalogue profile');
export type ProfileView = z.output<typeof profileSchema>;
