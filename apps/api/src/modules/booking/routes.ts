import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { caller } from '../../plugins/access.ts';
import { requireMembership } from '../identity/index.ts';
import { acceptOffer } from './accept-offer.ts';
import * as s from './booking.schema.ts';
import { challengeHold, readSettings, releaseHold, saveSettings } from './challenge-hold.ts';
import { findHoldFor, holdsOfOrganisation, presentHold, presentHolds } from './hold-repository.ts';
import { counterOffer, declineOffer, makeOffer } from './make-offer.ts';
import { findOfferFor, offersOfOrganisation, presentOffer } from './offer-repository.ts';
import { placeHold } from './place-hold.ts';
import { sendForSignature } from './send-for-signature.ts';
import { decide, listQueue, resubmit, validationDocument } from './validation-queue.ts';

function who(request: FastifyRequest) {
  const ua = request.headers['user-agent'];
  return {
    userId: caller(request).userId,
    ip: request.ip ?? null,
    userAgent: typeof ua === 'string' ? ua.slice(0, 500) : null,
  };
}

const queueItem = s.validationSchema.extend({
  date: z.string(),
  feeCents: z.number().int(),
  currency: z.string(),
  tier: z.string().nullable(),
});

export function bookingRoutes(app: ApiInstance, ctx: ApiContext) {
  const { db } = ctx;
  const tags = ['booking'];
  const base = '/organisations/:orgId/booking';
  const user = { access: 'user' as const };

  app.get(`${base}/holds`, {
    config: user,
    schema: {
      tags,
      summary: 'Holds the organisation is party to, with rank and challenge timers',
      params: s.orgParams,
      response: { 200: z.array(s.holdSchema) },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      const now = new Date();
      return presentHolds(db, await holdsOfOrganisation(db, request.params.orgId), now);
    },
  });

  app.post(`${base}/holds`, {
    config: user,
    schema: {
      tags,
      summary: 'Place a hold on a venue date for an artist (ranked by arrival)',
      params: s.orgParams,
      body: s.placeHoldBody,
      response: { 201: s.holdSchema },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await placeHold(db, caller(request).userId, request.params.orgId, request.body, new Date())),
  });

  app.get(`${base}/holds/:holdId`, {
    config: user,
    schema: { tags, summary: 'One hold', params: s.holdParams, response: { 200: s.holdSchema } },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      const hold = await findHoldFor(db, request.params.orgId, request.params.holdId);
      return presentHold(db, hold, new Date());
    },
  });

  app.post(`${base}/holds/:holdId/challenge`, {
    config: user,
    schema: {
      tags,
      summary: 'Challenge the hold just above this one (it must confirm or release in time)',
      params: s.holdParams,
      response: { 200: s.holdSchema },
    },
    handler: async (request) =>
      challengeHold(db, caller(request).userId, request.params.orgId, request.params.holdId, new Date()),
  });

  app.post(`${base}/holds/:holdId/release`, {
    config: user,
    schema: {
      tags,
      summary: 'Release a hold (the holds below move up)',
      params: s.holdParams,
      response: { 200: s.holdSchema },
    },
    handler: async (request) =>
      releaseHold(db, caller(request).userId, request.params.orgId, request.params.holdId, new Date()),
  });

  app.post(`${base}/holds/:holdId/offers`, {
    config: user,
    schema: {
      tags,
      summary: 'Turn the first hold into an offer (answers a challenge)',
      params: s.holdParams,
      body: s.makeOfferBody,
      response: { 201: s.offerSchema },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await makeOffer(
            db,
            caller(request).userId,
            request.params.orgId,
            request.params.holdId,
            request.body,
            new Date(),
          ),
        ),
  });

  app.get(`${base}/offers`, {
    config: user,
    schema: {
      tags,
      summary: 'Offers of the organisation (either side)',
      params: s.orgParams,
      response: { 200: z.array(s.offerSchema) },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      const now = new Date();
      const rows = await offersOfOrganisation(db, request.params.orgId);
      return Promise.all(rows.map((r) => presentOffer(db, r, now)));
    },
  });

  app.get(`${base}/offers/:offerId`, {
    config: user,
    schema: {
      tags,
      summary: 'An offer with its counter-offer history, validation and audit trail',
      params: s.offerParams,
      response: { 200: s.offerSchema },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      return presentOffer(
        db,
        await findOfferFor(db, request.params.orgId, request.params.offerId),
        new Date(),
      );
    },
  });

  app.post(`${base}/offers/:offerId/counter`, {
    config: user,
    schema: {
      tags,
      summary: 'Counter-offer (new revision; the other side is then awaited)',
      params: s.offerParams,
      body: s.counterBody,
      response: { 200: s.offerSchema },
    },
    handler: async (request) =>
      counterOffer(
        db,
        caller(request).userId,
        request.params.orgId,
        request.params.offerId,
        request.body,
        new Date(),
      ),
  });

  app.post(`${base}/offers/:offerId/decline`, {
    config: user,
    schema: {
      tags,
      summary: 'Decline the offer (the hold is released)',
      params: s.offerParams,
      response: { 200: s.offerSchema },
    },
    handler: async (request) =>
      declineOffer(db, caller(request).userId, request.params.orgId, request.params.offerId, new Date()),
  });

  app.post(`${base}/offers/:offerId/accept`, {
    config: user,
    schema: {
      tags,
      summary:
        'Accept: confirms the show (409 if the date is already confirmed), generates the contract, routes it to validation',
      params: s.offerParams,
      body: s.acceptBody,
      response: { 200: s.offerSchema },
    },
    handler: async (request) =>
      acceptOffer(ctx, who(request), request.params.orgId, request.params.offerId, request.body, new Date()),
  });

  app.post(`${base}/offers/:offerId/send-for-signature`, {
    config: user,
    schema: {
      tags,
      summary: 'The seller validates the contract and sends it for signature (seller first, then buyer)',
      params: s.offerParams,
      response: { 200: s.offerSchema },
    },
    handler: async (request) => {
      const now = new Date();
      const offer = await sendForSignature(
        ctx,
        request.params.orgId,
        request.params.offerId,
        who(request),
        now,
      );
      return presentOffer(db, offer, now);
    },
  });

  app.post(`${base}/offers/:offerId/resubmit`, {
    config: user,
    schema: {
      tags,
      summary: 'Resubmit to validation after requested changes',
      params: s.offerParams,
      response: { 200: s.validationSchema },
    },
    handler: async (request) =>
      resubmit(db, caller(request).userId, request.params.orgId, request.params.offerId, new Date()),
  });

  app.get(`${base}/settings`, {
    config: user,
    schema: {
      tags,
      summary: 'Challenge delay applied to holds on this organisation’s dates',
      params: s.orgParams,
      response: { 200: s.settingsBody },
    },
    handler: async (request) => readSettings(db, caller(request).userId, request.params.orgId),
  });

  app.put(`${base}/settings`, {
    config: user,
    schema: {
      tags,
      summary: 'Set the challenge delay (hours, owner/admin)',
      params: s.orgParams,
      body: s.settingsBody,
      response: { 200: s.settingsBody },
    },
    handler: async (request) =>
      saveSettings(db, caller(request).userId, request.params.orgId, request.body.challengeHours),
  });

  app.get('/organisations/:orgId/validation/items', {
    config: user,
    schema: {
      tags: ['validation'],
      summary: 'Human validation queue with SLA timers (validators only)',
      params: s.orgParams,
      response: { 200: z.array(queueItem) },
    },
    handler: async (request) => listQueue(db, caller(request).userId, request.params.orgId, new Date()),
  });

  app.get('/organisations/:orgId/validation/items/:itemId/document', {
    config: user,
    schema: { tags: ['validation'], summary: 'The contract under review (HTML)', params: s.itemParams },
    handler: async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          await validationDocument(db, caller(request).userId, request.params.orgId, request.params.itemId),
        ),
  });

  app.post('/organisations/:orgId/validation/items/:itemId/decision', {
    config: user,
    schema: {
      tags: ['validation'],
      summary: 'Approve, request changes (comment) or reject',
      params: s.itemParams,
      body: s.decisionBody,
      response: { 200: s.validationSchema },
    },
    handler: async (request) =>
      decide(ctx, who(request), request.params.orgId, request.params.itemId, request.body, new Date()),
  });
}
