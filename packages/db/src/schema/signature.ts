import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, contracts, contractVersions } from './contracts.ts';
import { organisations, users } from './identity.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * PKCS#12 stores used for PAdES signatures: the platform's own (scope 'platform', generated on
 * first start) or one uploaded by an organisation (scope = its id). The passphrase is sealed with
 * a platform key so the table alone does not open the store.
 */
export const signingCertificates = pgTable(
  'signing_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scope: text('scope').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    p12: bytea('p12').notNull(),
    passphraseCiphertext: text('passphrase_ciphertext').notNull(),
    subject: text('subject').notNull(),
    fingerprintSha256: text('fingerprint_sha256').notNull(),
    notAfter: timestamp('not_after', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('signing_certificates_scope_idx').on(t.scope)],
);

export const SIGNATURE_REQUEST_STATUSES = ['pending', 'completed', 'cancelled'] as const;
export type SignatureRequestStatus = (typeof SIGNATURE_REQUEST_STATUSES)[number];

export const signatureRequests = pgTable(
  'signature_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    contractVersionId: uuid('contract_version_id')
      .notNull()
      .references(() => contractVersions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    status: text('status').$type<SignatureRequestStatus>().notNull().default('pending'),
    /** 'builtin', 'docusign' or 'dropbox_sign'. */
    provider: text('provider').notNull().default('builtin'),
    providerReference: text('provider_reference'),
    signedPdf: bytea('signed_pdf'),
    signedPdfSha256: text('signed_pdf_sha256'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('signature_requests_contract_idx').on(t.contractId),
    index('signature_requests_signed_sha_idx').on(t.signedPdfSha256),
    check('signature_requests_status_check', sql`${t.status} in ('pending','completed','cancelled')`),
  ],
);

/** Signers in signing order; each gets a single-use, expiring link (only its hash is stored). */
export const signatureSigners = pgTable(
  'signature_signers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => signatureRequests.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    typedName: text('typed_name'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    uniqueIndex('signature_signers_token_idx').on(t.tokenHash),
    uniqueIndex('signature_signers_position_idx').on(t.requestId, t.position),
  ],
);

/** Audit trail: each entry carries the hash of the previous one, so a removed or edited entry shows. */
export const signatureAuditEntries = pgTable(
  'signature_audit_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => signatureRequests.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    actor: text('actor').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    documentSha256: text('document_sha256').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [uniqueIndex('signature_audit_entries_seq_idx').on(t.requestId, t.seq)],
);
