import { type DbOrTx, type TourStatus, type TourStopDetails, tours } from '@flowstage/db';
import { and, desc, eq } from 'drizzle-orm';

export type TourRow = typeof tours.$inferSelect;

export async function insertTour(
  db: DbOrTx,
  values: {
    organisationId: string;
    name: string;
    problem: Record<string, unknown>;
    stopDetails: Record<string, TourStopDetails>;
    createdBy: string;
  },
): Promise<TourRow> {
  const [row] = await db.insert(tours).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function listTours(db: DbOrTx, organisationId: string): Promise<TourRow[]> {
  return db
    .select()
    .from(tours)
    .where(eq(tours.organisationId, organisationId))
    .orderBy(desc(tours.createdAt))
    .limit(200);
}

/** Always scoped by organisation: a tour id of another organisation finds nothing. */
export async function findTour(db: DbOrTx, organisationId: string, id: string): Promise<TourRow | null> {
  const [row] = await db
    .select()
    .from(tours)
    .where(and(eq(tours.organisationId, organisationId), eq(tours.id, id)));
  return row ?? null;
}

export async function updateTour(
  db: DbOrTx,
  organisationId: string,
  id: string,
  patch: Partial<{
    name: string;
    status: TourStatus;
    problem: Record<string, unknown>;
    stopDetails: Record<string, TourStopDetails>;
    result: Record<string, unknown> | null;
    selection: Record<string, unknown> | null;
    locked: { stopId: string; date: string }[];
    seed: number;
    plannedAt: Date;
  }>,
): Promise<TourRow | null> {
  const [row] = await db
    .update(tours)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(tours.organisationId, organisationId), eq(tours.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteTour(db: DbOrTx, organisationId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(tours)
    .where(and(eq(tours.organisationId, organisationId), eq(tours.id, id)))
    .returning({ id: tours.id });
  return rows.length > 0;
}
