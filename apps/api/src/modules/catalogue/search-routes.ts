import { KIND_PLURALS, PROFILE_KINDS } from '@flowstage/domain/catalogue';
import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { compiledSerializer } from '../../lib/compiled-serializer.ts';
import { invalidateOnWrites } from './read-model-sync.ts';
import { searchQuery, searchResultSchema } from './search.schema.ts';
import { searchIndexFor } from './search-index/search-index.ts';
import { searchProfiles } from './search-profiles.ts';
import { findTowns, townQuery, townSchema } from './towns.ts';

const tags = ['catalogue search'];

export function searchRoutes(app: ApiInstance, ctx: ApiContext) {
  const { db } = ctx;
  const index = searchIndexFor(ctx);
  app.addHook('onClose', () => index.stop());
  // Any write through this API (profiles, calendars, reviews, bookings) may change search results.
  invalidateOnWrites(app, index);
  app.get('/catalogue/towns', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Look up towns by name (for "within 150 km of Lyon")',
      querystring: townQuery,
      response: { 200: z.object({ items: z.array(townSchema) }) },
    },
    handler: async (request) => ({ items: await findTowns(db, request.query) }),
  });

  for (const kind of PROFILE_KINDS) {
    app.get(`/catalogue/search/${KIND_PLURALS[kind]}`, {
      config: { access: 'user' },
      schema: {
        tags,
        summary: `Search published ${kind.replaceAll('_', ' ')} profiles`,
        description:
          'Filters combine (AND); lists inside a filter are alternatives (OR) except features (all required). ' +
          'Radius search around lat/lng or townId shows distanceMetres. Cursor pagination: pass nextCursor back with the same filters.',
        querystring: searchQuery,
        response: { 200: searchResultSchema },
      },
      serializerCompiler: compiledSerializer(searchResultSchema),
      handler: async (request) => searchProfiles(db, kind, request.query, index),
    });
  }
}
