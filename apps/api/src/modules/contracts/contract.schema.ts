import { CONTRACT_KINDS, CONTRACT_LANGUAGES } from '@flowstage/domain/contracts';
import { z } from 'zod';

const country = z.enum(['FR', 'BE', 'CH', 'LU']);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const cents = z.number().int().min(0).max(100_000_000_00);
const basisPoints = z.number().int().min(0).max(10_000);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const party = z.strictObject({
  name: text(200),
  address: text(300),
  country,
  representative: z.string().trim().max(200).describe('Signatory and capacity'),
  email: z.email().optional(),
  siret: optionalText(14),
  vatNumber: optionalText(20),
  licenceNumber: optionalText(40).describe('FR: PLATESV-D-YYYY-NNNNNN'),
  registrationNumber: optionalText(40).describe('BE: BCE/KBO, CH: UID, LU: RCS'),
});

const deal = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('flat_guarantee'), feeCents: cents }),
  z.strictObject({
    type: z.literal('guarantee_vs_percentage'),
    guaranteeCents: cents,
    percentageBasisPoints: basisPoints,
    deductibleCostsCents: cents,
  }),
  z.strictObject({ type: z.literal('door_deal'), percentageBasisPoints: basisPoints }),
  z.strictObject({
    type: z.literal('co_realisation'),
    producerShareBasisPoints: basisPoints,
    producerMinimumCents: cents,
  }),
]);

export const termsSchema = z.strictObject({
  kind: z.enum(CONTRACT_KINDS),
  country,
  language: z.enum(CONTRACT_LANGUAGES),
  producer: party,
  organiser: party.extend({ occasional: z.boolean() }),
  artist: z.strictObject({ name: text(200), performers: z.number().int().min(1).max(500) }),
  show: z.strictObject({
    date: day,
    venueName: text(200),
    venueAddress: text(300),
    startTime: z
      .string()
      .regex(/^\d{2}:\d{2}$/)
      .optional(),
    durationSeconds: z.number().int().min(60).max(86_400).optional(),
    capacity: z.number().int().min(1).max(200_000).optional(),
  }),
  deal,
  currency: z.enum(['EUR', 'CHF']),
  drinksServed: z.boolean().default(false),
  payment: z.strictObject({
    dueDaysAfterShow: z.number().int().min(0).max(120),
    depositBasisPoints: basisPoints,
  }),
  cancellation: z.strictObject({
    noticeDays: z.number().int().min(0).max(365),
    compensationBasisPoints: basisPoints,
  }),
  radius: z
    .strictObject({
      metres: z.number().int().min(0).max(1_000_000),
      daysBefore: z.number().int().min(0).max(365),
      daysAfter: z.number().int().min(0).max(365),
    })
    .nullable()
    .default(null),
  insurance: z.strictObject({ organiserLiability: z.boolean(), producerEquipment: z.boolean() }),
  riders: z
    .array(
      z.strictObject({ kind: z.enum(['technical', 'hospitality']), title: text(200), text: text(20_000) }),
    )
    .max(10)
    .default([]),
  libraryClauses: z.array(z.string().max(100)).max(50).default([]),
  customClauses: z
    .array(z.strictObject({ title: text(200), text: text(10_000) }))
    .max(50)
    .default([]),
});

export const orgParams = z.object({ orgId: z.uuid() });
export const clauseQuery = z.strictObject({
  kind: z.enum(CONTRACT_KINDS).optional().describe('Only the clauses that fit this kind of contract'),
});
export const contractParams = orgParams.extend({ contractId: z.uuid() });
export const versionParams = contractParams.extend({ version: z.coerce.number().int().min(1) });

export const createContractBody = z.strictObject({
  terms: termsSchema,
  counterpartyOrganisationId: z.uuid().optional().describe('The other party, when it uses Flow Stage'),
});
export const newVersionBody = z.strictObject({ terms: termsSchema });
export const diffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

const mention = z.object({
  code: z.string(),
  party: z.enum(['producer', 'organiser']).optional(),
  message: z.string(),
});
export const mentionReportSchema = z.object({ missing: z.array(mention), warnings: z.array(mention) });

export const versionSummarySchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  pdfSha256: z.string(),
  createdAt: z.string(),
});

export const contractSchema = z.object({
  id: z.uuid(),
  reference: z.string().describe('CTR-YYYY-NNNNNN, from an unbroken sequence per year'),
  organisationId: z.uuid(),
  counterpartyOrganisationId: z.uuid().nullable(),
  kind: z.enum(CONTRACT_KINDS),
  country,
  title: z.string(),
  status: z.enum(['draft', 'sent', 'signed', 'cancelled']),
  currentVersion: z.number().int(),
  createdAt: z.string(),
  versions: z.array(versionSummarySchema),
  mentions: mentionReportSchema.describe('Mandatory mentions of the current version'),
});

export const clauseSchema = z.object({
  id: z.string(),
  category: z.string(),
  kinds: z
    .union([z.literal('all'), z.array(z.enum(CONTRACT_KINDS))])
    .describe("Contract kinds the clause is meant for; an organisation's own clauses fit every kind"),
  title: z.record(z.string(), z.string()),
  text: z.record(z.string(), z.string()),
});

export const diffSchema = z.object({
  identical: z.boolean(),
  clauses: z.array(
    z.object({
      kind: z.enum(['added', 'removed', 'modified']),
      id: z.string(),
      title: z.string(),
      words: z.array(z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() })).optional(),
    }),
  ),
  patch: z.string(),
});

const perLanguage = (max: number) =>
  z.strictObject({ fr: text(max), en: text(max), nl: text(max).optional(), de: text(max).optional() });
export const newClauseBody = z.strictObject({
  key: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,40}$/, 'lower-case letters, digits, - and _'),
  title: perLanguage(200),
  text: perLanguage(10_000),
});

const documentClause = z.object({
  id: z.string(),
  category: z.string(),
  title: z.string(),
  text: z.string(),
  standard: z.boolean().describe('false: outside the clause library, reviewed by a legal expert'),
});

export const versionDetailSchema = versionSummarySchema.extend({
  terms: termsSchema,
  clauses: z.array(documentClause),
});

export const previewBody = z.strictObject({ terms: termsSchema });
export const previewSchema = z.object({
  clauses: z.array(documentClause),
  mentions: mentionReportSchema,
  validations: z
    .array(
      z.enum(['fee_above_threshold', 'non_standard_clause', 'first_contract_artist', 'first_contract_venue']),
    )
    .describe(
      'Human validations these terms trigger by themselves (first-contract reviews are decided at acceptance)',
    ),
});
