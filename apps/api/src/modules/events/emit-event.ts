import { type DbOrTx, domainEvents, type EventType } from '@flowstage/db';
import { enqueueJob } from '../../lib/jobs/index.ts';

export const DISPATCH_QUEUE = 'events.dispatch';

export interface EmitEventInput {
  readonly type: EventType;
  /** The organisations concerned: they get a notification and their webhooks are called. */
  readonly organisationIds: readonly string[];
  readonly payload: Record<string, unknown>;
  readonly occurredAt?: Date;
}

/**
 * Transactional outbox: call it with the transaction of the business change. The event and its
 * dispatch job commit or roll back together with that change, so no event is lost or invented.
 */
export async function emitEvent(tx: DbOrTx, input: EmitEventInput): Promise<string> {
  const [event] = await tx
    .insert(domainEvents)
    .values({
      type: input.type,
      organisationIds: [...new Set(input.organisationIds)],
      payload: input.payload,
      occurredAt: input.occurredAt ?? new Date(),
    })
    .returning({ id: domainEvents.id });
  if (!event) throw new Error('event insert returned nothing');
  await enqueueJob(tx, {
    queue: DISPATCH_QUEUE,
    payload: { eventId: event.id },
    idempotencyKey: `event:${event.id}`,
    maxAttempts: 10,
  });
  return event.id;
}
