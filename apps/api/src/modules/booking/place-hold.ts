import { bookingHolds, type Db } from '@flowstage/db';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import { matchingProfile, profileDayStatus } from '../catalogue/index.ts';
import { requireMembership } from '../identity/index.ts';
import { audit, pgErrorCode } from './audit.ts';
import type { placeHoldBody } from './booking.schema.ts';
import { presentHold } from './hold-repository.ts';

export const EDITORS = ['owner', 'admin', 'member'] as const;
const BUYER_KINDS = ['venue', 'municipality', 'campsite'];
const SELLER_KINDS = ['artist', 'street_arts_company'];

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { detail: message, errors: [{ path, message }] });

/** Both profiles of a hold, visible to the caller, of the right kinds; 404/400 otherwise. */
export async function holdProfiles(db: Db, orgId: string, venueProfileId: string, artistProfileId: string) {
  const [venue, artist] = await Promise.all([
    matchingProfile(db, venueProfileId),
    matchingProfile(db, artistProfileId),
  ]);
  const visible = (p: typeof venue) => p && (p.status === 'published' || p.organisationId === orgId);
  if (!visible(venue) || !venue) throw notFound('Venue profile');
  if (!visible(artist) || !artist) throw notFound('Artist profile');
  if (!BUYER_KINDS.includes(venue.kind)) throw invalid('body.venueProfileId', 'This profile is not a venue.');
  if (!SELLER_KINDS.includes(artist.kind))
    throw invalid('body.artistProfileId', 'This profile is not an artist.');
  return { venue, artist };
}

/**
 * Places a hold for an artist on a venue date. Either side may: the buyer (owner of the venue) or the
 * seller (owner of the artist profile). Dates in the past or busy on either calendar are refused.
 */
export async function placeHold(
  db: Db,
  userId: string,
  orgId: string,
  body: z.output<typeof placeHoldBody>,
  now: Date,
) {
  await requireMembership(db, userId, orgId, EDITORS);
  if (body.date < now.toISOString().slice(0, 10)) throw invalid('body.date', 'The date is in the past.');
  const { venue, artist } = await holdProfiles(db, orgId, body.venueProfileId, body.artistProfileId);
  if (venue.organisationId !== orgId && artist.organisationId !== orgId)
    throw new AppError('FORBIDDEN', 'caller owns neither profile', {
      detail: 'Only the venue or the artist’s side can place a hold.',
    });
  if (venue.organisationId === artist.organisationId)
    throw invalid('body.artistProfileId', 'The artist and the venue belong to the same organisation.');
  for (const [p, label] of [
    [venue, 'venue'],
    [artist, 'artist'],
  ] as const) {
    if ((await profileDayStatus(db, p.id, body.date)) !== 'free')
      throw new AppError('DATE_UNAVAILABLE', `${label} busy on ${body.date}`, {
        detail: `The ${label} is not available on ${body.date}.`,
        extensions: { profileId: p.id, date: body.date },
      });
  }
  const row = await db
    .transaction(async (tx) => {
      const [hold] = await tx
        .insert(bookingHolds)
        .values({
          venueProfileId: venue.id,
          artistProfileId: artist.id,
          venueOrganisationId: venue.organisationId,
          artistOrganisationId: artist.organisationId,
          placedByOrganisationId: orgId,
          placedBy: userId,
          stage: body.stage,
          day: body.date,
          note: body.note ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!hold) throw new Error('hold insert returned nothing');
      await audit(tx, { action: 'hold_placed', actor: `user:${userId}`, holdId: hold.id, at: now });
      return hold;
    })
    .catch((error: unknown) => {
      if (pgErrorCode(error) === '23505')
        throw new AppError('CONFLICT', 'live hold exists', {
          detail: 'This artist already holds this date at this venue.',
        });
      throw error;
    });
  return presentHold(db, row, now);
}
