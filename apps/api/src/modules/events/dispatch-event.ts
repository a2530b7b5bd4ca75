import {
  type Db,
  domainEvents,
  LOCALES,
  type Locale,
  memberships,
  notifications,
  users,
  webhookDeliveries,
  webhookSubscriptions,
} from '@flowstage/db';
import { and, arrayContains, eq, inArray } from 'drizzle-orm';
import { enqueueJob, PermanentJobError } from '../../lib/jobs/index.ts';
import type { Mailer } from '../../lib/mailer.ts';
import { notificationEmail } from './email-templates.ts';

export const DELIVER_QUEUE = 'webhooks.deliver';
export const EMAIL_QUEUE = 'notifications.email';
/** One first attempt plus 5 retries. */
export const WEBHOOK_MAX_ATTEMPTS = 6;

export function deliveryJob(deliveryId: string, idempotencyKey: string) {
  return {
    queue: DELIVER_QUEUE,
    payload: { deliveryId },
    maxAttempts: WEBHOOK_MAX_ATTEMPTS,
    idempotencyKey,
  };
}

/**
 * Fans one event out: an in-app notification per organisation, a delivery per matching webhook and
 * an e-mail job per manager. Every insert is idempotent, so a retried dispatch does not duplicate.
 */
export async function dispatchEvent(db: Db, eventId: string): Promise<void> {
  const event = await db.query.domainEvents.findFirst({ where: eq(domainEvents.id, eventId) });
  if (!event) throw new PermanentJobError(`event ${eventId} not found`);
  const orgs = event.organisationIds;
  if (orgs.length === 0) return;
  await db.transaction(async (tx) => {
    await tx
      .insert(notifications)
      .values(
        orgs.map((organisationId) => ({ organisationId, eventId, type: event.type, payload: event.payload })),
      )
      .onConflictDoNothing();
    const subscriptions = await tx
      .select({ id: webhookSubscriptions.id })
      .from(webhookSubscriptions)
      .where(
        and(
          inArray(webhookSubscriptions.organisationId, orgs),
          eq(webhookSubscriptions.active, true),
          arrayContains(webhookSubscriptions.events, [event.type]),
        ),
      );
    if (subscriptions.length > 0) {
      const deliveries = await tx
        .insert(webhookDeliveries)
        .values(subscriptions.map((s) => ({ subscriptionId: s.id, eventId })))
        .onConflictDoNothing()
        .returning({ id: webhookDeliveries.id });
      for (const d of deliveries) await enqueueJob(tx, deliveryJob(d.id, `delivery:${d.id}`));
    }
    // Managers of each organisation are told by e-mail (identity owns these tables; read-only here).
    const recipients = await tx
      .selectDistinct({ userId: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(inArray(memberships.organisationId, orgs), inArray(memberships.role, ['owner', 'admin'])));
    for (const r of recipients) {
      await enqueueJob(tx, {
        queue: EMAIL_QUEUE,
        payload: { eventId, userId: r.userId },
        idempotencyKey: `email:${eventId}:${r.userId}`,
      });
    }
  });
}

export async function sendNotificationEmail(
  db: Db,
  mailer: Mailer,
  publicUrl: string,
  eventId: string,
  userId: string,
): Promise<void> {
  const [event, user] = await Promise.all([
    db.query.domainEvents.findFirst({ where: eq(domainEvents.id, eventId) }),
    db.query.users.findFirst({ where: eq(users.id, userId) }),
  ]);
  if (!event || !user) throw new PermanentJobError('event or user vanished');
  const locale: Locale = (LOCALES as readonly string[]).includes(user.locale)
    ? (user.locale as Locale)
    : 'fr'; // checked just before
  const reference = typeof event.payload.reference === 'string' ? event.payload.reference : undefined;
  await mailer.send({ to: user.email, ...notificationEmail(event.type, locale, publicUrl, reference) });
}
