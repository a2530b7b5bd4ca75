import type { ApiContext } from '../../context.ts';
import type { JobRunner } from '../../lib/jobs/index.ts';
import { deliverWebhook } from './deliver-webhook.ts';
import { DELIVER_QUEUE, dispatchEvent, EMAIL_QUEUE, sendNotificationEmail } from './dispatch-event.ts';
import { DISPATCH_QUEUE } from './emit-event.ts';
import { webhookSecretBox } from './secret-store.ts';

export function allowPrivateWebhooks(config: ApiContext['config']): boolean {
  return config.WEBHOOKS_ALLOW_PRIVATE ?? config.NODE_ENV === 'test';
}

/** Registers the outbox relay, webhook deliveries and notification e-mails on a job runner. */
export function registerEventJobs(runner: JobRunner, ctx: ApiContext, options: { timeoutMs?: number } = {}) {
  const { db } = ctx;
  runner.register(DISPATCH_QUEUE, async (payload) => dispatchEvent(db, String(payload.eventId)), {
    backoffBaseSeconds: 5,
  });
  runner.register(
    DELIVER_QUEUE,
    async (payload, job) =>
      deliverWebhook(
        {
          db,
          secrets: await webhookSecretBox(db),
          allowPrivate: allowPrivateWebhooks(ctx.config),
          clock: runner.clock,
          ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        },
        String(payload.deliveryId),
        job,
      ),
    // 1, 2, 4, 8, 16 minutes between the 6 attempts; the lock outlives the 10 s HTTP timeout.
    { backoffBaseSeconds: 60, visibilityTimeoutSeconds: 120 },
  );
  runner.register(EMAIL_QUEUE, async (payload) =>
    sendNotificationEmail(
      db,
      ctx.mailer,
      ctx.config.PUBLIC_URL,
      String(payload.eventId),
      String(payload.userId),
    ),
  );
  return runner;
}
