import { type DbOrTx, municipalEvents, municipalPurchaseOrders, municipalQuotes } from '@flowstage/db';
import { type CalendarEvent, type Conflict, detectConflicts } from '@flowstage/domain/municipal';
import { addDays } from '@flowstage/domain/reference';
import { and, eq, gte, inArray, isNotNull, lte, ne } from 'drizzle-orm';
import { organisationCards } from './directory.ts';
import type { EventRow } from './event-repository.ts';

/** Days around an event during which another show of the same company can make travel impossible. */
const TRAVEL_WINDOW_DAYS = 3;

async function companiesByEvent(db: DbOrTx, eventIds: readonly string[]) {
  const map = new Map<string, Set<string>>();
  if (eventIds.length === 0) return map;
  const add = (eventId: string, companyId: string) => {
    const set = map.get(eventId) ?? new Set<string>();
    set.add(companyId);
    map.set(eventId, set);
  };
  const orders = await db
    .select({
      eventId: municipalPurchaseOrders.eventId,
      companyId: municipalPurchaseOrders.companyOrganisationId,
    })
    .from(municipalPurchaseOrders)
    .where(inArray(municipalPurchaseOrders.eventId, [...eventIds]));
  for (const o of orders) add(o.eventId, o.companyId);
  // A selected quote books the company before its purchase order is signed.
  const selected = await db
    .select({ eventId: municipalQuotes.eventId, companyId: municipalQuotes.companyOrganisationId })
    .from(municipalQuotes)
    .where(and(inArray(municipalQuotes.eventId, [...eventIds]), eq(municipalQuotes.status, 'selected')));
  for (const s of selected) add(s.eventId, s.companyId);
  return map;
}

function toCalendar(row: EventRow, companies: Set<string> | undefined): CalendarEvent | null {
  if (row.latitude === null || row.longitude === null) return null;
  return {
    id: row.id,
    name: row.title,
    kind: row.kind === 'festival' ? 'festival' : 'commune_event',
    communeId: row.organisationId,
    location: { lat: row.latitude, lon: row.longitude },
    date: row.startDate,
    endDate: row.endDate,
    companyIds: [...(companies ?? [])],
  };
}

/**
 * Conflicts of one event against the shared calendar: every commune's events (their own table)
 * around the dates, with the companies booked on each.
 */
export async function eventConflicts(
  db: DbOrTx,
  event: EventRow,
  options: { neighbourRadiusMetres?: number | undefined },
): Promise<{ conflicts: Conflict[]; located: boolean }> {
  const around = await db
    .select()
    .from(municipalEvents)
    .where(
      and(
        ne(municipalEvents.id, event.id),
        isNotNull(municipalEvents.latitude),
        lte(municipalEvents.startDate, addDays(event.endDate, TRAVEL_WINDOW_DAYS)),
        gte(municipalEvents.endDate, addDays(event.startDate, -TRAVEL_WINDOW_DAYS)),
      ),
    );
  const companies = await companiesByEvent(db, [event.id, ...around.map((e) => e.id)]);
  const candidate = toCalendar(event, companies.get(event.id));
  if (!candidate) return { conflicts: [], located: false };
  const calendar = around.flatMap((e) => toCalendar(e, companies.get(e.id)) ?? []);
  const raw = detectConflicts(
    candidate,
    calendar,
    options.neighbourRadiusMetres === undefined
      ? {}
      : { neighbourRadiusMetres: options.neighbourRadiusMetres },
  );
  // The domain names companies by id; people read names.
  const names = await organisationCards(db, [
    ...new Set(raw.flatMap((c) => (c.companyId ? [c.companyId] : []))),
  ]);
  const conflicts = raw.map((c) => {
    const name = c.companyId ? names.get(c.companyId)?.name : undefined;
    if (!c.companyId || !name) return c;
    const id = c.companyId;
    return {
      ...c,
      reason: { fr: c.reason.fr.replace(id, `« ${name} »`), en: c.reason.en.replace(id, `"${name}"`) },
    };
  });
  return { conflicts, located: true };
}
