import { type Db, memberships, notifications } from '@flowstage/db';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { notFound } from '../../errors.ts';

type Row = typeof notifications.$inferSelect;

function present(n: Row) {
  return {
    id: n.id,
    organisationId: n.organisationId,
    eventId: n.eventId,
    type: n.type,
    payload: n.payload,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}

/** Organisations of the user: notifications are shared by the members of an organisation. */
function myOrganisations(db: Db, userId: string) {
  return db
    .select({ id: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
}

export async function listNotifications(db: Db, userId: string, options: { unread: boolean; limit: number }) {
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        inArray(notifications.organisationId, myOrganisations(db, userId)),
        options.unread ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(options.limit);
  return rows.map(present);
}

export async function markNotificationRead(db: Db, userId: string, notificationId: string, now: Date) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.id, notificationId),
        inArray(notifications.organisationId, myOrganisations(db, userId)),
      ),
    )
    .returning();
  if (!row) throw notFound('Notification');
  return present(row);
}
