export { ensurePlatformCertificate, generateSelfSignedP12, readP12 } from './certificates.ts';
export { type CreateRequestInput, createSignatureRequest } from './create-request.ts';
export { type PdfSignatureCheck, sealPdf, verifyPdfSignature } from './pades.ts';
// The vendor adapters are imported from their files by whoever configures them: their SDKs
// (DocuSign's alone is 560 modules, ~40 MB) must not load in every API process.
export type { DocuSignOptions, DocuSignProvider } from './providers/docusign.ts';
export type { DropboxSignOptions, DropboxSignProvider } from './providers/dropbox-sign.ts';
export type {
  ProviderRequestState,
  ProviderSigner,
  SendForSignature,
  SignatureProvider,
} from './providers/provider.ts';
export { describeRequest, verifyUploadedPdf } from './requests.ts';
export { signatureRoutes } from './routes.ts';
