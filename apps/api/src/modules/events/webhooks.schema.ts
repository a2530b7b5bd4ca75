import { EVENT_TYPES } from '@flowstage/db';
import { z } from 'zod';
import { WEBHOOK_TOLERANCE_SECONDS } from './webhook-signature.ts';

export const eventTypeSchema = z.enum(EVENT_TYPES);

export const WEBHOOKS_DESCRIPTION = `Flow Stage POSTs a JSON body \`{ id, type, occurredAt, organisationId, data }\` to the URL for each subscribed event.
Headers:
- \`Flowstage-Event\`: the event type;
- \`Flowstage-Delivery\`: delivery id, identical across retries: use it to ignore duplicates (delivery is at-least-once);
- \`Flowstage-Timestamp\`: Unix seconds when the attempt was signed;
- \`Flowstage-Signature\`: \`v1=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>\`.
Verify the signature over the raw body in constant time and refuse a timestamp more than ${WEBHOOK_TOLERANCE_SECONDS / 60} minutes away from your clock (replay window); \`verifyWebhookSignature\` does both.
Answer 2xx within 10 s. Other answers, timeouts and cut connections are retried with exponential backoff (1, 2, 4, 8, 16 min): at most 5 retries, then the delivery is marked failed and can be redelivered by hand.
The secret is shown once, when the subscription is created.`;

const url = z.string().trim().max(2000).describe('http(s) URL; private addresses are refused in production');
const events = z.array(eventTypeSchema).min(1).max(EVENT_TYPES.length);

export const orgParams = z.object({ orgId: z.uuid() });
export const webhookParams = orgParams.extend({ webhookId: z.uuid() });
export const deliveryParams = webhookParams.extend({ deliveryId: z.uuid() });

export const createWebhookBody = z.strictObject({
  url,
  events,
  description: z.string().trim().max(200).optional(),
  active: z.boolean().default(true),
});

export const updateWebhookBody = z.strictObject({
  url: url.optional(),
  events: events.optional(),
  description: z.string().trim().max(200).nullable().optional(),
  active: z.boolean().optional(),
});

export const webhookSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  url: z.string(),
  events: z.array(eventTypeSchema),
  description: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
});

export const createdWebhookSchema = webhookSchema.extend({
  secret: z.string().describe('Signing secret: shown only in this response, store it now'),
});

export const attemptSchema = z.object({
  attempt: z.number().int(),
  statusCode: z.number().int().nullable(),
  durationMs: z.number().int(),
  error: z.string().nullable(),
  attemptedAt: z.string(),
});

export const deliverySchema = z.object({
  id: z.uuid().describe('The Flowstage-Delivery header value'),
  eventId: z.uuid(),
  eventType: eventTypeSchema,
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
  log: z.array(attemptSchema),
});

export const notificationSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  eventId: z.uuid(),
  type: eventTypeSchema,
  payload: z.record(z.string(), z.unknown()),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});

export const notificationQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const notificationParams = z.object({ notificationId: z.uuid() });
