import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { caller } from '../../plugins/access.ts';
import { profileParams, profileSchema } from './profile.schema.ts';
import { presentProfile } from './profile-repository.ts';
import {
  addReview,
  listReviews,
  reviewBody,
  reviewSchema,
  setVerification,
  verificationBody,
} from './reviews.ts';

const tags = ['catalogue reviews'];

export function reviewRoutes(app: ApiInstance, { db }: ApiContext) {
  app.get('/catalogue/profiles/:profileId/reviews', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Reviews of a profile',
      params: profileParams,
      response: { 200: z.object({ items: z.array(reviewSchema) }) },
    },
    handler: async (request) => ({
      items: await listReviews(db, caller(request).userId, request.params.profileId),
    }),
  });

  app.post('/catalogue/profiles/:profileId/reviews', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Rate a profile my organisation worked with through Flow Stage (once)',
      params: profileParams,
      body: reviewBody,
      response: { 201: reviewSchema },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await addReview(db, caller(request).userId, request.params.profileId, request.body)),
  });

  app.post('/catalogue/profiles/:profileId/verification', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Set the verification status of a profile (platform administrators)',
      params: profileParams,
      body: verificationBody,
      response: { 200: profileSchema },
    },
    handler: async (request) =>
      presentProfile(
        await setVerification(db, caller(request).userId, request.params.profileId, request.body.status),
      ),
  });
}
