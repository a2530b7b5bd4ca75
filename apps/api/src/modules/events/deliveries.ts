import { randomUUID } from 'node:crypto';
import { type Db, domainEvents, webhookDeliveries, webhookDeliveryAttempts } from '@flowstage/db';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { notFound } from '../../errors.ts';
import { enqueueJob } from '../../lib/jobs/index.ts';
import { deliveryJob } from './dispatch-event.ts';
import { findWebhook } from './webhooks.ts';

export async function listDeliveries(db: Db, orgId: string, webhookId: string, limit = 50) {
  await findWebhook(db, orgId, webhookId);
  const rows = await db
    .select({ delivery: webhookDeliveries, eventType: domainEvents.type })
    .from(webhookDeliveries)
    .innerJoin(domainEvents, eq(domainEvents.id, webhookDeliveries.eventId))
    .where(eq(webhookDeliveries.subscriptionId, webhookId))
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(limit);
  const ids = rows.map((r) => r.delivery.id);
  const attempts =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(webhookDeliveryAttempts)
          .where(inArray(webhookDeliveryAttempts.deliveryId, ids))
          .orderBy(asc(webhookDeliveryAttempts.attempt));
  return rows.map(({ delivery: d, eventType }) => ({
    id: d.id,
    eventId: d.eventId,
    eventType,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    log: attempts
      .filter((a) => a.deliveryId === d.id)
      .map((a) => ({
        attempt: a.attempt,
        statusCode: a.statusCode,
        durationMs: a.durationMs,
        error: a.error,
        attemptedAt: a.attemptedAt.toISOString(),
      })),
  }));
}

/** Sends a delivery again (same Flowstage-Delivery id), with a fresh budget of retries. */
export async function redeliver(db: Db, orgId: string, webhookId: string, deliveryId: string) {
  await findWebhook(db, orgId, webhookId);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ status: 'pending' })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.subscriptionId, webhookId)))
      .returning({ id: webhookDeliveries.id });
    if (!row) throw notFound('Delivery');
    await enqueueJob(tx, deliveryJob(row.id, `delivery:${row.id}:manual:${randomUUID()}`));
  });
}
