import { z } from 'zod';
import { imputationSchema } from './event.schema.ts';
import { isoDay } from './inputs.ts';

const siret = z.string().regex(/^\d{14}$/, 'a SIRET has 14 digits');

export const issueOrderBody = z.strictObject({
  quoteId: z.uuid(),
  issueDate: isoDay.optional(),
  imputation: imputationSchema.optional().describe('Defaults to the event budget line imputation'),
  billing: z.strictObject({
    siret,
    addressLine1: z.string().trim().min(1).max(200),
    postcode: z.string().trim().min(4).max(10),
    city: z.string().trim().min(1).max(120),
    serviceCode: z
      .string()
      .trim()
      .max(100)
      .optional()
      .describe('Chorus Pro service code, when the commune uses one'),
  }),
  signatory: z.strictObject({
    name: z.string().trim().min(2).max(120),
    capacity: z
      .string()
      .trim()
      .min(2)
      .max(120)
      .describe('e.g. "Maire", "Adjointe à la culture (délégation du 2026-01-12)"'),
  }),
  override: z
    .strictObject({
      role: z.enum(['mayor', 'deputy_mayor', 'general_director', 'finance_director', 'culture_officer']),
      reason: z.string().trim().max(1000),
    })
    .optional(),
});

export const serviceDoneBody = z.strictObject({ date: isoDay.optional() });
export const orderParams = z.strictObject({ orgId: z.uuid(), orderId: z.uuid() });

export const issueInvoiceBody = z.strictObject({
  issueDate: isoDay.optional(),
  seller: z.strictObject({
    siret,
    vatId: z
      .string()
      .regex(/^[A-Z]{2}[0-9A-Z]{2,13}$/)
      .optional(),
    addressLine1: z.string().trim().min(1).max(200),
    postcode: z.string().trim().min(4).max(10),
    city: z.string().trim().min(1).max(120),
    iban: z
      .string()
      .regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, 'IBAN without spaces')
      .optional(),
    email: z.email().optional(),
  }),
});
