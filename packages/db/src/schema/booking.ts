import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { catalogueProfiles } from './catalogue.ts';
import { contracts } from './contracts.ts';
import { organisations, users } from './identity.ts';

export const HOLD_STATUSES = ['active', 'challenged', 'offered', 'booked', 'released', 'expired'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];

export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const CONTRACT_TIERS = ['complete', 'pre_generated', 'assisted'] as const;
export type ContractTier = (typeof CONTRACT_TIERS)[number];

export const VALIDATION_STATUSES = ['pending', 'changes_requested', 'approved', 'rejected'] as const;
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number];

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));
const org = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const profile = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => catalogueProfiles.id, { onDelete: 'cascade' });

/** Per-organisation booking settings (the venue's challenge delay applies to holds on its dates). */
export const bookingSettings = pgTable(
  'booking_settings',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    challengeSeconds: integer('challenge_seconds').notNull().default(172_800),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('booking_settings_challenge_check', sql`${t.challengeSeconds} between 3600 and 1209600`)],
);

/**
 * Holds on a venue date for an artist. The rank is not stored: it is the position among live holds
 * of the same venue, stage and date by creation order, so a release moves everyone up at once.
 */
export const bookingHolds = pgTable(
  'booking_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    venueProfileId: profile('venue_profile_id'),
    artistProfileId: profile('artist_profile_id'),
    venueOrganisationId: org('venue_organisation_id'),
    artistOrganisationId: org('artist_organisation_id'),
    placedByOrganisationId: org('placed_by_organisation_id'),
    placedBy: uuid('placed_by').references(() => users.id, { onDelete: 'set null' }),
    stage: text('stage').notNull().default('main'),
    day: date('day', { mode: 'string' }).notNull(),
    status: text('status').$type<HoldStatus>().notNull().default('active'),
    challengedByHoldId: uuid('challenged_by_hold_id'),
    challengeDeadline: timestamp('challenge_deadline', { withTimezone: true }),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('booking_holds_status_check', sql`${t.status} in (${inList(HOLD_STATUSES)})`),
    index('booking_holds_slot_idx').on(t.venueProfileId, t.stage, t.day, t.createdAt),
    index('booking_holds_artist_idx').on(t.artistProfileId, t.day),
    // One live hold per artist on a venue date: a second would only game the ranking.
    uniqueIndex('booking_holds_live_once_idx')
      .on(t.venueProfileId, t.stage, t.day, t.artistProfileId)
      .where(sql`${t.status} in ('active','challenged','offered')`),
  ],
);

/** An offer on a hold; its terms live in revisions (every counter-offer is kept). */
export const bookingOffers = pgTable(
  'booking_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    holdId: uuid('hold_id')
      .notNull()
      .references(() => bookingHolds.id, { onDelete: 'cascade' }),
    venueOrganisationId: org('venue_organisation_id'),
    artistOrganisationId: org('artist_organisation_id'),
    /** The party that must answer the latest revision. */
    awaitingOrganisationId: org('awaiting_organisation_id'),
    status: text('status').$type<OfferStatus>().notNull().default('pending'),
    currentRevision: integer('current_revision').notNull().default(1),
    matchScore: real('match_score'),
    tier: text('tier').$type<ContractTier>(),
    contractId: uuid('contract_id').references(() => contracts.id, { onDelete: 'set null' }),
    /** Signatories of each side, given with the offer and the acceptance: { seller, buyer }. */
    signatories: jsonb('signatories').$type<Record<string, { name: string; email: string }>>().notNull(),
    signatureRequestId: uuid('signature_request_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('booking_offers_status_check', sql`${t.status} in (${inList(OFFER_STATUSES)})`),
    check('booking_offers_tier_check', sql`${t.tier} is null or ${t.tier} in (${inList(CONTRACT_TIERS)})`),
    index('booking_offers_hold_idx').on(t.holdId),
    index('booking_offers_venue_org_idx').on(t.venueOrganisationId),
    index('booking_offers_artist_org_idx').on(t.artistOrganisationId),
    // At most one open or accepted offer per hold.
    uniqueIndex('booking_offers_hold_open_idx')
      .on(t.holdId)
      .where(sql`${t.status} in ('pending','accepted')`),
  ],
);

export const bookingOfferRevisions = pgTable(
  'booking_offer_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => bookingOffers.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    fromOrganisationId: org('from_organisation_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    feeCents: integer('fee_cents').notNull(),
    currency: text('currency').notNull(),
    /** The whole offer as validated (deal, tickets, schedule, riders, radius, VAT at the show date). */
    terms: jsonb('terms').$type<Record<string, unknown>>().notNull(),
    message: text('message'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('booking_offer_revisions_once_idx').on(t.offerId, t.revision),
    check('booking_offer_revisions_fee_check', sql`${t.feeCents} > 0`),
    check('booking_offer_revisions_currency_check', sql`${t.currency} in ('EUR','CHF')`),
  ],
);

/**
 * Confirmed shows. The partial unique indexes are THE guarantee against double booking: a venue
 * stage or an artist can be confirmed once per day, whatever the application does concurrently.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => bookingOffers.id, { onDelete: 'cascade' }),
    venueProfileId: profile('venue_profile_id'),
    artistProfileId: profile('artist_profile_id'),
    venueOrganisationId: org('venue_organisation_id'),
    artistOrganisationId: org('artist_organisation_id'),
    stage: text('stage').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    status: text('status').$type<'confirmed' | 'cancelled'>().notNull().default('confirmed'),
    createdAt: createdAt(),
  },
  (t) => [
    check('bookings_status_check', sql`${t.status} in ('confirmed','cancelled')`),
    uniqueIndex('bookings_venue_day_confirmed_idx')
      .on(t.venueProfileId, t.stage, t.day)
      .where(sql`${t.status} = 'confirmed'`),
    uniqueIndex('bookings_artist_day_confirmed_idx')
      .on(t.artistProfileId, t.day)
      .where(sql`${t.status} = 'confirmed'`),
    index('bookings_venue_org_idx').on(t.venueOrganisationId),
    index('bookings_artist_org_idx').on(t.artistOrganisationId),
  ],
);

/** Human validation queue (FR-003): fee above the threshold, non-standard clauses, first contracts. */
export const validationItems = pgTable(
  'validation_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => bookingOffers.id, { onDelete: 'cascade' }),
    contractId: uuid('contract_id').references(() => contracts.id, { onDelete: 'set null' }),
    reasons: text('reasons').array().notNull(),
    status: text('status').$type<ValidationStatus>().notNull().default('pending'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    check('validation_items_status_check', sql`${t.status} in (${inList(VALIDATION_STATUSES)})`),
    index('validation_items_status_idx').on(t.status, t.dueAt),
    uniqueIndex('validation_items_offer_open_idx')
      .on(t.offerId)
      .where(sql`${t.status} in ('pending','changes_requested')`),
  ],
);

/** Every step of a booking, in order: holds, challenges, offers, validations, signatures. */
export const bookingAudit = pgTable(
  'booking_audit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    holdId: uuid('hold_id').references(() => bookingHolds.id, { onDelete: 'cascade' }),
    offerId: uuid('offer_id').references(() => bookingOffers.id, { onDelete: 'cascade' }),
    validationItemId: uuid('validation_item_id').references(() => validationItems.id, {
      onDelete: 'cascade',
    }),
    action: text('action').notNull(),
    actor: text('actor').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('booking_audit_hold_idx').on(t.holdId, t.occurredAt),
    index('booking_audit_offer_idx').on(t.offerId, t.occurredAt),
  ],
);
