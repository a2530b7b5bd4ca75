import { z } from 'zod';
import { solveOptionsSchema, tourProblemSchema } from './problem.schema.ts';
import { evaluationSchema, solveResponse } from './solve.schema.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const show = z.strictObject({ stopId: z.string().min(1).max(100), date: isoDay });

const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM')
  .optional();

export const stopDetailsSchema = z
  .strictObject({
    catalogueProfileId: z.uuid().optional(),
    address: z.string().max(300).optional(),
    city: z.string().max(120).optional(),
    contactName: z.string().max(120).optional(),
    contactPhone: z.string().max(40).optional(),
    contactEmail: z.email().max(254).optional(),
    loadIn: hhmm.describe('Get-in, HH:MM'),
    soundcheck: hhmm.describe('Soundcheck, HH:MM'),
    doors: hhmm.describe('Doors, HH:MM'),
    showTime: hhmm.describe('Show, HH:MM'),
    curfew: hhmm.describe('Curfew, HH:MM'),
    hotel: z.string().max(300).optional(),
    notes: z.string().max(2000).optional(),
  })
  .describe('Roadbook facts of a stop');

export const createTourBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  problem: tourProblemSchema,
  stopDetails: z.record(z.string(), stopDetailsSchema).default({}),
});

export const updateTourBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  problem: tourProblemSchema.optional(),
  stopDetails: z.record(z.string(), stopDetailsSchema).optional(),
});

export const optimiseBody = solveOptionsSchema
  .extend({
    locked: z
      .array(show)
      .max(200)
      .default([])
      .describe('Shows kept on their date while the rest is re-optimised'),
  })
  .partial()
  .nullish();

export const selectionBody = z.strictObject({
  variantIndex: z.number().int().min(0).nullable().default(null),
  shows: z.array(show).min(1).max(200),
});

export const tourParams = z.object({ orgId: z.uuid(), tourId: z.uuid() });
export const orgParams = z.object({ orgId: z.uuid() });

export const tourSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  status: z.enum(['draft', 'planned', 'chosen']),
  problem: tourProblemSchema,
  stopDetails: z.record(z.string(), stopDetailsSchema),
  result: solveResponse.nullable(),
  selection: z
    .object({
      variantIndex: z.number().int().nullable(),
      shows: z.array(show),
      evaluation: evaluationSchema,
    })
    .nullable(),
  locked: z.array(show),
  seed: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const tourSummarySchema = tourSchema.pick({
  id: true,
  name: true,
  status: true,
  createdAt: true,
  updatedAt: true,
});
