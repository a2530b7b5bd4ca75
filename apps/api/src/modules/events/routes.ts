import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { caller } from '../../plugins/access.ts';
import { MANAGERS, requireMembership } from '../identity/index.ts';
import { listDeliveries, redeliver } from './deliveries.ts';
import { allowPrivateWebhooks } from './event-jobs.ts';
import { listNotifications, markNotificationRead } from './notifications.ts';
import * as s from './webhooks.schema.ts';
import {
  createWebhook,
  deleteWebhook,
  findWebhook,
  listWebhooks,
  presentWebhook,
  updateWebhook,
} from './webhooks.ts';

export function webhookRoutes(app: ApiInstance, ctx: ApiContext) {
  const { db } = ctx;
  const tags = ['webhooks'];
  const allowPrivate = allowPrivateWebhooks(ctx.config);
  const base = '/organisations/:orgId/webhooks';

  app.post(base, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Subscribe a URL to events (owner/admin); the signing secret is returned once',
      description: s.WEBHOOKS_DESCRIPTION,
      params: s.orgParams,
      body: s.createWebhookBody,
      response: { 201: s.createdWebhookSchema },
    },
    handler: async (request, reply) => {
      await requireMembership(db, caller(request).userId, request.params.orgId, MANAGERS);
      return reply.code(201).send(await createWebhook(db, request.params.orgId, request.body, allowPrivate));
    },
  });

  app.get(base, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Webhook subscriptions of the organisation',
      description: s.WEBHOOKS_DESCRIPTION,
      params: s.orgParams,
      response: { 200: z.array(s.webhookSchema) },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId, MANAGERS);
      return listWebhooks(db, request.params.orgId);
    },
  });

  app.get(`${base}/:webhookId`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'One webhook subscription',
      params: s.webhookParams,
      response: { 200: s.webhookSchema },
    },
    handler: async (request) => {
      const { orgId, webhookId } = request.params;
      await requireMembership(db, caller(request).userId, orgId, MANAGERS);
      return presentWebhook(await findWebhook(db, orgId, webhookId));
    },
  });

  app.patch(`${base}/:webhookId`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Change URL, events or active flag',
      params: s.webhookParams,
      body: s.updateWebhookBody,
      response: { 200: s.webhookSchema },
    },
    handler: async (request) => {
      const { orgId, webhookId } = request.params;
      await requireMembership(db, caller(request).userId, orgId, MANAGERS);
      return updateWebhook(db, orgId, webhookId, request.body, allowPrivate);
    },
  });

  app.delete(`${base}/:webhookId`, {
    config: { access: 'user' },
    schema: { tags, summary: 'Delete a webhook subscription and its delivery log', params: s.webhookParams },
    handler: async (request, reply) => {
      const { orgId, webhookId } = request.params;
      await requireMembership(db, caller(request).userId, orgId, MANAGERS);
      await deleteWebhook(db, orgId, webhookId);
      return reply.code(204).send();
    },
  });

  app.get(`${base}/:webhookId/deliveries`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Delivery log: every delivery with each attempt (status code, duration, error)',
      params: s.webhookParams,
      response: { 200: z.array(s.deliverySchema) },
    },
    handler: async (request) => {
      const { orgId, webhookId } = request.params;
      await requireMembership(db, caller(request).userId, orgId, MANAGERS);
      return listDeliveries(db, orgId, webhookId);
    },
  });

  app.post(`${base}/:webhookId/deliveries/:deliveryId/redeliver`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Send a delivery again (same delivery id, new retry budget)',
      params: s.deliveryParams,
    },
    handler: async (request, reply) => {
      const { orgId, webhookId, deliveryId } = request.params;
      await requireMembership(db, caller(request).userId, orgId, MANAGERS);
      await redeliver(db, orgId, webhookId, deliveryId);
      return reply.code(202).send();
    },
  });
}

export function notificationRoutes(app: ApiInstance, ctx: ApiContext) {
  const { db } = ctx;
  const tags = ['notifications'];

  app.get('/notifications', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Notifications of all my organisations, newest first',
      querystring: s.notificationQuery,
      response: { 200: z.array(s.notificationSchema) },
    },
    handler: async (request) =>
      listNotifications(db, caller(request).userId, {
        unread: request.query.unread === 'true',
        limit: request.query.limit,
      }),
  });

  app.post('/notifications/:notificationId/read', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Mark a notification read',
      params: s.notificationParams,
      response: { 200: s.notificationSchema },
    },
    handler: async (request) =>
      markNotificationRead(db, caller(request).userId, request.params.notificationId, new Date()),
  });
}
