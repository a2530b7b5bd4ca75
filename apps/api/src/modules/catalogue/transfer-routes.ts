import { KIND_PLURALS, PROFILE_KINDS, type ProfileKind, profileColumns } from '@flowstage/domain/catalogue';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { caller } from '../../plugins/access.ts';
import { exportProfiles } from './export-profiles.ts';
import type { ImportFormat } from './import-parse.ts';
import { importProfiles } from './import-profiles.ts';
import { kindSchema, orgParams } from './profile.schema.ts';
import { searchQuery } from './search.schema.ts';

/** 10 MB files must go through (BRD); a little headroom for multi-byte encodings. */
export const IMPORT_BODY_LIMIT = 12 * 1024 * 1024;
const formatSchema = z.enum(['csv', 'json', 'xml']);

const importReport = z.object({
  kind: kindSchema,
  format: formatSchema,
  encoding: z.string().describe('utf-8, or windows-1252 when a Latin-1 file was converted'),
  dryRun: z.boolean(),
  records: z.number().int(),
  valid: z.number().int(),
  imported: z.number().int().describe('0 on a dry run'),
  errors: z.array(
    z.object({
      record: z.number().int().describe('1-based record number'),
      line: z.number().int().nullable().describe('Line in the CSV file'),
      field: z.string(),
      message: z.string(),
    }),
  ),
});

function formatOf(request: FastifyRequest, explicit: ImportFormat | undefined): ImportFormat {
  if (explicit) return explicit;
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'text/csv') return 'csv';
  if (type === 'application/xml' || type === 'text/xml') return 'xml';
  return 'json';
}

export function transferRoutes(app: ApiInstance, { db }: ApiContext) {
  // Own scope: the raw-body parsers and the larger body limit apply to the import route only.
  app.register(async (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>();
    api.removeContentTypeParser('application/json');
    api.addContentTypeParser(
      ['text/csv', 'application/xml', 'text/xml', 'application/json', 'text/plain'],
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    api.post('/catalogue/organisations/:orgId/imports/:kind', {
      config: { access: 'user' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['catalogue import/export'],
        summary: 'Import profiles of one kind from CSV, JSON or XML (all or nothing)',
        description:
          'Send the file as the raw body (text/csv, application/json or application/xml, ≤ 10 MB). CSV: header row with the ' +
          'columns of GET /catalogue/import-columns/{kind}, separator , or ; (detected), UTF-8 or Latin-1 (converted). ' +
          'XML: <profiles><profile>…</profile></profiles>, no DOCTYPE. dryRun=true only checks. Any invalid record: 400 and nothing is written.',
        params: orgParams.extend({ kind: kindSchema }),
        querystring: z.strictObject({
          format: formatSchema.optional().describe('Default: from the Content-Type'),
          dryRun: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true'),
          publish: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true')
            .describe('Publish the imported profiles at once'),
        }),
        response: { 200: importReport, 201: importReport },
      },
      handler: async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) {
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'no raw body', {
            detail: 'Send the file as text/csv, application/json or application/xml.',
          });
        }
        const report = await importProfiles(db, caller(request).userId, request.body, {
          organisationId: request.params.orgId,
          kind: request.params.kind,
          format: formatOf(request, request.query.format),
          dryRun: request.query.dryRun,
          publish: request.query.publish,
        });
        return reply.code(report.dryRun ? 200 : 201).send(report);
      },
    });
  });

  app.get('/catalogue/import-columns/:kind', {
    config: { access: 'public' },
    schema: {
      tags: ['catalogue import/export'],
      summary: 'Columns of the CSV/XML import format of a kind (lists are |-separated, json cells hold JSON)',
      params: z.strictObject({ kind: kindSchema }),
      response: { 200: z.object({ items: z.array(z.object({ path: z.string(), type: z.string() })) }) },
    },
    handler: async (request) => ({ items: [...profileColumns(request.params.kind)] }),
  });

  for (const kind of PROFILE_KINDS) exportRoute(app, db, kind);
}

function exportRoute(app: ApiInstance, db: ApiContext['db'], kind: ProfileKind) {
  app.get(`/catalogue/search/${KIND_PLURALS[kind]}/export`, {
    config: { access: 'user' },
    schema: {
      tags: ['catalogue import/export'],
      summary: `Export the ${kind.replaceAll('_', ' ')} profiles matching a search (CSV, JSON or XML, ≤ 10,000)`,
      description:
        'Same filters as the search; the files use the import format, so they can be edited and imported again.',
      querystring: searchQuery.safeExtend({ format: formatSchema.default('csv') }),
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      const file = await exportProfiles(db, kind, query, format);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${KIND_PLURALS[kind]}.${format}"`)
        .send(file.body);
    },
  });
}
