import { MUNICIPAL_EVENT_KINDS, MUNICIPAL_EVENT_STATUSES } from '@flowstage/db';
import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { caller } from '../../plugins/access.ts';
import { EDITORS, requireCommune, SIGNATORIES } from './access.ts';
import type { MunicipalClock } from './clock.ts';
import { compareQuotes, selectQuote } from './compare-quotes.ts';
import { createEvent } from './create-event.ts';
import { municipalDashboard } from './dashboard.ts';
import { determineAndStore, listPurchases } from './determine-procedure.ts';
import * as es from './event.schema.ts';
import { eventConflicts } from './event-conflicts.ts';
import { findOwnEvent, listOwnEvents, presentEvent, publishEvent } from './event-repository.ts';
import { issuePurchaseOrder, markServiceDone } from './issue-purchase-order.ts';
import { issueOrderBody, orderParams, serviceDoneBody } from './order.schema.ts';
import { determineBody, purchasesQuery } from './procurement.schema.ts';
import { quoteParams } from './quote.schema.ts';

const tags = ['municipal'];
const orgParams = z.strictObject({ orgId: z.uuid() });
const base = '/organisations/:orgId/municipal';

export function communeRoutes(app: ApiInstance, ctx: ApiContext, clock: MunicipalClock) {
  const { db } = ctx;

  app.get(`${base}/dashboard`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Culture officer dashboard: calendar, budget by event, companies, payments due (FR-014)',
      params: orgParams,
      querystring: z.strictObject({
        year: z.coerce.number().int().min(2000).max(2100).optional(),
        status: z.enum(MUNICIPAL_EVENT_STATUSES).optional(),
        kind: z.enum(MUNICIPAL_EVENT_KINDS).optional(),
      }),
    },
    handler: async (request) => {
      await requireCommune(db, caller(request).userId, request.params.orgId);
      const today = clock.today();
      const q = request.query;
      return municipalDashboard(
        db,
        request.params.orgId,
        { year: q.year ?? Number(today.slice(0, 4)), status: q.status, kind: q.kind },
        today,
      );
    },
  });

  app.get(`${base}/events`, {
    config: { access: 'user' },
    schema: { tags, summary: 'Events of the commune', params: orgParams, querystring: es.listEventsQuery },
    handler: async (request) => {
      await requireCommune(db, caller(request).userId, request.params.orgId);
      const rows = await listOwnEvents(db, request.params.orgId, request.query);
      return { items: rows.map(presentEvent) };
    },
  });

  app.post(`${base}/events`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Create a municipal event with its budget line',
      params: orgParams,
      body: es.createEventBody,
      response: { 201: es.eventSchema },
    },
    handler: async (request, reply) => {
      await requireCommune(db, caller(request).userId, request.params.orgId, EDITORS);
      return reply.code(201).send(await createEvent(db, request.params.orgId, request.body));
    },
  });

  app.get(`${base}/events/:eventId`, {
    config: { access: 'user' },
    schema: { tags, summary: 'One event', params: es.eventParams, response: { 200: es.eventSchema } },
    handler: async (request) => {
      await requireCommune(db, caller(request).userId, request.params.orgId);
      return presentEvent(await findOwnEvent(db, request.params.orgId, request.params.eventId));
    },
  });

  app.post(`${base}/events/:eventId/publish`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Publish the need to companies until a response deadline',
      params: es.eventParams,
      body: es.publishBody,
      response: { 200: es.eventSchema },
    },
    handler: async (request) => {
      await requireCommune(db, caller(request).userId, request.params.orgId, EDITORS);
      const event = await findOwnEvent(db, request.params.orgId, request.params.eventId);
      const deadline = request.body.responseDeadline;
      if (event.status !== 'planning')
        throw new AppError('CONFLICT', `event is ${event.status}`, { detail: 'Besoin déjà publié.' });
      if (deadline < clock.today() || deadline >= event.startDate) {
        throw new AppError('VALIDATION_FAILED', 'deadline', {
          detail: `La date limite doit être entre aujourd’hui et la veille de l’événement (${event.startDate}).`,
          errors: [{ path: 'responseDeadline', message: 'out of range' }],
        });
      }
      return presentEvent(await publishEvent(db, event.id, deadline));
    },
  });

  app.get(`${base}/events/:eventId/conflicts`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Conflicts with the shared calendar (FR-017)',
      params: es.eventParams,
      querystring: es.conflictsQuery,
    },
    handler: async (request) => {
      await requireCommune(db, caller(request).userId, request.params.orgId);
      const event = await findOwnEvent(db, request.params.orgId, request.params.eventId);
      const km = request.query.neighbourRadiusKm;
      return eventConflicts(db, event, { neighbourRadiusMetres: km === undefined ? undefined : km * 1000 });
    },
  });

  app.post(`${base}/purchases`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Determine and store the procurement procedure of a purchase',
      params: orgParams,
      body: determineBody,
    },
    handler: async (request, reply) => {
      const userId = caller(request).userId;
      await requireCommune(db, userId, request.params.orgId, EDITORS);
      return reply.code(201).send(await determineAndStore(db, request.params.orgId, userId, request.body));
    },
  });

  app.get(`${base}/purchases`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Stored procurement determinations',
      params: orgParams,
      querystring: purchasesQuery,
    },
    handler: async (request) => {
      await requireCommune(db, caller(request).userId, request.params.orgId);
      return { items: await listPurchases(db, request.params.orgId, request.query.eventId) };
    },
  });

  app.get(`${base}/events/:eventId/quotes`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Answers side by side with the FR-015 score',
      params: es.eventParams,
      querystring: z.strictObject({ locale: z.enum(['fr', 'en']).default('fr') }),
    },
    handler: async (request) => {
      await requireCommune(db, caller(request).userId, request.params.orgId);
      const event = await findOwnEvent(db, request.params.orgId, request.params.eventId);
      return compareQuotes(db, event, request.query.locale, clock.today());
    },
  });

  app.post(`${base}/events/:eventId/quotes/:quoteId/select`, {
    config: { access: 'user' },
    schema: { tags, summary: 'Retain one answer (the others are declined)', params: quoteParams },
    handler: async (request) => {
      await requireCommune(db, caller(request).userId, request.params.orgId, EDITORS);
      const event = await findOwnEvent(db, request.params.orgId, request.params.eventId);
      return selectQuote(db, event, request.params.quoteId);
    },
  });

  app.post(`${base}/events/:eventId/purchase-orders`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Issue the numbered, signed purchase order for the retained answer',
      params: es.eventParams,
      body: issueOrderBody,
    },
    handler: async (request, reply) => {
      const userId = caller(request).userId;
      await requireCommune(db, userId, request.params.orgId, SIGNATORIES);
      const event = await findOwnEvent(db, request.params.orgId, request.params.eventId);
      return reply.code(201).send(await issuePurchaseOrder(db, event, userId, request.body, clock.today()));
    },
  });

  app.post(`${base}/purchase-orders/:orderId/service-done`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Certify the service done (opens invoicing)',
      params: orderParams,
      body: serviceDoneBody,
    },
    handler: async (request) => {
      await requireCommune(db, caller(request).userId, request.params.orgId, EDITORS);
      const orgId = request.params.orgId;
      return markServiceDone(
        db,
        orgId,
        request.params.orderId,
        request.body,
        (id) => findOwnEvent(db, orgId, id),
        clock.today(),
      );
    },
  });
}
