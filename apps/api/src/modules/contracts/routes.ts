import type { MemberRole } from '@flowstage/db';
import {
  buildContractDocument,
  CLAUSE_LIBRARY,
  diffContractDocuments,
  validationsTriggered,
} from '@flowstage/domain/contracts';
import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { caller } from '../../plugins/access.ts';
import { MANAGERS, requireMembership } from '../identity/index.ts';
import { addOrganisationClause, listClauses, organisationLibrary, present } from './clause-library.ts';
import * as s from './contract.schema.ts';
import { findContractFor, findVersion, findVersionWithPdf, storedDocument } from './contract-repository.ts';
import { addContractVersion, createContract, describeContract, mentionReport } from './create-contract.ts';
import { renderContractHtml } from './render.ts';

export const EDITORS: readonly MemberRole[] = ['owner', 'admin', 'member'];

export function contractRoutes(app: ApiInstance, ctx: ApiContext) {
  const { db } = ctx;
  const tags = ['contracts'];
  const base = '/organisations/:orgId/contracts';

  app.get('/contracts/clauses', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'The standard clause library (title and text in fr/en/nl/de)',
      response: { 200: z.array(s.clauseSchema) },
    },
    handler: async () => CLAUSE_LIBRARY.map(present),
  });

  app.post('/contracts/check-mentions', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Which mandatory mentions are missing from these terms',
      body: s.newVersionBody,
      response: { 200: s.mentionReportSchema },
    },
    handler: async (request) => mentionReport(request.body.terms),
  });

  app.get(`${base}/clauses`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: "Platform clause library plus the organisation's own clauses (ids org:<key>)",
      params: s.orgParams,
      querystring: s.clauseQuery,
      response: { 200: z.array(s.clauseSchema) },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      return listClauses(db, request.params.orgId, request.query.kind);
    },
  });

  app.post(`${base}/clauses`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: "Add a clause to the organisation's library (owner/admin)",
      params: s.orgParams,
      body: s.newClauseBody,
      response: { 201: s.clauseSchema },
    },
    handler: async (request, reply) => {
      await requireMembership(db, caller(request).userId, request.params.orgId, MANAGERS);
      return reply.code(201).send(await addOrganisationClause(db, request.params.orgId, request.body));
    },
  });

  app.post(base, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Create a contract (reference, version 1, PDF) from its terms',
      params: s.orgParams,
      body: s.createContractBody,
      response: { 201: s.contractSchema },
    },
    handler: async (request, reply) => {
      const { userId } = caller(request);
      await requireMembership(db, userId, request.params.orgId, EDITORS);
      const created = await createContract(db, {
        organisationId: request.params.orgId,
        userId,
        terms: request.body.terms,
        counterpartyOrganisationId: request.body.counterpartyOrganisationId,
      });
      return reply.code(201).send(created);
    },
  });

  app.get(`${base}/:contractId`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'A contract with its versions and missing mentions',
      params: s.contractParams,
      response: { 200: s.contractSchema },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      return describeContract(db, request.params.orgId, request.params.contractId);
    },
  });

  app.post(`${base}/:contractId/versions`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Save new terms as a new version',
      params: s.contractParams,
      body: s.newVersionBody,
      response: { 201: s.contractSchema },
    },
    handler: async (request, reply) => {
      const { userId } = caller(request);
      const { orgId, contractId } = request.params;
      await requireMembership(db, userId, orgId, EDITORS);
      return reply
        .code(201)
        .send(await addContractVersion(db, orgId, contractId, userId, request.body.terms));
    },
  });

  app.get(`${base}/:contractId/versions/:version`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'The terms and clauses of a version (what the guided clause editor starts from)',
      params: s.versionParams,
      response: { 200: s.versionDetailSchema },
    },
    handler: async (request) => {
      const { orgId, contractId, version } = request.params;
      await requireMembership(db, caller(request).userId, orgId);
      await findContractFor(db, orgId, contractId);
      const row = await findVersion(db, contractId, version);
      return {
        id: row.id,
        version: row.version,
        pdfSha256: row.pdfSha256,
        createdAt: row.createdAt.toISOString(),
        terms: s.termsSchema.parse(row.terms),
        clauses: [...storedDocument(row).clauses],
      };
    },
  });

  app.post(`${base}/:contractId/preview`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Clauses, missing mentions and validations that edited terms would give (nothing saved)',
      params: s.contractParams,
      body: s.previewBody,
      response: { 200: s.previewSchema },
    },
    handler: async (request) => {
      const { orgId, contractId } = request.params;
      await requireMembership(db, caller(request).userId, orgId, EDITORS);
      const contract = await findContractFor(db, orgId, contractId, true);
      const library = await organisationLibrary(db, orgId);
      const { terms } = request.body;
      return {
        clauses: [...buildContractDocument(terms, contract.reference, library).clauses],
        mentions: mentionReport(terms, library),
        validations: [...validationsTriggered(terms, new Date())],
      };
    },
  });

  app.get(`${base}/:contractId/versions/:version/pdf`, {
    config: { access: 'user' },
    schema: { tags, summary: 'The PDF of a version', params: s.versionParams },
    handler: async (request, reply) => {
      const { orgId, contractId, version } = request.params;
      await requireMembership(db, caller(request).userId, orgId);
      const contract = await findContractFor(db, orgId, contractId);
      const row = await findVersionWithPdf(db, contractId, version);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${contract.reference}-v${version}.pdf"`)
        .send(Buffer.from(row.pdf));
    },
  });

  app.get(`${base}/:contractId/versions/:version/html`, {
    config: { access: 'user' },
    schema: { tags, summary: 'A readable HTML view of a version', params: s.versionParams },
    handler: async (request, reply) => {
      const { orgId, contractId, version } = request.params;
      await requireMembership(db, caller(request).userId, orgId);
      // Visibility check: the contract must be the organisation's or its counterparty's.
      await findContractFor(db, orgId, contractId);
      const row = await findVersion(db, contractId, version);
      return reply.type('text/html; charset=utf-8').send(renderContractHtml(storedDocument(row)));
    },
  });

  app.get(`${base}/:contractId/diff`, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Clause-level and text-level differences between two versions',
      params: s.contractParams,
      querystring: s.diffQuery,
      response: { 200: s.diffSchema },
    },
    handler: async (request) => {
      const { orgId, contractId } = request.params;
      await requireMembership(db, caller(request).userId, orgId);
      await findContractFor(db, orgId, contractId);
      const [a, b] = await Promise.all([
        findVersion(db, contractId, request.query.from),
        findVersion(db, contractId, request.query.to),
      ]);
      const diff = diffContractDocuments(storedDocument(a), storedDocument(b), {
        before: `v${a.version}`,
        after: `v${b.version}`,
      });
      return {
        ...diff,
        clauses: diff.clauses.map((c) =>
          c.kind === 'modified'
            ? {
                ...c,
                words: c.words.map((w) => ({
                  value: w.value,
                  added: w.added === true,
                  removed: w.removed === true,
                })),
              }
            : c,
        ),
      };
    },
  });
}
