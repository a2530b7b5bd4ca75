export { ensurePlatformCertificate, generateSelfSignedP12, readP12 } from './certificates.ts';
export { type CreateRequestInput, createSignatureRequest } from './create-request.ts';
export { type PdfSignatureCheck, sealPdf, verifyPdfSignature } from './pades.ts';
export { type DocuSignOptions, DocuSignProvider } from './providers/docusign.ts';
export { type DropboxSignOptions, DropboxSignProvider } from './providers/dropbox-sign.ts';
export type {
  ProviderRequestState,
  ProviderSigner,
  SendForSignature,
  SignatureProvider,
} from './providers/provider.ts';
export { describeRequest, verifyUploadedPdf } from './requests.ts';
export { signatureRoutes } from './routes.ts';
