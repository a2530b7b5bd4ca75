import { z } from 'zod';
import { amountInput } from './inputs.ts';

export const submitQuoteBody = z.strictObject({
  showTitle: z.string().trim().min(2).max(200),
  performanceType: z.enum(['deambulation', 'fixe', 'interactif', 'atelier']),
  amountExclVat: amountInput,
  vatRateBasisPoints: z
    .number()
    .int()
    .min(0)
    .max(2500)
    .optional()
    .describe(
      'Default: the rate in force for a contrat de cession (5.5 % in France); 0 under the VAT franchise',
    ),
  powerNeededKw: z.number().int().min(0).max(500).default(0),
  gaugeMin: z.number().int().min(1).max(1_000_000).default(20),
  gaugeMax: z.number().int().min(1).max(1_000_000).default(5000),
  pmrAccessible: z.boolean().default(true),
  message: z.string().trim().max(4000).default(''),
  base: z
    .strictObject({
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      label: z.string().trim().max(120).optional(),
    })
    .optional()
    .describe('Where the company travels from, when its organisation has no location'),
});

export const opportunitiesQuery = z.strictObject({
  radiusKm: z.coerce.number().int().min(1).max(2000).default(300),
});
export const quoteParams = z.strictObject({ orgId: z.uuid(), eventId: z.uuid(), quoteId: z.uuid() });
