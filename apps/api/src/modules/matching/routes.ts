import { MATCH_CONTEXTS } from '@flowstage/db';
import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { compiledSerializer } from '../../lib/compiled-serializer.ts';
import { caller } from '../../plugins/access.ts';
import { invalidateOnWrites } from '../catalogue/index.ts';
import { requireMembership } from '../identity/index.ts';
import { bestPerDate } from './best-per-date.ts';
import { matchingIndexFor } from './index-registry.ts';
import * as s from './match.schema.ts';
import { searchMatches } from './search.ts';
import { listShortlist, removeFromShortlist, requestHold, saveToShortlist } from './shortlist.ts';
import { createConfig, listConfigs } from './weights.ts';
import { whyNot } from './why-not.ts';

const tags = ['matching'];

const weightsRow = z.object({
  id: z.uuid(),
  organisationId: z.uuid().nullable(),
  context: z.string(),
  version: z.string(),
  weights: z.record(z.string(), z.number()),
  label: z.string().nullable(),
  createdAt: z.string(),
});
const entrySchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  kind: z.string(),
  subjectProfileId: z.uuid().nullable(),
  candidateProfileId: z.uuid(),
  candidateName: z.string(),
  candidateCity: z.string().nullable(),
  date: z.string().nullable(),
  score: z.number(),
  weights: z.object({ context: z.string(), version: z.string() }),
  breakdown: z.array(z.record(z.string(), z.unknown())),
  note: z.string().nullable(),
  status: z.enum(['saved', 'hold_requested']),
  holdRequestedAt: z.string().nullable(),
  createdAt: z.string(),
});

export function matchingRoutes(app: ApiInstance, ctx: ApiContext) {
  const { db } = ctx;
  const index = matchingIndexFor(ctx);
  const deps = { db, index };
  const toJson = compiledSerializer(s.searchResponse)();
  app.addHook('onClose', async () => index.stop());
  // A write through this process (profiles, calendars, bookings) shows in its next match at once.
  invalidateOnWrites(app, index);

  app.post('/matching/search', {
    config: { access: 'user', readOnly: true },
    schema: {
      tags,
      summary:
        'Ranked candidates with score breakdowns (venues, artists, technicians, street arts, campsite circuits)',
      description:
        'An identical search (same body and weights, no catalogue change since) is answered from the ' +
        'process cache: response header X-Cache is HIT, otherwise MISS.',
      body: s.matchBody,
      response: { 200: s.searchResponse },
    },
    handler: async (request, reply) => {
      const { json, cached } = await searchMatches(deps, caller(request).userId, request.body, toJson);
      // bytes written by the response schema's serializer: Fastify sends a Buffer as it is
      const bytes = json as unknown as z.infer<typeof s.searchResponse>;
      return reply
        .header('x-cache', cached ? 'HIT' : 'MISS')
        .type('application/json; charset=utf-8')
        .send(bytes);
    },
  });

  app.post('/matching/best-per-date', {
    config: { access: 'user', readOnly: true },
    schema: {
      tags,
      summary: 'The best venues for each candidate date of an artist (default 5 per date)',
      body: s.perDateBody,
      response: { 200: s.perDateResponse },
    },
    handler: async (request) => {
      const { perDate, ...body } = request.body;
      return bestPerDate(deps, caller(request).userId, body, perDate);
    },
  });

  app.post('/matching/why-not', {
    config: { access: 'user', readOnly: true },
    schema: {
      tags,
      summary: 'Why a given candidate is not in the results: hard constraints failed, or its score and rank',
      body: s.whyNotBody,
      response: { 200: s.whyNotResponse },
    },
    handler: async (request) =>
      whyNot(deps, caller(request).userId, request.body.request, request.body.candidateProfileId),
  });

  app.get('/matching/weights', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Weight configurations: platform defaults and my organisation’s revisions',
      querystring: z.strictObject({ organisationId: z.uuid(), context: z.enum(MATCH_CONTEXTS).optional() }),
      response: { 200: z.object({ items: z.array(weightsRow) }) },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.query.organisationId);
      return { items: await listConfigs(db, request.query.organisationId, request.query.context) };
    },
  });

  app.post('/matching/weights', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Save my organisation’s weights for a context (each criterion once, sum 100)',
      body: z.strictObject({
        organisationId: z.uuid(),
        context: z.enum(MATCH_CONTEXTS),
        weights: z.record(z.string().max(40), z.number()),
        label: z.string().trim().max(120).optional(),
      }),
      response: { 201: weightsRow },
    },
    handler: async (request, reply) => {
      const { userId } = caller(request);
      await requireMembership(db, userId, request.body.organisationId, ['owner', 'admin']);
      return reply.code(201).send(await createConfig(db, { ...request.body, userId }));
    },
  });

  app.get('/matching/shortlist', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'My organisation’s shortlist',
      querystring: z.strictObject({ organisationId: z.uuid() }),
      response: { 200: z.object({ items: z.array(entrySchema) }) },
    },
    handler: async (request) => ({
      items: await listShortlist(db, caller(request).userId, request.query.organisationId),
    }),
  });

  app.post('/matching/shortlist', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Save a result to the shortlist (score recomputed and stored with its weights version)',
      body: z.strictObject({
        request: s.matchBody,
        candidateProfileId: z.uuid(),
        note: z.string().trim().max(1000).optional(),
      }),
      response: { 200: entrySchema, 201: entrySchema },
    },
    handler: async (request, reply) => {
      const { request: body, candidateProfileId, note } = request.body;
      const r = await saveToShortlist(deps, caller(request).userId, body, candidateProfileId, note);
      return reply.code(r.created ? 201 : 200).send(r.entry);
    },
  });

  app.delete('/matching/shortlist/:entryId', {
    config: { access: 'user' },
    schema: { tags, summary: 'Remove a shortlist entry', params: z.strictObject({ entryId: z.uuid() }) },
    handler: async (request, reply) => {
      await removeFromShortlist(db, caller(request).userId, request.params.entryId);
      return reply.code(204).send();
    },
  });

  app.post('/matching/shortlist/:entryId/hold', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Send a hold request from a shortlisted result (emits match_found)',
      params: z.strictObject({ entryId: z.uuid() }),
      body: z.strictObject({ message: z.string().trim().max(1000).optional() }).nullish(),
      response: { 200: entrySchema },
    },
    handler: async (request) =>
      requestHold(db, caller(request).userId, request.params.entryId, request.body?.message),
  });

  app.get('/matching/index-status', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Size and freshness of this process’s matching index',
      response: {
        200: z.object({
          loaded: z.boolean(),
          venues: z.number(),
          artists: z.number(),
          technicians: z.number(),
          streetArtsCompanies: z.number(),
          changeSeq: z.number(),
          lastSyncAt: z.string().nullable(),
        }),
      },
    },
    handler: async () => {
      await index.ready();
      return index.status();
    },
  });
}
