import { type DbOrTx, type MunicipalEventStatus, municipalEvents } from '@flowstage/db';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { notFound } from '../../errors.ts';

export type EventRow = typeof municipalEvents.$inferSelect;

export function presentEvent(row: EventRow) {
  const { createdAt: _createdAt, ...rest } = row;
  return rest;
}

/** An event of this commune, or 404 (the same answer whether it exists elsewhere or not at all). */
export async function findOwnEvent(db: DbOrTx, organisationId: string, eventId: string): Promise<EventRow> {
  const [row] = await db
    .select()
    .from(municipalEvents)
    .where(and(eq(municipalEvents.id, eventId), eq(municipalEvents.organisationId, organisationId)));
  if (!row) throw notFound('Event');
  return row;
}

export async function findEvent(db: DbOrTx, eventId: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(municipalEvents).where(eq(municipalEvents.id, eventId));
  return row;
}

export function listOwnEvents(
  db: DbOrTx,
  organisationId: string,
  filter: { year?: number | undefined; status?: MunicipalEventStatus | undefined },
) {
  const where: SQL[] = [eq(municipalEvents.organisationId, organisationId)];
  if (filter.year !== undefined) where.push(eq(municipalEvents.budgetYear, filter.year));
  if (filter.status) where.push(eq(municipalEvents.status, filter.status));
  return db
    .select()
    .from(municipalEvents)
    .where(and(...where))
    .orderBy(asc(municipalEvents.startDate));
}

export async function setEventStatus(db: DbOrTx, eventId: string, status: MunicipalEventStatus) {
  await db.update(municipalEvents).set({ status }).where(eq(municipalEvents.id, eventId));
}

export async function publishEvent(db: DbOrTx, eventId: string, responseDeadline: string): Promise<EventRow> {
  const [row] = await db
    .update(municipalEvents)
    .set({ status: 'published', responseDeadline })
    .where(and(eq(municipalEvents.id, eventId), eq(municipalEvents.status, 'planning')))
    .returning();
  if (!row) throw notFound('Event');
  return row;
}
