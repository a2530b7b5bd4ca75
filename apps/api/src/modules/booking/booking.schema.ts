import { CONTRACT_KINDS, CONTRACT_LANGUAGES } from '@flowstage/domain/contracts';
import { z } from 'zod';

const day = z.iso.date().describe('YYYY-MM-DD');
const cents = z.number().int().min(0).max(100_000_000_00);
const bp = z.number().int().min(1).max(10_000);
const time = z
  .string()
  .regex(/^\d{2}:\d{2}$/, 'expected HH:MM')
  .optional();
const text = (max: number) => z.string().trim().min(1).max(max);

export const orgParams = z.object({ orgId: z.uuid() });
export const holdParams = orgParams.extend({ holdId: z.uuid() });
export const offerParams = orgParams.extend({ offerId: z.uuid() });
export const itemParams = orgParams.extend({ itemId: z.uuid() });

export const placeHoldBody = z.strictObject({
  venueProfileId: z.uuid(),
  artistProfileId: z.uuid(),
  date: day,
  stage: z.string().trim().min(1).max(60).default('main').describe('Stage of the venue (default "main")'),
  note: z.string().trim().max(500).optional(),
});

export const signatory = z.strictObject({ name: text(200), email: z.email() });

export const offerTermsSchema = z.strictObject({
  feeCents: z.number().int().positive().max(100_000_000_00).describe('Fee (guarantee) in cents, > 0'),
  currency: z.enum(['EUR', 'CHF']),
  deal: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('flat_guarantee') }),
    z.strictObject({
      type: z.literal('guarantee_vs_percentage'),
      percentageBasisPoints: bp,
      deductibleCostsCents: cents,
    }),
    z.strictObject({ type: z.literal('door_deal'), percentageBasisPoints: bp }),
    z.strictObject({ type: z.literal('co_realisation'), producerShareBasisPoints: bp }),
  ]),
  ticketPricesCents: z.array(cents).max(10).default([]),
  capacity: z.number().int().min(1).max(200_000),
  setLengthSeconds: z.number().int().min(300).max(21_600),
  schedule: z
    .strictObject({ loadIn: time, soundcheck: time, doors: time, showStart: time, curfew: time })
    .default({}),
  hospitality: z.string().trim().max(5000).default(''),
  lodging: z.string().trim().max(2000).default(''),
  travel: z.string().trim().max(2000).default(''),
  radius: z
    .strictObject({
      metres: z.number().int().min(0).max(1_000_000),
      daysBefore: z.number().int().min(0).max(365),
      daysAfter: z.number().int().min(0).max(365),
    })
    .nullable()
    .default(null),
  drinksServed: z.boolean().default(false),
  contractKind: z.enum(CONTRACT_KINDS).default('cession'),
  language: z.enum(CONTRACT_LANGUAGES).default('fr'),
  libraryClauses: z.array(z.string().max(100)).max(50).default([]),
  customClauses: z
    .array(z.strictObject({ title: text(200), text: text(10_000) }))
    .max(50)
    .default([])
    .describe('Hand-written clauses: the contract goes to a legal validator'),
});
export type OfferTerms = z.output<typeof offerTermsSchema>;

export const makeOfferBody = z.strictObject({
  terms: offerTermsSchema,
  signatory: signatory.describe('Who signs the contract for the offering party'),
  message: z.string().trim().max(2000).optional(),
});
export const counterBody = z.strictObject({
  terms: offerTermsSchema,
  signatory: signatory.optional(),
  message: z.string().trim().max(2000).optional(),
});
export const acceptBody = z.strictObject({
  signatory: signatory.describe('Who signs for the accepting party'),
});
export const settingsBody = z.strictObject({ challengeHours: z.number().int().min(1).max(336) });
export const decisionBody = z.strictObject({
  decision: z.enum(['approve', 'request_changes', 'reject']),
  comment: z.string().trim().max(4000).optional(),
});

export const holdSchema = z.object({
  id: z.uuid(),
  venueProfileId: z.uuid(),
  venueName: z.string(),
  artistProfileId: z.uuid(),
  artistName: z.string(),
  placedByOrganisationId: z.uuid(),
  stage: z.string(),
  date: z.string(),
  status: z.string(),
  rank: z.number().int().nullable(),
  holdsOnDate: z.number().int(),
  challengeDeadline: z.string().nullable(),
  secondsLeft: z.number().int().nullable(),
  challengedByHoldId: z.uuid().nullable(),
  offerId: z.uuid().nullable(),
  createdAt: z.string(),
});

export const revisionSchema = z.object({
  revision: z.number().int(),
  fromOrganisationId: z.uuid(),
  feeCents: z.number().int(),
  currency: z.string(),
  terms: z.record(z.string(), z.unknown()),
  message: z.string().nullable(),
  createdAt: z.string(),
});

export const validationSchema = z.object({
  id: z.uuid(),
  offerId: z.uuid(),
  contractId: z.uuid().nullable(),
  reasons: z.array(z.string()),
  legalExpertRequired: z.boolean(),
  status: z.string(),
  dueAt: z.string(),
  secondsLeft: z.number().int(),
  escalated: z.boolean(),
  comment: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const auditSchema = z.object({
  action: z.string(),
  actor: z.string(),
  details: z.record(z.string(), z.unknown()),
  occurredAt: z.string(),
});

export const offerSchema = z.object({
  id: z.uuid(),
  holdId: z.uuid(),
  venueOrganisationId: z.uuid(),
  artistOrganisationId: z.uuid(),
  awaitingOrganisationId: z.uuid(),
  venueName: z.string(),
  artistName: z.string(),
  date: z.string(),
  stage: z.string(),
  status: z.string(),
  currentRevision: z.number().int(),
  matchScore: z.number().nullable(),
  tier: z.string().nullable(),
  contractId: z.uuid().nullable(),
  signatureRequestId: z.uuid().nullable(),
  revisions: z.array(revisionSchema),
  validation: validationSchema.nullable(),
  audit: z.array(auditSchema),
  createdAt: z.string(),
});
