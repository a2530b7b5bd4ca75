import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './identity.ts';

export const EVENT_TYPES = [
  'match_found',
  'hold_challenged',
  'offer_received',
  'contract_sent',
  'contract_signed',
  'payment_completed',
  'validation_escalated',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Domain events written in the same transaction as the business change (transactional outbox). */
export const domainEvents = pgTable(
  'domain_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').$type<EventType>().notNull(),
    organisationIds: uuid('organisation_ids').array().notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('domain_events_occurred_idx').on(t.occurredAt),
    check(
      'domain_events_type_check',
      sql`${t.type} in ('match_found','hold_challenged','offer_received','contract_sent','contract_signed','payment_completed','validation_escalated')`,
    ),
  ],
);

export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    events: text('events').array().$type<EventType[]>().notNull(),
    /** AES-256-GCM ciphertext of the signing secret (the secret itself is shown once, at creation). */
    secretCiphertext: text('secret_ciphertext').notNull(),
    active: boolean('active').notNull().default(true),
    description: text('description'),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_subscriptions_org_idx').on(t.organisationId)],
);

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event for one subscription; its id is the Flowstage-Delivery header, stable across retries. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => domainEvents.id, { onDelete: 'cascade' }),
    status: text('status').$type<DeliveryStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_sub_idx').on(t.eventId, t.subscriptionId),
    index('webhook_deliveries_sub_idx').on(t.subscriptionId, t.createdAt),
    check('webhook_deliveries_status_check', sql`${t.status} in ('pending','delivered','failed')`),
  ],
);

/** The delivery log: every HTTP attempt, successful or not. */
export const webhookDeliveryAttempts = pgTable(
  'webhook_delivery_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    statusCode: integer('status_code'),
    /** Milliseconds: a network timing, finer than the seconds used for business durations. */
    durationMs: integer('duration_ms').notNull(),
    error: text('error'),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('webhook_delivery_attempts_delivery_idx').on(t.deliveryId, t.attempt)],
);

/** In-app notifications, one per event and organisation concerned. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => domainEvents.id, { onDelete: 'cascade' }),
    type: text('type').$type<EventType>().notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('notifications_event_org_idx').on(t.eventId, t.organisationId),
    index('notifications_org_idx').on(t.organisationId, t.createdAt),
  ],
);
