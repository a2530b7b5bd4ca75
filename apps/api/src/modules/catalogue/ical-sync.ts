import { availabilitySlots, calendarSources, catalogueProfiles, type Db } from '@flowstage/db';
import { and, eq, gte } from 'drizzle-orm';
import ical, { ICalEventTransparency } from 'ical-generator';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import type { icalImportBody } from './availability.schema.ts';
import { fetchIcal } from './ical-fetch.ts';
import { busyPeriods } from './ical-parse.ts';
import { presentSource } from './manage-availability.ts';
import { editableProfile } from './manage-profiles.ts';

const HORIZON_DAYS = 2 * 366;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Replaces the busy days of one source in a transaction: a failed parse leaves the old ones. */
async function storeBusy(db: Db, sourceId: string, profileId: string, ics: string, today: string) {
  let periods: ReturnType<typeof busyPeriods>;
  try {
    periods = busyPeriods(ics, today, addDays(today, HORIZON_DAYS));
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', 'unparsable ical', {
      detail: 'The calendar is not a valid iCalendar (RFC 5545) document.',
      errors: [{ path: 'ics', message: 'not a valid iCalendar document' }],
      cause: error,
    });
  }
  return db.transaction(async (tx) => {
    await tx.delete(availabilitySlots).where(eq(availabilitySlots.sourceId, sourceId));
    for (let i = 0; i < periods.length; i += 500) {
      await tx.insert(availabilitySlots).values(
        periods.slice(i, i + 500).map((p) => ({
          profileId,
          sourceId,
          startDate: p.startDate,
          endDate: p.endDate,
          status: 'unavailable' as const,
          reason: p.summary,
          externalUid: p.uid,
        })),
      );
    }
    const [row] = await tx
      .update(calendarSources)
      .set({ lastSyncedAt: new Date(), eventCount: periods.length })
      .where(eq(calendarSources.id, sourceId))
      .returning();
    if (!row) throw notFound('Calendar source');
    return presentSource(row);
  });
}

export interface IcalOptions {
  readonly allowPrivateHosts: boolean;
  readonly today: string;
}

export async function importIcal(
  db: Db,
  userId: string,
  profileId: string,
  body: z.output<typeof icalImportBody>,
  options: IcalOptions,
) {
  await editableProfile(db, userId, profileId);
  const ics = body.url ? await fetchIcal(body.url, options) : (body.ics ?? '');
  const [source] = await db
    .insert(calendarSources)
    .values({ profileId, label: body.label, url: body.url ?? null })
    .returning();
  if (!source) throw new Error('insert returned nothing');
  try {
    return await storeBusy(db, source.id, profileId, ics, options.today);
  } catch (error) {
    await db.delete(calendarSources).where(eq(calendarSources.id, source.id));
    throw error;
  }
}

export async function syncIcal(
  db: Db,
  userId: string,
  profileId: string,
  sourceId: string,
  options: IcalOptions,
) {
  await editableProfile(db, userId, profileId);
  const [source] = await db
    .select()
    .from(calendarSources)
    .where(and(eq(calendarSources.id, sourceId), eq(calendarSources.profileId, profileId)));
  if (!source?.url) throw notFound('Calendar source');
  return storeBusy(db, source.id, profileId, await fetchIcal(source.url, options), options.today);
}

/** The iCal feed (RFC 5545) of a profile, found by its secret token; reasons are left out. */
export async function calendarFeed(db: Db, token: string, today: string): Promise<string> {
  const [profile] = await db
    .select({ id: catalogueProfiles.id, name: catalogueProfiles.name })
    .from(catalogueProfiles)
    .where(eq(catalogueProfiles.calendarToken, token));
  if (!profile) throw notFound('Calendar');
  const slots = await db
    .select()
    .from(availabilitySlots)
    .where(
      and(eq(availabilitySlots.profileId, profile.id), gte(availabilitySlots.endDate, addDays(today, -90))),
    );
  const calendar = ical({
    name: `${profile.name} — Flow Stage`,
    prodId: { company: 'Flow Stage', product: 'catalogue' },
  });
  for (const slot of slots) {
    calendar.createEvent({
      id: `${slot.id}@flowstage.app`,
      start: new Date(`${slot.startDate}T00:00:00Z`),
      end: new Date(`${addDays(slot.endDate, 1)}T00:00:00Z`),
      allDay: true,
      summary: slot.status === 'option' ? 'Option' : slot.status === 'available' ? 'Available' : 'Busy',
      transparency:
        slot.status === 'available' ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    });
  }
  return calendar.toString();
}

export async function rotateCalendarToken(db: Db, userId: string, profileId: string) {
  await editableProfile(db, userId, profileId);
  const token = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('hex');
  await db.update(catalogueProfiles).set({ calendarToken: token }).where(eq(catalogueProfiles.id, profileId));
  return token;
}
