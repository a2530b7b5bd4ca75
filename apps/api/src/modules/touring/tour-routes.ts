import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { caller } from '../../plugins/access.ts';
import { tourCsv, tourIcs, tourPdf } from './export-tour.ts';
import { createTour, editTour, getTour, listOrgTours, presentTour, removeTour } from './manage-tours.ts';
import { optimiseTour, selectTour } from './optimise-tour.ts';
import type { SolverPool } from './solver-pool.ts';
import * as s from './tour.schema.ts';

const tags = ['touring'];

export function tourRoutes(app: ApiInstance, ctx: ApiContext, solver: SolverPool) {
  const { db } = ctx;
  const base = '/organisations/:orgId/tours';

  app.get(base, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: "My organisation's tours",
      params: s.orgParams,
      response: { 200: z.object({ items: z.array(s.tourSummarySchema) }) },
    },
    handler: async (request) => {
      const rows = await listOrgTours(db, caller(request).userId, request.params.orgId);
      return { items: rows.map(presentTour) };
    },
  });

  app.post(base, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Create a tour (home base, dates, shows wanted, party, candidate venues, confirmed dates)',
      params: s.orgParams,
      body: s.createTourBody,
      response: { 201: s.tourSchema },
    },
    handler: async (request, reply) => {
      const row = await createTour(db, caller(request).userId, request.params.orgId, request.body);
      return reply.code(201).send(presentTour(row));
    },
  });

  app.get(`${base}/:tourId`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'A tour with its variants',
      params: s.tourParams,
      response: { 200: s.tourSchema },
    },
    handler: async (request) => {
      const { orgId, tourId } = request.params;
      return presentTour(await getTour(db, caller(request).userId, orgId, tourId));
    },
  });

  app.patch(`${base}/:tourId`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Rename a tour or change its problem (clears the stored plan)',
      params: s.tourParams,
      body: s.updateTourBody,
      response: { 200: s.tourSchema },
    },
    handler: async (request) => {
      const { orgId, tourId } = request.params;
      return presentTour(await editTour(db, caller(request).userId, orgId, tourId, request.body));
    },
  });

  app.delete(`${base}/:tourId`, {
    config: { access: 'user' },
    schema: { tags, summary: 'Delete a tour', params: s.tourParams },
    handler: async (request, reply) => {
      const { orgId, tourId } = request.params;
      await removeTour(db, caller(request).userId, orgId, tourId);
      return reply.code(204).send();
    },
  });

  app.post(`${base}/:tourId/optimise`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Run the optimiser (seeded, server-side) and store the variants; locked shows stay put',
      params: s.tourParams,
      body: s.optimiseBody,
      response: { 200: s.tourSchema },
    },
    handler: async (request) => {
      const { orgId, tourId } = request.params;
      return presentTour(await optimiseTour(db, solver, caller(request).userId, orgId, tourId, request.body));
    },
  });

  app.put(`${base}/:tourId/selection`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Choose a variant, possibly edited (re-evaluated server-side)',
      params: s.tourParams,
      body: s.selectionBody,
      response: { 200: s.tourSchema },
    },
    handler: async (request) => {
      const { orgId, tourId } = request.params;
      return presentTour(await selectTour(db, caller(request).userId, orgId, tourId, request.body));
    },
  });

  const exportParams = s.tourParams.extend({ format: z.enum(['ics', 'csv', 'pdf']) });
  app.get(`${base}/:tourId/export.:format`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Export the chosen tour: iCal, CSV, or PDF roadbook (one day sheet per date)',
      params: exportParams,
    },
    handler: async (request, reply) => {
      const { orgId, tourId, format } = request.params;
      const row = await getTour(db, caller(request).userId, orgId, tourId);
      const file = `tour-${row.id.slice(0, 8)}.${format}`;
      reply.header('content-disposition', `attachment; filename="${file}"`);
      if (format === 'ics') return reply.type('text/calendar; charset=utf-8').send(tourIcs(row));
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(tourCsv(row));
      return reply.type('application/pdf').send(Buffer.from(await tourPdf(row)));
    },
  });
}
