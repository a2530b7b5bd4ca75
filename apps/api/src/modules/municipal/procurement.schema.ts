import { z } from 'zod';
import { amountInput, isoDay } from './inputs.ts';

export const determineBody = z.strictObject({
  eventId: z.uuid().optional(),
  label: z.string().trim().min(3).max(200),
  category: z
    .string()
    .regex(/^[a-z0-9_]{3,40}$/)
    .default('spectacle_vivant')
    .describe('Homogeneous need family: purchases of one family are summed over the year (CCP R2121-6/7)'),
  estimatedAmountExclVat: amountInput,
  purchaseDate: isoDay,
  purchaseKind: z.enum(['supplies_services', 'works']).default('supplies_services'),
  buyerType: z.enum(['local_authority', 'central_government']).default('local_authority'),
  artisticException: z.strictObject({ justification: z.string().max(4000) }).optional(),
});

const bilingual = z.object({ fr: z.string(), en: z.string() });

export const purchaseSchema = z.object({
  id: z.uuid(),
  eventId: z.uuid().nullable(),
  label: z.string(),
  category: z.string(),
  purchaseDate: z.string(),
  amountExclVatCents: z.number().int(),
  homogeneousTotalBeforeCents: z.number().int(),
  procedure: z.string(),
  determination: z.object({
    procedure: z.string(),
    label: bilingual,
    publicity: z.object({
      required: z.boolean(),
      competitionRequired: z.boolean(),
      channels: z.array(z.string()),
      description: bilingual,
    }),
    comparedAmountCents: z.number().int(),
    rulesApplied: z.array(
      z.object({
        id: z.string(),
        thresholdCents: z.number().int().nullable(),
        validFrom: z.string(),
        validTo: z.string().nullable(),
        source: z.string(),
        unconfirmed: z.boolean(),
      }),
    ),
    warnings: z.array(z.object({ code: z.string(), message: bilingual })),
    explanation: bilingual,
    artisticExceptionOffer: z
      .object({ source: z.string(), requirement: bilingual, minJustificationLength: z.number().int() })
      .nullable(),
  }),
  createdAt: z.string(),
});
export const purchasesQuery = z.strictObject({ eventId: z.uuid().optional() });
