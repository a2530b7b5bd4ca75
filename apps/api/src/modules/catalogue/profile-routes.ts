import { genreTree } from '@flowstage/domain/catalogue';
import { EQUIPMENT } from '@flowstage/domain/matching';
import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { caller } from '../../plugins/access.ts';
import { requireMembership } from '../identity/index.ts';
import {
  createProfile,
  removeProfile,
  setPublished,
  updateProfile,
  visibleProfile,
} from './manage-profiles.ts';
import {
  createProfileBody,
  kindSchema,
  orgParams,
  profileParams,
  profileSchema,
  updateProfileBody,
} from './profile.schema.ts';
import { listOrganisationProfiles, presentProfile } from './profile-repository.ts';

const tags = ['catalogue'];

export function profileRoutes(app: ApiInstance, { db }: ApiContext) {
  app.get('/catalogue/genres', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Genre taxonomy (families and sub-genres, French and English labels)',
      response: {
        200: z.object({
          items: z.array(
            z.object({
              slug: z.string(),
              fr: z.string(),
              en: z.string(),
              children: z.array(z.object({ slug: z.string(), fr: z.string(), en: z.string() })),
            }),
          ),
        }),
      },
    },
    handler: async () => ({ items: genreTree() }),
  });

  app.get('/catalogue/equipment', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Desks and systems a technician can master (slugs for technician details.equipment)',
      response: {
        200: z.object({
          items: z.array(
            z.object({ slug: z.string(), label: z.string(), brand: z.string(), category: z.string() }),
          ),
        }),
      },
    },
    handler: async () => ({ items: [...EQUIPMENT] }),
  });

  app.post('/catalogue/profiles', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Create a profile (draft) for an organisation I edit',
      description:
        'The kind must suit the organisation: a booker agency owns artists and street-arts companies, a venue its venues, etc.',
      body: createProfileBody,
      response: { 201: profileSchema },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createProfile(db, caller(request).userId, request.body)),
  });

  app.get('/catalogue/organisations/:orgId/profiles', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: "My organisation's profiles, drafts included",
      params: orgParams,
      querystring: z.strictObject({ kind: kindSchema.optional() }),
      response: { 200: z.object({ items: z.array(profileSchema) }) },
    },
    handler: async (request) => {
      await requireMembership(db, caller(request).userId, request.params.orgId);
      const rows = await listOrganisationProfiles(db, request.params.orgId, request.query.kind);
      return { items: rows.map(presentProfile) };
    },
  });

  app.get('/catalogue/profiles/:profileId', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'A profile: published, or a draft of my organisation',
      params: profileParams,
      response: { 200: profileSchema },
    },
    handler: async (request) =>
      presentProfile(await visibleProfile(db, caller(request).userId, request.params.profileId)),
  });

  app.patch('/catalogue/profiles/:profileId', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Edit a profile (the result is checked as a whole)',
      params: profileParams,
      body: updateProfileBody,
      response: { 200: profileSchema },
    },
    handler: async (request) =>
      updateProfile(db, caller(request).userId, request.params.profileId, request.body),
  });

  app.post('/catalogue/profiles/:profileId/publish', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Publish: the profile appears in search',
      params: profileParams,
      response: { 200: profileSchema },
    },
    handler: async (request) => setPublished(db, caller(request).userId, request.params.profileId, true),
  });

  app.post('/catalogue/profiles/:profileId/unpublish', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Back to draft: hidden from search',
      params: profileParams,
      response: { 200: profileSchema },
    },
    handler: async (request) => setPublished(db, caller(request).userId, request.params.profileId, false),
  });

  app.delete('/catalogue/profiles/:profileId', {
    config: { access: 'user' },
    schema: { tags, summary: 'Delete a profile and its calendar', params: profileParams },
    handler: async (request, reply) => {
      await removeProfile(db, caller(request).userId, request.params.profileId);
      return reply.code(204).send();
    },
  });
}
