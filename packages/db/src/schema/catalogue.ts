import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { type Country, organisations } from './identity.ts';

/** Profile kinds of the catalogue (an organisation may own several, e.g. a booker agency's artists). */
export const PROFILE_KINDS = [
  'artist',
  'venue',
  'street_arts_company',
  'technician',
  'service_provider',
  'municipality',
  'campsite',
  'audiovisual_production',
] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

export const PROFILE_STATUSES = ['draft', 'published'] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

export const VERIFICATION_STATUSES = ['unverified', 'pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const AVAILABILITY_STATUSES = ['available', 'option', 'booked', 'unavailable'] as const;
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

/**
 * One row per catalogue profile. Kind-specific attributes live in `details` (validated by the API
 * per kind); the columns beside it are the normalised, indexed projection that search filters on:
 * capacity and price ranges, genres, categories (venue type, speciality…), features (PMR…).
 * Geographic and trigram indexes on expressions are created by the custom migration after this one.
 */
export const catalogueProfiles = pgTable(
  'catalogue_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ProfileKind>().notNull(),
    status: text('status').$type<ProfileStatus>().notNull().default('draft'),
    verification: text('verification').$type<VerificationStatus>().notNull().default('unverified'),
    name: text('name').notNull(),
    description: text('description'),
    country: text('country').$type<Country>().notNull(),
    region: text('region'),
    departement: text('departement'),
    city: text('city'),
    postcode: text('postcode'),
    inseeCode: text('insee_code'),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    genres: text('genres').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    features: text('features').array().notNull().default(sql`'{}'::text[]`),
    capacityMin: integer('capacity_min'),
    capacityMax: integer('capacity_max'),
    priceMinCents: integer('price_min_cents'),
    priceMaxCents: integer('price_max_cents'),
    currency: text('currency').notNull().default('EUR'),
    travelRadiusM: integer('travel_radius_m'),
    ratingAvg: real('rating_avg'),
    ratingCount: integer('rating_count').notNull().default(0),
    completion: smallint('completion').notNull().default(0),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    mediaLinks: jsonb('media_links').$type<{ label: string; url: string }[]>().notNull().default([]),
    /** Secret of the profile's iCal feed URL (rotate to revoke subscribers). */
    calendarToken: text('calendar_token').notNull().default(sql`encode(gen_random_bytes(18), 'hex')`),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('catalogue_profiles_kind_check', sql`${t.kind} in (${inList(PROFILE_KINDS)})`),
    check('catalogue_profiles_status_check', sql`${t.status} in (${inList(PROFILE_STATUSES)})`),
    check(
      'catalogue_profiles_verification_check',
      sql`${t.verification} in (${inList(VERIFICATION_STATUSES)})`,
    ),
    check('catalogue_profiles_country_check', sql`${t.country} in ('FR','BE','CH','LU')`),
    check(
      'catalogue_profiles_coordinates_check',
      sql`${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180`,
    ),
    check(
      'catalogue_profiles_capacity_check',
      sql`${t.capacityMin} >= 0 and ${t.capacityMin} <= ${t.capacityMax}`,
    ),
    check(
      'catalogue_profiles_price_check',
      sql`${t.priceMinCents} >= 0 and ${t.priceMinCents} <= ${t.priceMaxCents}`,
    ),
    check('catalogue_profiles_rating_check', sql`${t.ratingAvg} between 1 and 5`),
    index('catalogue_profiles_org_idx').on(t.organisationId),
    uniqueIndex('catalogue_profiles_calendar_token_idx').on(t.calendarToken),
    index('catalogue_profiles_genres_idx').using('gin', t.genres),
    index('catalogue_profiles_kind_price_idx')
      .on(t.kind, t.priceMinCents, t.id)
      .where(sql`${t.status} = 'published'`),
    index('catalogue_profiles_kind_rating_idx')
      .on(t.kind, t.ratingAvg, t.id)
      .where(sql`${t.status} = 'published'`),
  ],
);

/** Calendar entries: a status over an inclusive day range, with the reason shown to the owner. */
export const availabilitySlots = pgTable(
  'availability_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => catalogueProfiles.id, { onDelete: 'cascade' }),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    status: text('status').$type<AvailabilityStatus>().notNull(),
    reason: text('reason'),
    /** 'manual', or the id of the calendar source an iCal import came from. */
    sourceId: uuid('source_id'),
    externalUid: text('external_uid'),
    createdAt: createdAt(),
  },
  (t) => [
    check('availability_slots_status_check', sql`${t.status} in (${inList(AVAILABILITY_STATUSES)})`),
    check('availability_slots_range_check', sql`${t.startDate} <= ${t.endDate}`),
    index('availability_slots_source_idx').on(t.sourceId),
  ],
);

/** Weekly recurring unavailability ("never on Mondays") between two optional dates. */
export const availabilityRules = pgTable(
  'availability_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => catalogueProfiles.id, { onDelete: 'cascade' }),
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    weekdays: smallint('weekdays').array().notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [index('availability_rules_profile_idx').on(t.profileId)],
);

/** External calendars (iCal URL or uploaded file) whose events are imported as busy days. */
export const calendarSources = pgTable(
  'calendar_sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => catalogueProfiles.id, { onDelete: 'cascade' }),
    url: text('url'),
    label: text('label').notNull(),
    lastSyncedAt: timestamp('last_synced_at', { withTimezone: true }),
    eventCount: integer('event_count').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('calendar_sources_profile_idx').on(t.profileId)],
);

/**
 * Work done together through the platform (written by the booking module when a show is
 * confirmed): the only thing that entitles an organisation to review a profile.
 */
export const catalogueCollaborations = pgTable(
  'catalogue_collaborations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => catalogueProfiles.id, { onDelete: 'cascade' }),
    partnerOrganisationId: uuid('partner_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    workedOn: date('worked_on', { mode: 'string' }).notNull(),
    reference: text('reference'),
    createdAt: createdAt(),
  },
  (t) => [index('catalogue_collaborations_profile_idx').on(t.profileId, t.partnerOrganisationId)],
);

export const catalogueReviews = pgTable(
  'catalogue_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => catalogueProfiles.id, { onDelete: 'cascade' }),
    authorOrganisationId: uuid('author_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    rating: smallint('rating').notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('catalogue_reviews_once_idx').on(t.profileId, t.authorOrganisationId),
    check('catalogue_reviews_rating_check', sql`${t.rating} between 1 and 5`),
  ],
);

/** Real towns (FR/BE/CH/LU) for "within 150 km of Lyon": filled from seed/towns.ts. */
export const towns = pgTable(
  'towns',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    country: text('country').$type<Country>().notNull(),
    inseeCode: text('insee_code'),
    departement: text('departement'),
    region: text('region'),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    population: integer('population').notNull(),
  },
  (t) => [index('towns_population_idx').on(t.population)],
);
