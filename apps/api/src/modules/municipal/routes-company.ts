import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { caller } from '../../plugins/access.ts';
import { requireMembership } from '../identity/index.ts';
import { EDITORS } from './access.ts';
import type { MunicipalClock } from './clock.ts';
import { organisationCards } from './directory.ts';
import { findEvent } from './event-repository.ts';
import { issueInvoice } from './issue-invoice.ts';
import { issueInvoiceBody, orderParams } from './order.schema.ts';
import { listOrders, presentOrder } from './order-repository.ts';
import { presentInvoice } from './payments.ts';
import { opportunitiesQuery, submitQuoteBody } from './quote.schema.ts';
import { listOpportunities, submitQuote } from './submit-quote.ts';

const tags = ['municipal'];
const orgParams = z.strictObject({ orgId: z.uuid() });
const base = '/organisations/:orgId/municipal';

export function companyRoutes(app: ApiInstance, ctx: ApiContext, clock: MunicipalClock) {
  const { db } = ctx;

  app.get(`${base}/opportunities`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Published municipal needs, nearest first (local < 100 km flagged)',
      params: orgParams,
      querystring: opportunitiesQuery,
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      return {
        items: await listOpportunities(db, request.params.orgId, request.query.radiusKm, clock.today()),
      };
    },
  });

  app.post(`${base}/opportunities/:eventId/quotes`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Answer a consultation with a quote',
      params: z.strictObject({ orgId: z.uuid(), eventId: z.uuid() }),
      body: submitQuoteBody,
    },
    handler: async (request, reply) => {
      await requireMembership(db, caller(request).userId, request.params.orgId, EDITORS);
      const quote = await submitQuote(
        db,
        request.params.orgId,
        request.params.eventId,
        request.body,
        clock.today(),
      );
      return reply.code(201).send(quote);
    },
  });

  app.get(`${base}/orders`, {
    config: { access: 'user' },
    schema: { tags, summary: 'Purchase orders issued by or addressed to my organisation', params: orgParams },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      const rows = await listOrders(db, request.params.orgId);
      const names = await organisationCards(db, [
        ...new Set(rows.flatMap((r) => [r.organisationId, r.companyOrganisationId])),
      ]);
      const items = [];
      for (const r of rows) {
        const event = await findEvent(db, r.eventId);
        items.push({
          ...presentOrder(r),
          communeName: names.get(r.organisationId)?.name ?? '',
          companyName: names.get(r.companyOrganisationId)?.name ?? '',
          eventTitle: event?.title ?? '',
          eventStartDate: event?.startDate ?? '',
        });
      }
      return { items };
    },
  });

  app.get(`${base}/references`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'My municipal references: performances with the service certified done',
      params: orgParams,
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      const rows = (await listOrders(db, request.params.orgId)).filter(
        (r) => r.companyOrganisationId === request.params.orgId && r.serviceDoneOn !== null,
      );
      const names = await organisationCards(
        db,
        rows.map((r) => r.organisationId),
      );
      const items = [];
      for (const r of rows) {
        const event = await findEvent(db, r.eventId);
        items.push({
          orderId: r.id,
          communeName: names.get(r.organisationId)?.name ?? '',
          eventTitle: event?.title ?? '',
          date: r.serviceDoneOn,
        });
      }
      return { items };
    },
  });

  app.post(`${base}/orders/:orderId/invoice`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Issue the Factur-X invoice of an order whose service is done',
      params: orderParams,
      body: issueInvoiceBody,
    },
    handler: async (request, reply) => {
      await requireMembership(db, caller(request).userId, request.params.orgId, EDITORS);
      const today = clock.today();
      const row = await issueInvoice(db, request.params.orgId, request.params.orderId, request.body, today);
      const names = await organisationCards(db, [row.issuerOrganisationId, row.buyerOrganisationId]);
      return reply.code(201).send(presentInvoice(row, today, names));
    },
  });
}
