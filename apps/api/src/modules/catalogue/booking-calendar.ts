import { availabilitySlots, type DbOrTx } from '@flowstage/db';
import { dayOfWeek } from '@flowstage/domain/reference';
import { and, eq } from 'drizzle-orm';
import { matchingProfile } from './matching-feed.ts';

/**
 * Calendar operations for the booking module (additive public surface of the catalogue): whether a
 * profile is free on a day, and marking a confirmed show as booked so that it appears in the
 * profile's iCal feed and in availability searches.
 */
export async function profileDayStatus(
  db: DbOrTx,
  profileId: string,
  day: string,
): Promise<'free' | 'busy' | 'missing'> {
  const profile = await matchingProfile(db, profileId);
  if (!profile) return 'missing';
  const busy = profile.slots.some(
    (s) => s.start <= day && day <= s.end && (s.status === 'booked' || s.status === 'unavailable'),
  );
  // Rules use ISO weekdays (1 = Monday … 7 = Sunday); dayOfWeek is 0 = Sunday.
  const weekday = dayOfWeek(day) === 0 ? 7 : dayOfWeek(day);
  const ruled = profile.rules.some(
    (r) =>
      r.weekdays.includes(weekday) && (r.from === null || r.from <= day) && (r.to === null || day <= r.to),
  );
  return busy || ruled ? 'busy' : 'free';
}

/** Marks one day booked on a profile's calendar; returns the slot id (kept to undo a failed booking). */
export async function markDayBooked(tx: DbOrTx, profileId: string, day: string, reason: string) {
  const [row] = await tx
    .insert(availabilitySlots)
    .values({ profileId, startDate: day, endDate: day, status: 'booked', reason })
    .returning({ id: availabilitySlots.id });
  if (!row) throw new Error('slot insert returned nothing');
  return row.id;
}

/** Removes a booked day written by markDayBooked (compensation when the booking is undone). */
export async function unmarkDayBooked(tx: DbOrTx, profileId: string, slotId: string) {
  await tx
    .delete(availabilitySlots)
    .where(and(eq(availabilitySlots.id, slotId), eq(availabilitySlots.profileId, profileId)));
}
