import { availabilityRules, availabilitySlots, type calendarSources, type Db } from '@flowstage/db';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../../errors.ts';
import { publicHolidays } from '../../lib/public-holidays.ts';
import { requireMembership } from '../identity/index.ts';
import type { rangeQuery, ruleBody, slotBody } from './availability.schema.ts';
import { editableProfile, visibleProfile } from './manage-profiles.ts';

/**
 * The calendar of a visible profile. Reasons are private: only members of the owner see them
 * (a programmer sees "booked", not with whom).
 */
export async function readCalendar(
  db: Db,
  userId: string,
  profileId: string,
  range: z.output<typeof rangeQuery>,
) {
  const profile = await visibleProfile(db, userId, profileId);
  const member = await requireMembership(db, userId, profile.organisationId).then(
    () => true,
    () => false,
  );
  const slots = await db
    .select()
    .from(availabilitySlots)
    .where(
      and(
        eq(availabilitySlots.profileId, profileId),
        lte(availabilitySlots.startDate, range.to),
        gte(availabilitySlots.endDate, range.from),
      ),
    )
    .orderBy(asc(availabilitySlots.startDate));
  const rules = await db.select().from(availabilityRules).where(eq(availabilityRules.profileId, profileId));
  const canton =
    profile.country === 'CH' && profile.region && /^[A-Z]{2}$/.test(profile.region) ? profile.region : null;
  return {
    slots: slots.map((s) => ({
      id: s.id,
      startDate: s.startDate,
      endDate: s.endDate,
      status: s.status,
      reason: member ? s.reason : null,
      source: s.sourceId ? ('ical' as const) : ('manual' as const),
    })),
    rules: rules.map((r) => ({
      id: r.id,
      weekdays: r.weekdays,
      validFrom: r.validFrom,
      validTo: r.validTo,
      reason: member ? r.reason : null,
    })),
    holidays: publicHolidays(profile.country, canton, range.from, range.to),
  };
}

export async function addSlot(db: Db, userId: string, profileId: string, body: z.output<typeof slotBody>) {
  await editableProfile(db, userId, profileId);
  const [row] = await db
    .insert(availabilitySlots)
    .values({
      profileId,
      startDate: body.startDate,
      endDate: body.endDate,
      status: body.status,
      reason: body.reason ?? null,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return {
    id: row.id,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    reason: row.reason,
    source: 'manual' as const,
  };
}

export async function deleteSlot(db: Db, userId: string, profileId: string, slotId: string) {
  await editableProfile(db, userId, profileId);
  const deleted = await db
    .delete(availabilitySlots)
    .where(and(eq(availabilitySlots.id, slotId), eq(availabilitySlots.profileId, profileId)))
    .returning({ id: availabilitySlots.id });
  if (deleted.length === 0) throw notFound('Calendar entry');
}

export async function addRule(db: Db, userId: string, profileId: string, body: z.output<typeof ruleBody>) {
  await editableProfile(db, userId, profileId);
  const [row] = await db
    .insert(availabilityRules)
    .values({
      profileId,
      weekdays: [...new Set(body.weekdays)].sort(),
      validFrom: body.validFrom ?? null,
      validTo: body.validTo ?? null,
      reason: body.reason ?? null,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return {
    id: row.id,
    weekdays: row.weekdays,
    validFrom: row.validFrom,
    validTo: row.validTo,
    reason: row.reason,
  };
}

export async function deleteRule(db: Db, userId: string, profileId: string, ruleId: string) {
  await editableProfile(db, userId, profileId);
  const deleted = await db
    .delete(availabilityRules)
    .where(and(eq(availabilityRules.id, ruleId), eq(availabilityRules.profileId, profileId)))
    .returning({ id: availabilityRules.id });
  if (deleted.length === 0) throw notFound('Rule');
}

export function presentSource(row: typeof calendarSources.$inferSelect) {
  return {
    id: row.id,
    label: row.label,
    url: row.url,
    lastSyncedAt: row.lastSyncedAt?.toISOString() ?? null,
    eventCount: row.eventCount,
  };
}
