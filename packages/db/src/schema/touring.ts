import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from './identity.ts';

export const TOUR_STATUSES = ['draft', 'planned', 'chosen'] as const;
export type TourStatus = (typeof TOUR_STATUSES)[number];

/** Per-stop facts for the roadbook (address, contacts, times, hotel), keyed by stop id. */
export interface TourStopDetails {
  readonly catalogueProfileId?: string;
  readonly address?: string;
  readonly city?: string;
  readonly contactName?: string;
  readonly contactPhone?: string;
  readonly contactEmail?: string;
  /** Day-sheet times, HH:MM. */
  readonly loadIn?: string;
  readonly soundcheck?: string;
  readonly doors?: string;
  readonly showTime?: string;
  readonly curfew?: string;
  readonly hotel?: string;
  readonly notes?: string;
}

/**
 * A tour being planned by an organisation (artist or booker). `problem` is the solver's JSON input
 * (home base, date range, shows wanted, party, candidate stops with windows, confirmed dates);
 * `result` the last optimisation (variants, naive plan, skipped stops); `selection` the tour the
 * booker chose and maybe edited, with its evaluation; `locked` the shows kept when re-optimising.
 */
export const tours = pgTable(
  'tours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    status: text('status').$type<TourStatus>().notNull().default('draft'),
    problem: jsonb('problem').$type<Record<string, unknown>>().notNull(),
    stopDetails: jsonb('stop_details').$type<Record<string, TourStopDetails>>().notNull().default({}),
    result: jsonb('result').$type<Record<string, unknown>>(),
    selection: jsonb('selection').$type<Record<string, unknown>>(),
    locked: jsonb('locked').$type<{ stopId: string; date: string }[]>().notNull().default([]),
    seed: integer('seed').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    plannedAt: timestamp('planned_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('tours_status_check', sql`${t.status} in ('draft','planned','chosen')`),
    index('tours_org_idx').on(t.organisationId, t.createdAt),
  ],
);
