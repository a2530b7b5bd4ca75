import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  index,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { catalogueProfiles } from './catalogue.ts';
import { organisations, users } from './identity.ts';

export const MATCH_CONTEXTS = ['artist-venue', 'technician', 'street-arts', 'campsite'] as const;
export type MatchContextName = (typeof MATCH_CONTEXTS)[number];

export const MATCH_KINDS = [
  'venues-for-artist',
  'artists-for-venue',
  'technicians',
  'street-arts',
  'campsite',
] as const;
export type MatchKindName = (typeof MATCH_KINDS)[number];

export const SHORTLIST_STATUSES = ['saved', 'hold_requested'] as const;
export type ShortlistStatus = (typeof SHORTLIST_STATUSES)[number];

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

/**
 * Versioned weight configurations. Platform defaults have no organisation (inserted by the
 * migration from the domain's V1 configs); an organisation may add its own revisions. Rows are
 * never updated: a result names (organisation, context, version) and can be recomputed later.
 */
export const matchingWeightConfigs = pgTable(
  'matching_weight_configs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    context: text('context').$type<MatchContextName>().notNull(),
    version: text('version').notNull(),
    weights: jsonb('weights').$type<Record<string, number>>().notNull(),
    label: text('label'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    check('matching_weight_configs_context_check', sql`${t.context} in (${inList(MATCH_CONTEXTS)})`),
    uniqueIndex('matching_weight_configs_version_idx')
      .on(t.organisationId, t.context, t.version)
      .where(sql`${t.organisationId} is not null`),
    uniqueIndex('matching_weight_configs_platform_idx')
      .on(t.context, t.version)
      .where(sql`${t.organisationId} is null`),
  ],
);

/**
 * A saved result (shortlist) with the score and breakdown as computed, the configuration version
 * that produced them, and the hold request sent from it (until the booking module takes over).
 */
export const matchingShortlist = pgTable(
  'matching_shortlist',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind').$type<MatchKindName>().notNull(),
    /** The caller's own profile the search was for (artist, venue), when there is one. */
    subjectProfileId: uuid('subject_profile_id').references(() => catalogueProfiles.id, {
      onDelete: 'cascade',
    }),
    candidateProfileId: uuid('candidate_profile_id')
      .notNull()
      .references(() => catalogueProfiles.id, { onDelete: 'cascade' }),
    candidateOrganisationId: uuid('candidate_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }),
    score: real('score').notNull(),
    configContext: text('config_context').$type<MatchContextName>().notNull(),
    configVersion: text('config_version').notNull(),
    /** The request and the breakdown as shown when saved (structured explanations, not rendered text). */
    request: jsonb('request').$type<Record<string, unknown>>().notNull(),
    breakdown: jsonb('breakdown').$type<Record<string, unknown>[]>().notNull(),
    note: text('note'),
    status: text('status').$type<ShortlistStatus>().notNull().default('saved'),
    holdRequestedAt: timestamp('hold_requested_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    check('matching_shortlist_kind_check', sql`${t.kind} in (${inList(MATCH_KINDS)})`),
    check('matching_shortlist_status_check', sql`${t.status} in (${inList(SHORTLIST_STATUSES)})`),
    check('matching_shortlist_score_check', sql`${t.score} between 0 and 100`),
    index('matching_shortlist_org_idx').on(t.organisationId, t.createdAt),
    uniqueIndex('matching_shortlist_once_idx').on(
      t.organisationId,
      t.kind,
      sql`coalesce(${t.subjectProfileId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.candidateProfileId,
      sql`coalesce(${t.day}, '0001-01-01'::date)`,
    ),
  ],
);

/**
 * Monotonic change feed of catalogue profiles (written by triggers on the catalogue tables, see
 * the custom migration): every API process polls it to keep its in-memory matching index fresh.
 */
export const catalogueProfileChanges = pgTable(
  'catalogue_profile_changes',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    profileId: uuid('profile_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index('catalogue_profile_changes_changed_idx').on(t.changedAt)],
);
