import { catalogueProfiles, type DbOrTx } from '@flowstage/db';
import { type ProfileInput, profileCompletion, projectProfile } from '@flowstage/domain/catalogue';
import { and, desc, eq } from 'drizzle-orm';
import type { ProfileDocument, ProfileView } from './profile.schema.ts';

export type ProfileRow = typeof catalogueProfiles.$inferSelect;

/** The row columns of a checked document: the document itself plus its search projection. */
export function documentColumns(doc: ProfileDocument) {
  const projection = projectProfile(doc as ProfileInput); // zod output matches the domain input shape
  return {
    kind: doc.kind,
    name: doc.name,
    description: doc.description ?? null,
    country: doc.country,
    region: doc.region ?? null,
    departement: doc.departement ?? null,
    city: doc.city ?? null,
    postcode: doc.postcode ?? null,
    latitude: doc.latitude,
    longitude: doc.longitude,
    genres: doc.genres,
    languages: doc.languages,
    mediaLinks: doc.mediaLinks,
    details: doc.details as Record<string, unknown>, // stored as validated JSON
    completion: profileCompletion(doc as ProfileInput).percent,
    ...projection,
  };
}

/** The editable document of a stored row (what PATCH merges into and export writes). */
export function rowDocument(row: ProfileRow): Record<string, unknown> {
  return {
    kind: row.kind,
    name: row.name,
    description: row.description,
    country: row.country,
    region: row.region,
    departement: row.departement,
    city: row.city,
    postcode: row.postcode,
    latitude: row.latitude,
    longitude: row.longitude,
    genres: row.genres,
    languages: row.languages,
    mediaLinks: row.mediaLinks,
    details: row.details,
  };
}

export function presentProfile(row: ProfileRow): ProfileView {
  const completion = profileCompletion(rowDocument(row) as unknown as ProfileInput); // stored rows were validated on write
  return {
    id: row.id,
    organisationId: row.organisationId,
    kind: row.kind,
    status: row.status,
    verification: row.verification,
    name: row.name,
    description: row.description,
    country: row.country,
    region: row.region,
    departement: row.departement,
    city: row.city,
    postcode: row.postcode,
    latitude: row.latitude,
    longitude: row.longitude,
    genres: row.genres,
    languages: row.languages,
    mediaLinks: row.mediaLinks,
    details: row.details,
    completion: { percent: completion.percent, missing: [...completion.missing] },
    rating: { average: row.ratingAvg, count: row.ratingCount },
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function insertProfile(db: DbOrTx, organisationId: string, doc: ProfileDocument) {
  const [row] = await db
    .insert(catalogueProfiles)
    .values({ organisationId, ...documentColumns(doc) })
    .returning();
  return row as ProfileRow; // insert … returning always yields the row
}

export async function findProfile(db: DbOrTx, id: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(catalogueProfiles).where(eq(catalogueProfiles.id, id));
  return row;
}

export async function updateProfileRow(
  db: DbOrTx,
  id: string,
  values: Partial<typeof catalogueProfiles.$inferInsert>,
) {
  const [row] = await db
    .update(catalogueProfiles)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(catalogueProfiles.id, id))
    .returning();
  return row as ProfileRow; // the caller checked the profile exists
}

export function listOrganisationProfiles(db: DbOrTx, organisationId: string, kind?: ProfileRow['kind']) {
  return db
    .select()
    .from(catalogueProfiles)
    .where(
      and(
        eq(catalogueProfiles.organisationId, organisationId),
        kind ? eq(catalogueProfiles.kind, kind) : undefined,
      ),
    )
    .orderBy(desc(catalogueProfiles.updatedAt));
}

export async function deleteProfile(db: DbOrTx, id: string) {
  await db.delete(catalogueProfiles).where(eq(catalogueProfiles.id, id));
}
