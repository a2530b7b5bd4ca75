import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { availabilitySlots, catalogueProfiles, memberships, users } from '../schema/index.ts';

/**
 * Busy days so that availability filters have something to filter: about one profile in four
 * gets a booked period in the next six months (derived from the id's hash, not random(), so a
 * database always gets the same calendar); the demo accounts' profiles get one of each status;
 * `keepFree` profiles get no random booking.
 */
export async function seedAvailability(db: Db, now: Date, keepFree: readonly string[] = []) {
  const today = now.toISOString().slice(0, 10);
  // The curated venues of the demo stories keep only the calendars their stories give them.
  const curated = keepFree.length
    ? sql`and p.id not in (${sql.join(
        keepFree.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  await db.execute(sql`
    insert into availability_slots (profile_id, start_date, end_date, status, reason)
    select p.id, ${today}::date + (h % 180), ${today}::date + (h % 180) + (h / 180 % 3), 'booked', 'Date confirmée'
    from (select id, ('x' || substr(md5(id::text), 1, 7))::bit(28)::int as h from catalogue_profiles) p
    where p.h % 4 = 0 ${curated} and not exists (select 1 from availability_slots s where s.profile_id = p.id)`);
  const demo = await db
    .select({ id: catalogueProfiles.id })
    .from(catalogueProfiles)
    .innerJoin(memberships, sql`${memberships.organisationId} = ${catalogueProfiles.organisationId}`)
    .innerJoin(users, sql`${users.id} = ${memberships.userId}`)
    .where(sql`${users.email} like '%@demo.flowstage.app'`);
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const slots = demo.flatMap((p) => [
    {
      profileId: p.id,
      startDate: day(10),
      endDate: day(12),
      status: 'booked' as const,
      reason: 'Tournée confirmée',
    },
    {
      profileId: p.id,
      startDate: day(20),
      endDate: day(20),
      status: 'option' as const,
      reason: '1re option',
    },
    {
      profileId: p.id,
      // after the four days the matching pages search by default (30 to 33 days ahead)
      startDate: day(55),
      endDate: day(59),
      status: 'unavailable' as const,
      reason: 'Congés',
    },
    { profileId: p.id, startDate: day(40), endDate: day(41), status: 'available' as const, reason: null },
  ]);
  if (slots.length > 0) {
    await db.delete(availabilitySlots).where(
      inArray(
        availabilitySlots.profileId,
        demo.map((p) => p.id),
      ),
    );
    await db.insert(availabilitySlots).values(slots);
  }
}
