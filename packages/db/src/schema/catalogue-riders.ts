import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { catalogueProfiles } from './catalogue.ts';
import { bytea } from './contracts.ts';
import { users } from './identity.ts';

/** The riders an artist can attach as a PDF. */
export const RIDER_KINDS = ['technical', 'hospitality'] as const;
export type RiderKind = (typeof RIDER_KINDS)[number];

/**
 * Uploaded rider PDFs, one per profile and rider. The bytes live in the database, not on a local
 * disk, so every API process serves the same files; the SHA-256 is the download's ETag.
 */
export const catalogueRiderFiles = pgTable(
  'catalogue_rider_files',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => catalogueProfiles.id, { onDelete: 'cascade' }),
    rider: text('rider').$type<RiderKind>().notNull(),
    filename: text('filename').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.profileId, t.rider] }),
    check('catalogue_rider_files_rider_check', sql`${t.rider} in ('technical','hospitality')`),
    check(
      'catalogue_rider_files_size_check',
      sql`${t.sizeBytes} > 0 and ${t.sizeBytes} = octet_length(${t.content})`,
    ),
  ],
);
