import { ARCHIVE_KINDS } from '@flowstage/db';
import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { caller } from '../../plugins/access.ts';
import { requireMembership } from '../identity/index.ts';
import { requireCommune } from './access.ts';
import { deleteArchived, listArchive, readArchived } from './archive.ts';
import { cahierDesCharges, cahierDesChargesDocx, cahierDesChargesPdf } from './cahier-des-charges.ts';
import { depositRequest } from './chorus-pro.ts';
import type { MunicipalClock } from './clock.ts';
import { declarationsCsv, declarationsQuery, eventDeclarations } from './declarations-export.ts';
import { organisationCard } from './directory.ts';
import { eventParams } from './event.schema.ts';
import { findOwnEvent } from './event-repository.ts';
import { amountInput, isoDay } from './inputs.ts';
import { findInvoice, lateInterestFor, listInvoices, recordPayment } from './payments.ts';

const tags = ['municipal'];
const orgParams = z.strictObject({ orgId: z.uuid() });
const invoiceParams = z.strictObject({ orgId: z.uuid(), invoiceId: z.uuid() });
const base = '/organisations/:orgId/municipal';

const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`;

export function documentRoutes(app: ApiInstance, ctx: ApiContext, clock: MunicipalClock) {
  const { db } = ctx;

  app.get(`${base}/events/:eventId/cahier-des-charges`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Cahier des charges generated from the event (json, pdf or docx)',
      params: eventParams,
      querystring: z.strictObject({ format: z.enum(['json', 'pdf', 'docx']).default('json') }),
    },
    handler: async (request, reply) => {
      await requireCommune(db, caller(request).userId, request.params.orgId);
      const event = await findOwnEvent(db, request.params.orgId, request.params.eventId);
      const commune = await organisationCard(db, request.params.orgId);
      const doc = cahierDesCharges(event, commune, clock.today());
      const file = `cahier-des-charges-${event.startDate}`;
      if (request.query.format === 'pdf') {
        const bytes = await cahierDesChargesPdf(doc, new Date());
        return reply
          .type('application/pdf')
          .header('content-disposition', attachment(`${file}.pdf`))
          .send(Buffer.from(bytes));
      }
      if (request.query.format === 'docx') {
        const bytes = await cahierDesChargesDocx(doc);
        return reply
          .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          .header('content-disposition', attachment(`${file}.docx`))
          .send(Buffer.from(bytes));
      }
      return doc;
    },
  });

  app.get(`${base}/events/:eventId/declarations`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Pre-filled GUSO / SACEM / SACD / CNM declarations of an event (json or csv)',
      params: eventParams,
      querystring: declarationsQuery,
    },
    handler: async (request, reply) => {
      await requireCommune(db, caller(request).userId, request.params.orgId);
      const event = await findOwnEvent(db, request.params.orgId, request.params.eventId);
      const result = await eventDeclarations(db, event, request.query);
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            attachment(`declarations-${request.query.declaration ?? 'toutes'}-${event.startDate}.csv`),
          )
          .send(declarationsCsv(event.title, event.startDate, result.lines));
      }
      return result;
    },
  });

  app.get(`${base}/invoices`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Invoices received (commune) or issued (company), with the 30-day deadline',
      params: orgParams,
      querystring: z.strictObject({ unpaid: z.stringbool().default(false) }),
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      return { items: await listInvoices(db, request.params.orgId, clock.today(), request.query.unpaid) };
    },
  });

  app.get(`${base}/invoices/:invoiceId/late-interest`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Interest and indemnity owed if paid on a given day',
      params: invoiceParams,
      querystring: z.strictObject({ paidOn: isoDay }),
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      const row = await findInvoice(db, request.params.orgId, request.params.invoiceId);
      return lateInterestFor(row, request.query.paidOn);
    },
  });

  app.post(`${base}/invoices/:invoiceId/payment`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Record the payment (late interest computed automatically)',
      params: invoiceParams,
      body: z.strictObject({
        paidOn: isoDay,
        amount: amountInput.optional().describe('Amount paid incl. VAT; must equal the invoice total'),
      }),
    },
    handler: async (request) => {
      await requireCommune(db, caller(request).userId, request.params.orgId, ['owner', 'admin', 'member']);
      return recordPayment(db, request.params.orgId, request.params.invoiceId, request.body, clock.today());
    },
  });

  app.get(`${base}/invoices/:invoiceId/factur-x.xml`, {
    config: { access: 'user' },
    schema: { tags, summary: 'The CII XML (EN 16931) embedded in the invoice', params: invoiceParams },
    handler: async (request, reply) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      const row = await findInvoice(db, request.params.orgId, request.params.invoiceId);
      return reply.type('application/xml; charset=utf-8').send(row.xml);
    },
  });

  app.get(`${base}/invoices/:invoiceId/pdf`, {
    config: { access: 'user' },
    schema: { tags, summary: 'The Factur-X PDF/A-3 (from the archive, hash checked)', params: invoiceParams },
    handler: async (request, reply) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      const row = await findInvoice(db, request.params.orgId, request.params.invoiceId);
      const doc = await readArchived(db, request.params.orgId, row.pdfArchiveId);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachment(doc.fileName))
        .send(Buffer.from(doc.content));
    },
  });

  app.get(`${base}/invoices/:invoiceId/chorus-pro`, {
    config: { access: 'user' },
    schema: { tags, summary: 'Chorus Pro "déposer flux" payload for this invoice', params: invoiceParams },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      const row = await findInvoice(db, request.params.orgId, request.params.invoiceId);
      const doc = await readArchived(db, request.params.orgId, row.pdfArchiveId);
      return { endpoint: '/cpro/factures/v1/deposer/flux', request: depositRequest(doc.content, row.number) };
    },
  });

  const archiveQuery = z.strictObject({
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    eventId: z.uuid().optional(),
    companyId: z.uuid().optional(),
    kind: z.enum(ARCHIVE_KINDS).optional(),
  });
  const archiveParams = z.strictObject({ orgId: z.uuid(), documentId: z.uuid() });

  app.get(`${base}/archive`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Archived documents by year, event or company (10-year retention)',
      params: orgParams,
      querystring: archiveQuery,
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      return { items: await listArchive(db, request.params.orgId, request.query) };
    },
  });

  app.get(`${base}/archive/:documentId`, {
    config: { access: 'user' },
    schema: { tags, summary: 'Download an archived document (content hash verified)', params: archiveParams },
    handler: async (request, reply) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      const doc = await readArchived(db, request.params.orgId, request.params.documentId);
      return reply
        .type(doc.contentType)
        .header('content-disposition', attachment(doc.fileName))
        .header('x-content-sha256', doc.sha256)
        .send(Buffer.from(doc.content));
    },
  });

  app.delete(`${base}/archive/:documentId`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Delete an archived document (refused before the retention end)',
      params: archiveParams,
    },
    handler: async (request, reply) => {
      await requireMembership(db, caller(request).userId, request.params.orgId, ['owner', 'admin']);
      await deleteArchived(db, request.params.orgId, request.params.documentId);
      return reply.code(204).send();
    },
  });
}
