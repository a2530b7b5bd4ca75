import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { publicHolidays } from '../../lib/public-holidays.ts';
import { caller } from '../../plugins/access.ts';
import {
  calendarSchema,
  calendarSourceSchema,
  icalImportBody,
  rangeQuery,
  ruleBody,
  ruleSchema,
  slotBody,
  slotSchema,
} from './availability.schema.ts';
import { calendarFeed, importIcal, rotateCalendarToken, syncIcal } from './ical-sync.ts';
import { addRule, addSlot, deleteRule, deleteSlot, readCalendar } from './manage-availability.ts';
import { editableProfile } from './manage-profiles.ts';
import { profileParams } from './profile.schema.ts';

const tags = ['catalogue availability'];
const today = () => new Date().toISOString().slice(0, 10);

export function availabilityRoutes(app: ApiInstance, { db, config }: ApiContext) {
  const icalOptions = () => ({ allowPrivateHosts: config.NODE_ENV !== 'production', today: today() });
  const feedUrl = (token: string) => `${config.PUBLIC_URL}/api/v1/catalogue/calendars/${token}.ics`;

  app.get('/catalogue/holidays', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Public holidays of a country (or a Swiss canton) between two days',
      querystring: rangeQuery.safeExtend({
        country: z.enum(['FR', 'BE', 'CH', 'LU']),
        subdivision: z
          .string()
          .regex(/^[A-Z0-9]{1,3}$/)
          .optional()
          .describe('Canton or state code, e.g. GE, 57'),
      }),
      response: { 200: z.object({ items: z.array(z.object({ date: z.string(), name: z.string() })) }) },
    },
    handler: async (request) => ({
      items: publicHolidays(
        request.query.country,
        request.query.subdivision ?? null,
        request.query.from,
        request.query.to,
      ),
    }),
  });

  app.get('/catalogue/profiles/:profileId/availability', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Calendar of a profile between two days',
      params: profileParams,
      querystring: rangeQuery,
      response: { 200: calendarSchema },
    },
    handler: async (request) =>
      readCalendar(db, caller(request).userId, request.params.profileId, request.query),
  });

  app.post('/catalogue/profiles/:profileId/availability', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Mark days available, on option (hold), booked or unavailable',
      params: profileParams,
      body: slotBody,
      response: { 201: slotSchema },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await addSlot(db, caller(request).userId, request.params.profileId, request.body)),
  });

  app.delete('/catalogue/profiles/:profileId/availability/:slotId', {
    config: { access: 'user' },
    schema: { tags, summary: 'Remove a calendar entry', params: profileParams.extend({ slotId: z.uuid() }) },
    handler: async (request, reply) => {
      await deleteSlot(db, caller(request).userId, request.params.profileId, request.params.slotId);
      return reply.code(204).send();
    },
  });

  app.post('/catalogue/profiles/:profileId/availability-rules', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Add a weekly recurring unavailability',
      params: profileParams,
      body: ruleBody,
      response: { 201: ruleSchema },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await addRule(db, caller(request).userId, request.params.profileId, request.body)),
  });

  app.delete('/catalogue/profiles/:profileId/availability-rules/:ruleId', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Remove a recurring unavailability',
      params: profileParams.extend({ ruleId: z.uuid() }),
    },
    handler: async (request, reply) => {
      await deleteRule(db, caller(request).userId, request.params.profileId, request.params.ruleId);
      return reply.code(204).send();
    },
  });

  app.get('/catalogue/profiles/:profileId/calendar-feed', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Secret iCal feed URL of the profile (members who edit it only)',
      params: profileParams,
      response: {
        200: z.object({ url: z.string().describe('Subscribe to it in any calendar app; rotate to revoke') }),
      },
    },
    handler: async (request) => {
      const profile = await editableProfile(db, caller(request).userId, request.params.profileId);
      return { url: feedUrl(profile.calendarToken) };
    },
  });

  app.post('/catalogue/profiles/:profileId/calendar-feed/rotate', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Replace the secret of the iCal feed URL',
      params: profileParams,
      response: { 200: z.object({ url: z.string() }) },
    },
    handler: async (request) => ({
      url: feedUrl(await rotateCalendarToken(db, caller(request).userId, request.params.profileId)),
    }),
  });

  app.get('/catalogue/calendars/:file', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'iCal feed (RFC 5545) by secret token: <token>.ics',
      params: z.strictObject({ file: z.string().regex(/^[0-9a-f]{16,64}\.ics$/, 'token.ics') }),
    },
    handler: async (request, reply) => {
      const body = await calendarFeed(db, request.params.file.slice(0, -4), today());
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(body);
    },
  });

  app.post('/catalogue/profiles/:profileId/calendar-imports', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Import an external calendar (iCal URL or .ics content) as busy days',
      params: profileParams,
      body: icalImportBody,
      response: { 201: calendarSourceSchema },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await importIcal(db, caller(request).userId, request.params.profileId, request.body, icalOptions()),
        ),
  });

  app.post('/catalogue/profiles/:profileId/calendar-imports/:sourceId/sync', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Fetch an imported iCal URL again and replace its busy days',
      params: profileParams.extend({ sourceId: z.uuid() }),
      response: { 200: calendarSourceSchema },
    },
    handler: async (request) =>
      syncIcal(db, caller(request).userId, request.params.profileId, request.params.sourceId, icalOptions()),
  });
}
