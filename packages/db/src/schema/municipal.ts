import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from './identity.ts';

/** Raw bytes (PDF, DOCX): Uint8Array on both drivers. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType() {
    return 'bytea';
  },
});

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

export const MUNICIPAL_EVENT_KINDS = [
  'fete_locale',
  'marche',
  'festival',
  'inauguration',
  'commemoration',
  'other',
] as const;
export type MunicipalEventKind = (typeof MUNICIPAL_EVENT_KINDS)[number];
export const MUNICIPAL_EVENT_STATUSES = ['planning', 'published', 'contracted', 'completed'] as const;
export type MunicipalEventStatus = (typeof MUNICIPAL_EVENT_STATUSES)[number];
export const MUNICIPAL_PLACE_TYPES = ['place-publique', 'parc', 'rue', 'salle'] as const;
export type MunicipalPlaceType = (typeof MUNICIPAL_PLACE_TYPES)[number];

/**
 * A commune's event (fête, marché, festival…) with what a cahier des charges needs, and its
 * budget line (allocation TTC on one M57 imputation: communes do not recover VAT on shows).
 */
export const municipalEvents = pgTable(
  'municipal_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    kind: text('kind').$type<MunicipalEventKind>().notNull(),
    status: text('status').$type<MunicipalEventStatus>().notNull().default('planning'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull().default('18:00'),
    endTime: text('end_time').notNull().default('23:00'),
    placeType: text('place_type').$type<MunicipalPlaceType>().notNull(),
    placeName: text('place_name').notNull(),
    address: text('address').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    expectedAudience: integer('expected_audience').notNull(),
    audienceTarget: text('audience_target').notNull().default('all'),
    free: boolean('free').notNull().default(true),
    need: text('need').notNull(),
    formats: jsonb('formats').$type<string[]>().notNull(),
    technicalConstraints: text('technical_constraints').notNull().default(''),
    powerKw: integer('power_kw').notNull().default(0),
    soundAutonomyRequired: boolean('sound_autonomy_required').notNull().default(false),
    badWeather: text('bad_weather').notNull().default('indoor_fallback'),
    pmrAccessible: boolean('pmr_accessible').notNull().default(true),
    accessibilityNotes: text('accessibility_notes').notNull().default(''),
    responseDeadline: date('response_deadline', { mode: 'string' }),
    budgetYear: integer('budget_year').notNull(),
    budgetAllocatedCents: bigint('budget_allocated_cents', { mode: 'number' }).notNull(),
    imputationChapter: text('imputation_chapter').notNull(),
    imputationArticle: text('imputation_article').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('municipal_events_org_date_idx').on(t.organisationId, t.startDate),
    index('municipal_events_status_date_idx').on(t.status, t.startDate),
    check('municipal_events_kind_check', sql`${t.kind} in (${inList(MUNICIPAL_EVENT_KINDS)})`),
    check('municipal_events_status_check', sql`${t.status} in (${inList(MUNICIPAL_EVENT_STATUSES)})`),
    check('municipal_events_place_check', sql`${t.placeType} in (${inList(MUNICIPAL_PLACE_TYPES)})`),
    check('municipal_events_dates_check', sql`${t.endDate} >= ${t.startDate}`),
    check('municipal_events_budget_check', sql`${t.budgetAllocatedCents} >= 0`),
    check('municipal_events_audience_check', sql`${t.expectedAudience} > 0`),
  ],
);

/** A procedure determination, stored with the purchase it was made for (amounts excl. VAT). */
export const municipalPurchases = pgTable(
  'municipal_purchases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    eventId: uuid('event_id').references(() => municipalEvents.id, { onDelete: 'restrict' }),
    label: text('label').notNull(),
    /** Homogeneous need family: purchases of one family are summed over the year. */
    category: text('category').notNull(),
    purchaseKind: text('purchase_kind').notNull(),
    buyerType: text('buyer_type').notNull(),
    purchaseDate: date('purchase_date', { mode: 'string' }).notNull(),
    year: integer('year').notNull(),
    amountExclVatCents: bigint('amount_excl_vat_cents', { mode: 'number' }).notNull(),
    homogeneousTotalBeforeCents: bigint('homogeneous_total_before_cents', { mode: 'number' }).notNull(),
    procedure: text('procedure').notNull(),
    artisticJustification: text('artistic_justification'),
    /** The full determination (label, rules, sources, warnings, explanation) as shown to the user. */
    determination: jsonb('determination').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('municipal_purchases_homogeneous_idx').on(t.organisationId, t.category, t.year),
    check('municipal_purchases_amount_check', sql`${t.amountExclVatCents} >= 0`),
  ],
);

export const MUNICIPAL_QUOTE_STATUSES = ['submitted', 'selected', 'rejected'] as const;
export type MunicipalQuoteStatus = (typeof MUNICIPAL_QUOTE_STATUSES)[number];

