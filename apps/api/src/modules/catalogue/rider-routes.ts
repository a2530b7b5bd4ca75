import multipart from '@fastify/multipart';
import { RIDER_KINDS } from '@flowstage/db';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { caller } from '../../plugins/access.ts';
import { profileSchema } from './profile.schema.ts';
import { readRider, removeRider, uploadRider } from './rider-files.ts';
import { MAX_RIDER_BYTES } from './rider-pdf.ts';

const tags = ['catalogue'];
const riderParams = z.strictObject({
  profileId: z.uuid(),
  rider: z.enum(RIDER_KINDS).describe('technical or hospitality'),
});

const tooLarge = () =>
  new AppError('PAYLOAD_TOO_LARGE', 'rider too large', {
    detail: `A rider PDF may weigh at most ${MAX_RIDER_BYTES / 1024 / 1024} MB.`,
    errors: [{ path: 'file', message: `larger than ${MAX_RIDER_BYTES} bytes` }],
  });

/** The one file of the form, read up to the limit (one byte more tells it was too large). */
async function readUpload(request: FastifyRequest): Promise<{ filename: string; bytes: Uint8Array }> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'rider upload is not multipart', {
      detail: 'Send the rider as multipart/form-data with the PDF in a field named "file".',
    });
  }
  try {
    const part = await request.file({ limits: { fileSize: MAX_RIDER_BYTES, files: 1, fields: 0, parts: 1 } });
    if (part?.fieldname !== 'file') {
      throw new AppError('VALIDATION_FAILED', 'no rider file', {
        detail: 'The form has no file field named "file".',
        errors: [{ path: 'file', message: 'required' }],
      });
    }
    return { filename: part.filename, bytes: await part.toBuffer() };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code; // @fastify/multipart errors carry FST_ codes
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw new AppError('VALIDATION_FAILED', 'unexpected multipart fields', {
        detail: 'Send one field only: the PDF, named "file".',
        errors: [{ path: 'file', message: 'one file, no other field' }],
        cause: error,
      });
    }
    throw error;
  }
}

export function riderRoutes(app: ApiInstance, { db }: ApiContext) {
  // Own scope: the multipart parser serves the upload route only.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_RIDER_BYTES, files: 1 } });
    const api = scope.withTypeProvider<ZodTypeProvider>();

    api.post('/catalogue/profiles/:profileId/riders/:rider', {
      config: { access: 'user' },
      schema: {
        tags,
        summary: "Upload or replace an artist's technical or hospitality rider (PDF, ≤ 10 MB)",
        description:
          'multipart/form-data with one field "file". The file must be a readable PDF: anything else is refused ' +
          '(415 not a PDF, 400 damaged PDF, 413 over 10 MB). The profile is returned with the file reference in ' +
          'details.technicalRider.file or details.hospitalityRider.file.',
        params: riderParams,
        response: { 200: profileSchema },
      },
      handler: async (request) => {
        const { userId } = caller(request);
        const upload = await readUpload(request);
        return uploadRider(db, userId, request.params.profileId, { rider: request.params.rider, ...upload });
      },
    });
  });

  app.delete('/catalogue/profiles/:profileId/riders/:rider', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Remove an uploaded rider PDF',
      params: riderParams,
      response: { 200: profileSchema },
    },
    handler: async (request) =>
      removeRider(db, caller(request).userId, request.params.profileId, request.params.rider),
  });

  app.get('/catalogue/profiles/:profileId/riders/:rider', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Download a rider PDF (published profiles, or drafts of my organisation)',
      params: riderParams,
    },
    handler: async (request, reply) => {
      const file = await readRider(
        db,
        caller(request).userId,
        request.params.profileId,
        request.params.rider,
      );
      const etag = `"${file.sha256}"`;
      reply.header('etag', etag).header('cache-control', 'private, no-cache');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${file.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .send(Buffer.from(file.content));
    },
  });
}
