import { randomBytes } from 'node:crypto';
import { type Db, type EventType, webhookSubscriptions } from '@flowstage/db';
import { and, asc, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../errors.ts';
import { webhookSecretBox } from './secret-store.ts';
import { checkWebhookUrl } from './url-policy.ts';

type Row = typeof webhookSubscriptions.$inferSelect;

export function presentWebhook(row: Row) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    url: row.url,
    events: row.events,
    description: row.description,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}

async function validUrl(raw: string, allowPrivate: boolean): Promise<string> {
  const verdict = await checkWebhookUrl(raw, allowPrivate);
  if (!verdict.ok) {
    throw new AppError('VALIDATION_FAILED', `webhook url refused: ${verdict.reason}`, {
      detail: 'The webhook URL is not accepted.',
      errors: [{ path: 'body.url', message: verdict.reason }],
    });
  }
  return verdict.url.toString();
}

export interface CreateWebhookInput {
  readonly url: string;
  readonly events: readonly EventType[];
  readonly description?: string | undefined;
  readonly active: boolean;
}

export async function createWebhook(db: Db, orgId: string, input: CreateWebhookInput, allowPrivate: boolean) {
  const url = await validUrl(input.url, allowPrivate);
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const box = await webhookSecretBox(db);
  const [row] = await db
    .insert(webhookSubscriptions)
    .values({
      organisationId: orgId,
      url,
      events: [...new Set(input.events)],
      description: input.description ?? null,
      active: input.active,
      secretCiphertext: box.seal(secret),
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return { ...presentWebhook(row), secret };
}

export async function findWebhook(db: Db, orgId: string, webhookId: string): Promise<Row> {
  const row = await db.query.webhookSubscriptions.findFirst({
    where: and(eq(webhookSubscriptions.id, webhookId), eq(webhookSubscriptions.organisationId, orgId)),
  });
  if (!row) throw notFound('Webhook');
  return row;
}

export async function listWebhooks(db: Db, orgId: string) {
  const rows = await db
    .select()
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.organisationId, orgId))
    .orderBy(asc(webhookSubscriptions.createdAt));
  return rows.map(presentWebhook);
}

export interface UpdateWebhookInput {
  readonly url?: string | undefined;
  readonly events?: readonly EventType[] | undefined;
  readonly description?: string | null | undefined;
  readonly active?: boolean | undefined;
}

export async function updateWebhook(
  db: Db,
  orgId: string,
  webhookId: string,
  input: UpdateWebhookInput,
  allowPrivate: boolean,
) {
  await findWebhook(db, orgId, webhookId);
  const changes: Partial<typeof webhookSubscriptions.$inferInsert> = {};
  if (input.url !== undefined) changes.url = await validUrl(input.url, allowPrivate);
  if (input.events !== undefined) changes.events = [...new Set(input.events)];
  if (input.description !== undefined) changes.description = input.description;
  if (input.active !== undefined) changes.active = input.active;
  if (Object.keys(changes).length === 0) return presentWebhook(await findWebhook(db, orgId, webhookId));
  const [row] = await db
    .update(webhookSubscriptions)
    .set(changes)
    .where(and(eq(webhookSubscriptions.id, webhookId), eq(webhookSubscriptions.organisationId, orgId)))
    .returning();
  if (!row) throw notFound('Webhook');
  return presentWebhook(row);
}

export async function deleteWebhook(db: Db, orgId: string, webhookId: string) {
  const rows = await db
    .delete(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.id, webhookId), eq(webhookSubscriptions.organisationId, orgId)))
    .returning({ id: webhookSubscriptions.id });
  if (rows.length === 0) throw notFound('Webhook');
}