/** A company's answer to a published need. */
export const municipalQuotes = pgTable(
  'municipal_quotes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => municipalEvents.id, { onDelete: 'restrict' }),
    companyOrganisationId: uuid('company_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    companyName: text('company_name').notNull(),
    showTitle: text('show_title').notNull(),
    performanceType: text('performance_type').notNull(),
    amountExclVatCents: bigint('amount_excl_vat_cents', { mode: 'number' }).notNull(),
    vatRateBasisPoints: integer('vat_rate_basis_points').notNull(),
    powerNeededKw: integer('power_needed_kw').notNull().default(0),
    gaugeMin: integer('gauge_min').notNull(),
    gaugeMax: integer('gauge_max').notNull(),
    pmrAccessible: boolean('pmr_accessible').notNull().default(true),
    baseLatitude: doublePrecision('base_latitude'),
    baseLongitude: doublePrecision('base_longitude'),
    baseLabel: text('base_label'),
    message: text('message').notNull().default(''),
    status: text('status').$type<MunicipalQuoteStatus>().notNull().default('submitted'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('municipal_quotes_event_company_idx').on(t.eventId, t.companyOrganisationId),
    index('municipal_quotes_company_idx').on(t.companyOrganisationId),
    check('municipal_quotes_status_check', sql`${t.status} in (${inList(MUNICIPAL_QUOTE_STATUSES)})`),
    check('municipal_quotes_amount_check', sql`${t.amountExclVatCents} > 0`),
  ],
);

/**
 * Legal numbering: one counter row per issuer, document kind and year, incremented in the same
 * transaction as the document it numbers, so numbers never skip nor repeat.
 */
export const municipalCounters = pgTable(
  'municipal_counters',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.kind, t.year] })],
);

export const PURCHASE_ORDER_STATUSES = ['issued', 'service_done', 'invoiced', 'paid'] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

export const municipalPurchaseOrders = pgTable(
  'municipal_purchase_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => municipalEvents.id, { onDelete: 'restrict' }),
    quoteId: uuid('quote_id')
      .notNull()
      .references(() => municipalQuotes.id, { onDelete: 'restrict' }),
    companyOrganisationId: uuid('company_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    number: text('number').notNull(),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    year: integer('year').notNull(),
    amountExclVatCents: bigint('amount_excl_vat_cents', { mode: 'number' }).notNull(),
    vatRateBasisPoints: integer('vat_rate_basis_points').notNull(),
    amountInclVatCents: bigint('amount_incl_vat_cents', { mode: 'number' }).notNull(),
    imputationChapter: text('imputation_chapter').notNull(),
    imputationArticle: text('imputation_article').notNull(),
    /** Billing details the supplier must put on the invoice (Chorus Pro routes on the SIRET). */
    billing: jsonb('billing').notNull(),
    signedBy: uuid('signed_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    signatoryName: text('signatory_name').notNull(),
    signatoryCapacity: text('signatory_capacity').notNull(),
    budgetOverride: jsonb('budget_override'),
    status: text('status').$type<PurchaseOrderStatus>().notNull().default('issued'),
    serviceDoneOn: date('service_done_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('municipal_purchase_orders_number_idx').on(t.organisationId, t.number),
    uniqueIndex('municipal_purchase_orders_quote_idx').on(t.quoteId),
    index('municipal_purchase_orders_company_idx').on(t.companyOrganisationId),
    index('municipal_purchase_orders_event_idx').on(t.eventId),
    check('municipal_po_status_check', sql`${t.status} in (${inList(PURCHASE_ORDER_STATUSES)})`),
    check('municipal_po_amount_check', sql`${t.amountExclVatCents} > 0`),
  ],
);

export const municipalInvoices = pgTable(
  'municipal_invoices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => municipalPurchaseOrders.id, { onDelete: 'restrict' }),
    issuerOrganisationId: uuid('issuer_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    buyerOrganisationId: uuid('buyer_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    number: text('number').notNull(),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    totalExclVatCents: bigint('total_excl_vat_cents', { mode: 'number' }).notNull(),
    taxCents: bigint('tax_cents', { mode: 'number' }).notNull(),
    totalInclVatCents: bigint('total_incl_vat_cents', { mode: 'number' }).notNull(),
    xml: text('xml').notNull(),
    pdfArchiveId: uuid('pdf_archive_id').notNull(),
    paidOn: date('paid_on', { mode: 'string' }),
    lateInterestCents: bigint('late_interest_cents', { mode: 'number' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('municipal_invoices_number_idx').on(t.issuerOrganisationId, t.number),
    // One invoice per purchase order: a credit note would be a separate document type.
    uniqueIndex('municipal_invoices_po_idx').on(t.purchaseOrderId),
    index('municipal_invoices_buyer_due_idx').on(t.buyerOrganisationId, t.dueDate),
  ],
);

export const ARCHIVE_KINDS = ['contract', 'purchase_order', 'invoice', 'cahier_des_charges'] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

/**
 * Write-once archive (10 years): a trigger of the custom migration refuses every UPDATE, and
 * DELETE before `retain_until`. The content hash lets anyone check a document was not altered.
 */
export const municipalArchive = pgTable(
  'municipal_archive',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    kind: text('kind').$type<ArchiveKind>().notNull(),
    year: integer('year').notNull(),
    eventId: uuid('event_id').references(() => municipalEvents.id, { onDelete: 'restrict' }),
    companyOrganisationId: uuid('company_organisation_id').references(() => organisations.id, {
      onDelete: 'restrict',
    }),
    reference: text('reference').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    content: bytea('content').notNull(),
    sha256: text('sha256').notNull(),
    retainUntil: date('retain_until', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('municipal_archive_lookup_idx').on(t.organisationId, t.year, t.kind),
    index('municipal_archive_event_idx').on(t.eventId),
    index('municipal_archive_company_idx').on(t.companyOrganisationId),
    check('municipal_archive_kind_check', sql`${t.kind} in (${inList(ARCHIVE_KINDS)})`),
    check('municipal_archive_sha_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);
