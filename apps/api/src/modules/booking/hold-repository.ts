import { bookingHolds, bookingOffers, type DbOrTx } from '@flowstage/db';
import { rankHolds, secondsLeft } from '@flowstage/domain/booking';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { notFound } from '../../errors.ts';
import { matchingProfile } from '../catalogue/index.ts';

export type HoldRow = typeof bookingHolds.$inferSelect;

/** Every hold of one venue stage and date (all statuses), oldest first. */
export async function slotHolds(db: DbOrTx, venueProfileId: string, stage: string, day: string) {
  return db
    .select()
    .from(bookingHolds)
    .where(
      and(
        eq(bookingHolds.venueProfileId, venueProfileId),
        eq(bookingHolds.stage, stage),
        eq(bookingHolds.day, day),
      ),
    )
    .orderBy(asc(bookingHolds.createdAt));
}

const isParty = (orgId: string) =>
  or(
    eq(bookingHolds.venueOrganisationId, orgId),
    eq(bookingHolds.artistOrganisationId, orgId),
    eq(bookingHolds.placedByOrganisationId, orgId),
  );

/** A hold the organisation is a party of (venue, artist or holder); 404 otherwise. */
export async function findHoldFor(db: DbOrTx, orgId: string, holdId: string, lock = false) {
  const query = db
    .select()
    .from(bookingHolds)
    .where(and(eq(bookingHolds.id, holdId), isParty(orgId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Hold');
  return row;
}

export async function holdsOfOrganisation(db: DbOrTx, orgId: string) {
  return db.select().from(bookingHolds).where(isParty(orgId)).orderBy(asc(bookingHolds.day)).limit(500);
}

/** Holds with their rank on their date, the live count there, names and open offer. */
export async function presentHolds(db: DbOrTx, rows: readonly HoldRow[], now: Date) {
  const slots = new Map<string, HoldRow[]>();
  for (const r of rows) {
    const key = `${r.venueProfileId}|${r.stage}|${r.day}`;
    if (!slots.has(key)) slots.set(key, await slotHolds(db, r.venueProfileId, r.stage, r.day));
  }
  const names = new Map<string, string>();
  for (const id of new Set(rows.flatMap((r) => [r.venueProfileId, r.artistProfileId]))) {
    names.set(id, (await matchingProfile(db, id))?.name ?? '');
  }
  const offers =
    rows.length === 0
      ? []
      : await db
          .select({ id: bookingOffers.id, holdId: bookingOffers.holdId })
          .from(bookingOffers)
          .where(
            and(
              inArray(
                bookingOffers.holdId,
                rows.map((r) => r.id),
              ),
              inArray(bookingOffers.status, ['pending', 'accepted']),
            ),
          );
  return rows.map((r) => {
    const ranked = rankHolds(
      (slots.get(`${r.venueProfileId}|${r.stage}|${r.day}`) ?? []).map((h) => ({
        ...h,
        createdAt: h.createdAt.toISOString(),
      })),
    );
    const mine = ranked.find((h) => h.id === r.id);
    return {
      id: r.id,
      venueProfileId: r.venueProfileId,
      venueName: names.get(r.venueProfileId) ?? '',
      artistProfileId: r.artistProfileId,
      artistName: names.get(r.artistProfileId) ?? '',
      placedByOrganisationId: r.placedByOrganisationId,
      stage: r.stage,
      date: r.day,
      status: r.status,
      rank: mine?.rank ?? null,
      holdsOnDate: ranked.filter((h) => h.rank !== null).length,
      challengeDeadline: r.challengeDeadline?.toISOString() ?? null,
      secondsLeft:
        r.status === 'challenged' && r.challengeDeadline ? secondsLeft(r.challengeDeadline, now) : null,
      challengedByHoldId: r.challengedByHoldId,
      offerId: offers.find((o) => o.holdId === r.id)?.id ?? null,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

export async function presentHold(db: DbOrTx, row: HoldRow, now: Date) {
  const [presented] = await presentHolds(db, [row], now);
  if (!presented) throw new Error('presentHolds dropped a row');
  return presented;
}
