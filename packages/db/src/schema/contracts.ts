import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from './identity.ts';

/** Raw bytes (PDF files, PKCS#12 stores). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType() {
    return 'bytea';
  },
  toDriver(value) {
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  },
  fromDriver(value) {
    return new Uint8Array(value);
  },
});

export const CONTRACT_STATUSES = ['draft', 'sent', 'signed', 'cancelled'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * Last number used per year. Incremented inside the transaction that creates the contract, so a
 * rolled-back creation gives its number back: references form an unbroken sequence (a SEQUENCE
 * would leave gaps).
 */
export const contractReferenceCounters = pgTable('contract_reference_counters', {
  year: integer('year').primaryKey(),
  lastValue: integer('last_value').notNull(),
});

export const contracts = pgTable(
  'contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The other party when it is on Flow Stage: it may read the contract too. */
    counterpartyOrganisationId: uuid('counterparty_organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    kind: text('kind').notNull(),
    country: text('country').notNull(),
    title: text('title').notNull(),
    status: text('status').$type<ContractStatus>().notNull().default('draft'),
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('contracts_reference_idx').on(t.reference),
    index('contracts_org_idx').on(t.organisationId, t.createdAt),
    index('contracts_counterparty_idx').on(t.counterpartyOrganisationId),
    check('contracts_status_check', sql`${t.status} in ('draft','sent','signed','cancelled')`),
    check('contracts_kind_check', sql`${t.kind} in ('cession','engagement','co_realisation')`),
  ],
);

/** Every version is kept: terms as entered, the rendered document and the exact PDF bytes. */
export const contractVersions = pgTable(
  'contract_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    terms: jsonb('terms').$type<Record<string, unknown>>().notNull(),
    document: jsonb('document').$type<Record<string, unknown>>().notNull(),
    pdf: bytea('pdf').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('contract_versions_contract_version_idx').on(t.contractId, t.version)],
);

/** An organisation's own library clauses, next to the platform library shipped in the domain package. */
export const contractClauses = pgTable(
  'contract_clauses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    category: text('category').notNull(),
    title: jsonb('title').$type<Record<string, string>>().notNull(),
    text: jsonb('text').$type<Record<string, string>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('contract_clauses_org_key_idx').on(t.organisationId, t.key)],
);
