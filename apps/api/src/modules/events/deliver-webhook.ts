import {
  type Db,
  domainEvents,
  webhookDeliveries,
  webhookDeliveryAttempts,
  webhookSubscriptions,
} from '@flowstage/db';
import { eq, sql } from 'drizzle-orm';
import { type Clock, type JobInfo, PermanentJobError } from '../../lib/jobs/index.ts';
import type { SecretBox } from './secret-box.ts';
import { checkWebhookUrl } from './url-policy.ts';
import { signWebhookPayload } from './webhook-signature.ts';

export const DELIVERY_TIMEOUT_MS = 10_000;

export interface DeliveryDeps {
  readonly db: Db;
  readonly secrets: SecretBox;
  readonly allowPrivate: boolean;
  readonly clock: Clock;
  readonly timeoutMs?: number;
}

/** The JSON body integrators receive. */
export function webhookBody(event: typeof domainEvents.$inferSelect, organisationId: string) {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    organisationId,
    data: event.payload,
  });
}

/**
 * One HTTP attempt of one delivery. Every attempt is logged; a non-2xx answer, a timeout or a cut
 * connection throws so the job queue retries with backoff; the last failure marks the delivery failed.
 */
export async function deliverWebhook(deps: DeliveryDeps, deliveryId: string, job: JobInfo): Promise<void> {
  const { db } = deps;
  const [row] = await db
    .select({ delivery: webhookDeliveries, subscription: webhookSubscriptions, event: domainEvents })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .innerJoin(domainEvents, eq(domainEvents.id, webhookDeliveries.eventId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!row) throw new PermanentJobError(`delivery ${deliveryId} no longer exists`);
  const { delivery, subscription, event } = row;
  if (delivery.status === 'delivered') return;
  if (!subscription.active) {
    await recordOutcome(
      deps,
      delivery.id,
      { statusCode: null, durationMs: 0, error: 'subscription disabled' },
      'failed',
    );
    throw new PermanentJobError('subscription disabled');
  }

  const body = webhookBody(event, subscription.organisationId);
  const started = performance.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  const verdict = await checkWebhookUrl(subscription.url, deps.allowPrivate);
  if (!verdict.ok) {
    error = `refused URL: ${verdict.reason}`;
  } else {
    const timestamp = Math.floor(deps.clock().getTime() / 1000);
    try {
      const response = await fetch(verdict.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'FlowStage-Webhooks/1',
          'flowstage-event': event.type,
          'flowstage-delivery': delivery.id,
          'flowstage-timestamp': String(timestamp),
          'flowstage-signature': signWebhookPayload(
            deps.secrets.open(subscription.secretCiphertext),
            timestamp,
            body,
          ),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(deps.timeoutMs ?? DELIVERY_TIMEOUT_MS),
      });
      statusCode = response.status;
      await response.body?.cancel();
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    } catch (e) {
      const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
      error = `${e instanceof Error ? e.message : String(e)}${cause}`;
    }
  }
  const durationMs = Math.round(performance.now() - started);
  const last = job.attempt >= job.maxAttempts;
  await recordOutcome(
    deps,
    delivery.id,
    { statusCode, durationMs, error },
    error ? (last ? 'failed' : 'pending') : 'delivered',
  );
  if (error) throw new Error(error);
}

async function recordOutcome(
  deps: DeliveryDeps,
  deliveryId: string,
  attempt: { statusCode: number | null; durationMs: number; error: string | null },
  status: 'pending' | 'delivered' | 'failed',
) {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(webhookDeliveries)
      .set({
        status,
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastStatusCode: attempt.statusCode,
        lastError: attempt.error,
        deliveredAt: status === 'delivered' ? now : null,
      })
      .where(eq(webhookDeliveries.id, deliveryId))
      .returning({ attempts: webhookDeliveries.attempts });
    await tx.insert(webhookDeliveryAttempts).values({
      deliveryId,
      attempt: updated?.attempts ?? 1,
      statusCode: attempt.statusCode,
      durationMs: attempt.durationMs,
      error: attempt.error,
      attemptedAt: now,
    });
  });
}
