import {
  catalogueCollaborations,
  catalogueProfiles,
  catalogueReviews,
  type Db,
  type DbOrTx,
  users,
} from '@flowstage/db';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import { requireMembership } from '../identity/index.ts';
import { EDITORS, visibleProfile } from './manage-profiles.ts';

export const reviewBody = z.strictObject({
  organisationId: z.uuid().describe('My organisation that worked with this profile through Flow Stage'),
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).nullable().optional(),
});
export const reviewSchema = z.object({
  id: z.uuid(),
  authorOrganisationId: z.uuid(),
  rating: z.number().int(),
  comment: z.string().nullable(),
  createdAt: z.string(),
});
export const verificationBody = z.strictObject({
  status: z.enum(['unverified', 'pending', 'verified', 'rejected']),
});

/**
 * Records work done together through the platform (the booking module calls it when a show is
 * confirmed): only such partners may review the profile.
 */
export async function recordCollaboration(
  db: DbOrTx,
  input: { profileId: string; partnerOrganisationId: string; workedOn: string; reference?: string },
) {
  await db.insert(catalogueCollaborations).values({ ...input, reference: input.reference ?? null });
}

export async function addReview(
  db: Db,
  userId: string,
  profileId: string,
  body: z.output<typeof reviewBody>,
) {
  await requireMembership(db, userId, body.organisationId, EDITORS);
  const profile = await visibleProfile(db, userId, profileId);
  if (profile.organisationId === body.organisationId) {
    throw new AppError('FORBIDDEN', 'self review', {
      detail: 'An organisation cannot review its own profile.',
    });
  }
  const [worked] = await db
    .select({ id: catalogueCollaborations.id })
    .from(catalogueCollaborations)
    .where(
      and(
        eq(catalogueCollaborations.profileId, profileId),
        eq(catalogueCollaborations.partnerOrganisationId, body.organisationId),
      ),
    )
    .limit(1);
  if (!worked) {
    throw new AppError('FORBIDDEN', 'no collaboration', {
      detail: 'Only organisations that worked with this profile through Flow Stage can review it.',
    });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(catalogueReviews)
      .values({
        profileId,
        authorOrganisationId: body.organisationId,
        rating: body.rating,
        comment: body.comment ?? null,
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw new AppError('CONFLICT', 'already reviewed', {
        detail: 'Your organisation has already reviewed this profile.',
      });
    await tx
      .update(catalogueProfiles)
      .set({
        ratingAvg: sql`(select avg(rating)::real from catalogue_reviews where profile_id = ${profileId})`,
        ratingCount: sql`(select count(*)::int from catalogue_reviews where profile_id = ${profileId})`,
      })
      .where(eq(catalogueProfiles.id, profileId));
    return {
      id: row.id,
      authorOrganisationId: row.authorOrganisationId,
      rating: row.rating,
      comment: row.comment,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

export async function listReviews(db: Db, userId: string, profileId: string) {
  await visibleProfile(db, userId, profileId);
  const rows = await db
    .select()
    .from(catalogueReviews)
    .where(eq(catalogueReviews.profileId, profileId))
    .orderBy(desc(catalogueReviews.createdAt));
  return rows.map((r) => ({
    id: r.id,
    authorOrganisationId: r.authorOrganisationId,
    rating: r.rating,
    comment: r.comment,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Verification is a platform decision: platform administrators only. */
export async function setVerification(
  db: Db,
  userId: string,
  profileId: string,
  status: z.output<typeof verificationBody>['status'],
) {
  const [user] = await db.select({ admin: users.isPlatformAdmin }).from(users).where(eq(users.id, userId));
  if (!user?.admin)
    throw new AppError('FORBIDDEN', 'not a platform admin', {
      detail: 'Only Flow Stage administrators verify profiles.',
    });
  const [row] = await db
    .update(catalogueProfiles)
    .set({ verification: status })
    .where(eq(catalogueProfiles.id, profileId))
    .returning();
  if (!row) throw notFound('Profile');
  return row;
}
