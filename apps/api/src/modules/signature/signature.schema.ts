import { z } from 'zod';

export const contractParams = z.object({ orgId: z.uuid(), contractId: z.uuid() });
export const requestParams = z.object({ orgId: z.uuid(), requestId: z.uuid() });
export const orgParams = z.object({ orgId: z.uuid() });
export const tokenParams = z.object({ token: z.string().min(20).max(100) });

export const createRequestBody = z.strictObject({
  signers: z
    .array(z.strictObject({ name: z.string().trim().min(2).max(200), email: z.email().max(254) }))
    .min(1)
    .max(10)
    .describe('In signing order: signer 2 can sign only after signer 1'),
});

export const createdRequestSchema = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  version: z.number().int(),
  status: z.enum(['pending', 'completed', 'cancelled']),
  undelivered: z.array(z.string()).describe('Signers whose invitation e-mail failed: use /resend'),
});

export const resendSchema = z.object({ resent: z.array(z.string()), undelivered: z.array(z.string()) });

export const signBody = z.strictObject({
  consent: z.literal(true).describe('The signer ticked the consent box'),
  typedName: z.string().trim().min(2).max(200).describe('Full name typed by the signer (identity capture)'),
});

export const uploadCertificateBody = z.strictObject({
  p12Base64: z.base64().max(200_000),
  passphrase: z.string().max(200),
});

export const certificateSchema = z.object({
  subject: z.string(),
  fingerprintSha256: z.string(),
  notAfter: z.string(),
});

export const requestSchema = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  reference: z.string(),
  status: z.enum(['pending', 'completed', 'cancelled']),
  provider: z.string(),
  signedPdfSha256: z.string().nullable(),
  completedAt: z.string().nullable(),
  signers: z.array(
    z.object({
      position: z.number().int(),
      name: z.string(),
      email: z.string(),
      openedAt: z.string().nullable(),
      signedAt: z.string().nullable(),
      ip: z.string().nullable(),
    }),
  ),
  auditTrail: z.array(
    z.object({
      seq: z.number().int(),
      action: z.string(),
      actor: z.string(),
      ip: z.string().nullable(),
      occurredAt: z.string(),
      documentSha256: z.string(),
      prevHash: z.string(),
      hash: z.string(),
    }),
  ),
  auditChainIntact: z.boolean(),
});

export const signingViewSchema = z.object({
  reference: z.string(),
  title: z.string(),
  version: z.number().int(),
  documentSha256: z.string(),
  document: z.record(z.string(), z.unknown()),
  pdfBase64: z.string(),
  consentText: z.string(),
  signer: z.object({ name: z.string(), email: z.string(), position: z.number().int() }),
  yourTurn: z.boolean(),
  signers: z.array(z.object({ position: z.number().int(), name: z.string(), signed: z.boolean() })),
  expiresAt: z.string(),
});

export const verificationSchema = z.object({
  signature: z.object({
    signed: z.boolean(),
    intact: z.boolean(),
    reason: z.string().nullable(),
    signer: z.string().optional(),
    signingTime: z.string().nullable().optional(),
    coversWholeFile: z.boolean().optional(),
    signingCertificateBound: z.boolean().optional().meta({
      description: 'ESS signing-certificate-v2 names the embedded certificate (PAdES baseline B-B)',
    }),
  }),
  match: z
    .object({
      reference: z.string(),
      version: z.number().int(),
      signatureRequestId: z.uuid(),
      completedAt: z.string().nullable(),
    })
    .nullable(),
});
