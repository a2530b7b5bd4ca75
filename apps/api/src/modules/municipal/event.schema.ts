import { MUNICIPAL_EVENT_KINDS, MUNICIPAL_EVENT_STATUSES, MUNICIPAL_PLACE_TYPES } from '@flowstage/db';
import { z } from 'zod';
import { amountInput, isoDay } from './inputs.ts';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
export const PERFORMANCE_FORMATS = ['deambulation', 'fixe', 'interactif', 'atelier', 'concert'] as const;

export const imputationSchema = z.strictObject({
  chapter: z.string().regex(/^\d{3}$/, 'M57 chapter, 3 digits'),
  article: z.string().regex(/^\d{3,6}$/, 'M57 nature account'),
});

export const createEventBody = z.strictObject({
  title: z.string().trim().min(3).max(200),
  kind: z.enum(MUNICIPAL_EVENT_KINDS),
  startDate: isoDay,
  endDate: isoDay.optional(),
  startTime: time.default('18:00'),
  endTime: time.default('23:00'),
  placeType: z.enum(MUNICIPAL_PLACE_TYPES),
  placeName: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(300),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  expectedAudience: z.number().int().positive().max(1_000_000),
  audienceTarget: z.enum(['all', 'children', 'families', 'adults']).default('all'),
  free: z.boolean().default(true),
  need: z.string().trim().min(20).max(4000).describe('What the commune wants, in its words'),
  formats: z.array(z.enum(PERFORMANCE_FORMATS)).min(1).max(5),
  technicalConstraints: z.string().trim().max(4000).default(''),
  powerKw: z.number().int().min(0).max(1000).default(0),
  soundAutonomyRequired: z.boolean().default(false),
  badWeather: z.enum(['indoor_fallback', 'postpone', 'cancel', 'maintain']).default('indoor_fallback'),
  pmrAccessible: z.boolean().default(true),
  accessibilityNotes: z.string().trim().max(2000).default(''),
  responseDeadline: isoDay.optional(),
  budget: amountInput.describe('Allocation incl. VAT for the event (communes do not recover VAT)'),
  imputation: imputationSchema,
});
export type CreateEventInput = z.output<typeof createEventBody>;

export const eventSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  title: z.string(),
  kind: z.enum(MUNICIPAL_EVENT_KINDS),
  status: z.enum(MUNICIPAL_EVENT_STATUSES),
  startDate: z.string(),
  endDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  placeType: z.enum(MUNICIPAL_PLACE_TYPES),
  placeName: z.string(),
  address: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  expectedAudience: z.number().int(),
  audienceTarget: z.string(),
  free: z.boolean(),
  need: z.string(),
  formats: z.array(z.string()),
  technicalConstraints: z.string(),
  powerKw: z.number().int(),
  soundAutonomyRequired: z.boolean(),
  badWeather: z.string(),
  pmrAccessible: z.boolean(),
  accessibilityNotes: z.string(),
  responseDeadline: z.string().nullable(),
  budgetYear: z.number().int(),
  budgetAllocatedCents: z.number().int(),
  imputationChapter: z.string(),
  imputationArticle: z.string(),
});

export const eventParams = z.strictObject({ orgId: z.uuid(), eventId: z.uuid() });
export const listEventsQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(MUNICIPAL_EVENT_STATUSES).optional(),
});
export const publishBody = z.strictObject({ responseDeadline: isoDay });
export const conflictsQuery = z.strictObject({
  neighbourRadiusKm: z.coerce.number().min(0).max(200).optional(),
});
