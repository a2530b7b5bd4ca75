import type { Db } from '@flowstage/db';
import { allowedProfileKinds } from '@flowstage/domain/catalogue';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import { requireMembership } from '../identity/index.ts';
import { assertProfileDocument } from './check-profile.ts';
import type { createProfileBody, updateProfileBody } from './profile.schema.ts';
import {
  deleteProfile,
  documentColumns,
  findProfile,
  insertProfile,
  type ProfileRow,
  presentProfile,
  rowDocument,
  updateProfileRow,
} from './profile-repository.ts';
import { keepRiderFiles } from './rider-refs.ts';

/** Members who may edit the organisation's profiles (viewers only read). */
export const EDITORS = ['owner', 'admin', 'member'] as const;

export async function assertKindAllowed(
  db: Db,
  userId: string,
  organisationId: string,
  kind: ProfileRow['kind'],
) {
  const membership = await requireMembership(db, userId, organisationId, EDITORS);
  if (!allowedProfileKinds(membership.accountType).includes(kind)) {
    throw new AppError('FORBIDDEN', `${membership.accountType} cannot own ${kind}`, {
      detail: `An organisation of type ${membership.accountType} cannot own a ${kind} profile.`,
      errors: [
        {
          path: 'kind',
          message: `allowed: ${allowedProfileKinds(membership.accountType).join(', ') || 'none'}`,
        },
      ],
    });
  }
}

export async function createProfile(db: Db, userId: string, body: z.output<typeof createProfileBody>) {
  const { organisationId, ...raw } = body;
  await assertKindAllowed(db, userId, organisationId, raw.kind);
  const doc = assertProfileDocument(raw);
  return presentProfile(await insertProfile(db, organisationId, doc));
}

/** A profile the caller may edit: non-members of the owner get 404, viewers 403. */
export async function editableProfile(db: Db, userId: string, profileId: string): Promise<ProfileRow> {
  const row = await findProfile(db, profileId);
  if (!row) throw notFound('Profile');
  await requireMembership(db, userId, row.organisationId, EDITORS).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw notFound('Profile');
    throw error;
  });
  return row;
}

/** Published profiles are visible to every user; drafts only to the owner's members. */
export async function visibleProfile(db: Db, userId: string, profileId: string): Promise<ProfileRow> {
  const row = await findProfile(db, profileId);
  if (!row) throw notFound('Profile');
  if (row.status !== 'published') {
    await requireMembership(db, userId, row.organisationId).catch(() => {
      throw notFound('Profile');
    });
  }
  return row;
}

export async function updateProfile(
  db: Db,
  userId: string,
  profileId: string,
  patch: z.output<typeof updateProfileBody>,
) {
  const row = await editableProfile(db, userId, profileId);
  const merged = {
    ...rowDocument(row),
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  };
  const doc = await keepRiderFiles(db, row.id, assertProfileDocument(merged));
  return presentProfile(await updateProfileRow(db, row.id, documentColumns(doc)));
}

export async function setPublished(db: Db, userId: string, profileId: string, published: boolean) {
  const row = await editableProfile(db, userId, profileId);
  if (published) assertProfileDocument(rowDocument(row)); // rules may have tightened since the last edit
  return presentProfile(
    await updateProfileRow(db, row.id, {
      status: published ? 'published' : 'draft',
      publishedAt: published ? (row.publishedAt ?? new Date()) : null,
    }),
  );
}

export async function removeProfile(db: Db, userId: string, profileId: string) {
  const row = await editableProfile(db, userId, profileId);
  await deleteProfile(db, row.id);
}
