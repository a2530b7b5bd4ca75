import type { FastifyRequest } from 'fastify';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { caller } from '../../plugins/access.ts';
import { EDITORS } from '../contracts/index.ts';
import { MANAGERS, requireMembership } from '../identity/index.ts';
import { uploadOrganisationCertificate } from './certificates.ts';
import { createSignatureRequest } from './create-request.ts';
import { describeRequest, findRequestFor, verifyUploadedPdf } from './requests.ts';
import { resendInvitations } from './resend.ts';
import * as s from './signature.schema.ts';
import { openSigningLink, signWithLink } from './signing.ts';

const MAX_PDF_BYTES = 20 * 1024 * 1024;

function who(request: FastifyRequest) {
  const ua = request.headers['user-agent'];
  return {
    ip: request.ip ?? null,
    userAgent: typeof ua === 'string' ? ua.slice(0, 500) : null,
    now: new Date(),
  };
}

export function signatureRoutes(app: ApiInstance, ctx: ApiContext) {
  const { db } = ctx;
  const tags = ['signature'];

  // Verification takes the PDF itself as the request body.
  app.addContentTypeParser(
    'application/pdf',
    { parseAs: 'buffer', bodyLimit: MAX_PDF_BYTES },
    (_req, body, done) => done(null, body),
  );

  app.post('/organisations/:orgId/contracts/:contractId/signature-requests', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Send the current version for signature by the signers, in order',
      params: s.contractParams,
      body: s.createRequestBody,
      response: { 201: s.createdRequestSchema },
    },
    handler: async (request, reply) => {
      const { userId } = caller(request);
      await requireMembership(db, userId, request.params.orgId, EDITORS);
      const created = await createSignatureRequest(db, ctx.mailer, ctx.config.PUBLIC_URL, {
        orgId: request.params.orgId,
        contractId: request.params.contractId,
        userId,
        signers: request.body.signers,
        ...who(request),
      });
      return reply.code(201).send(created);
    },
  });

  app.get('/organisations/:orgId/signature-requests/:requestId', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Signers, status and hash-chained audit trail',
      params: s.requestParams,
      response: { 200: s.requestSchema },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      return describeRequest(db, request.params.orgId, request.params.requestId);
    },
  });

  app.post('/organisations/:orgId/signature-requests/:requestId/resend', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'New links for the signers who have not signed yet (old links stop working)',
      params: s.requestParams,
      response: { 200: s.resendSchema },
    },
    handler: async (request) => {
      const { userId } = caller(request);
      await requireMembership(db, userId, request.params.orgId, EDITORS);
      return resendInvitations(db, ctx.mailer, ctx.config.PUBLIC_URL, {
        orgId: request.params.orgId,
        requestId: request.params.requestId,
        userId,
        ...who(request),
      });
    },
  });

  app.get('/organisations/:orgId/signature-requests/:requestId/pdf', {
    config: { access: 'user' },
    schema: { tags, summary: 'The signed, sealed PDF (with its certificate page)', params: s.requestParams },
    handler: async (request, reply) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      const { request: row, contract } = await findRequestFor(
        db,
        request.params.orgId,
        request.params.requestId,
      );
      if (!row.signedPdf)
        throw new AppError('CONFLICT', 'not completed', {
          detail: 'The document is not signed by every party yet.',
        });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${contract.reference}-signed.pdf"`)
        .send(Buffer.from(row.signedPdf));
    },
  });

  app.get('/signing/:token', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Open a signing link: document, consent text, signing order',
      params: s.tokenParams,
      response: { 200: s.signingViewSchema },
    },
    handler: async (request) => {
      const view = await openSigningLink(db, request.params.token, who(request));
      return { ...view, document: { ...view.document } };
    },
  });

  app.post('/signing/:token/sign', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Sign: consent + typed full name (IP and browser are recorded)',
      params: s.tokenParams,
      body: s.signBody,
    },
    handler: async (request) => signWithLink(db, request.params.token, request.body, who(request)),
  });

  app.post('/signatures/verify', {
    config: { access: 'public' },
    bodyLimit: MAX_PDF_BYTES,
    schema: {
      tags,
      summary:
        'Upload a PDF (Content-Type: application/pdf): is its signature intact, which signed version is it?',
      response: { 200: s.verificationSchema },
    },
    handler: async (request) => {
      if (!Buffer.isBuffer(request.body) || request.body.length === 0)
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'expected a PDF body', {
          detail: 'Send the PDF as the body with Content-Type: application/pdf.',
        });
      const result = await verifyUploadedPdf(db, request.body);
      return { ...result, signature: { ...result.signature, reason: result.signature.reason } };
    },
  });

  app.put('/organisations/:orgId/signing-certificate', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: "Use the organisation's own PKCS#12 certificate for its PAdES seals (owner/admin)",
      params: s.orgParams,
      body: s.uploadCertificateBody,
      response: { 200: s.certificateSchema },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId, MANAGERS);
      return uploadOrganisationCertificate(
        db,
        request.params.orgId,
        Buffer.from(request.body.p12Base64, 'base64'),
        request.body.passphrase,
      );
    },
  });
}
