export { ensurePlatformCertificate, generateSelfSignedP12, readP12 } from './certificates.ts';
export { type PdfSignatureCheck, sealPdf, verifyPdfSignature } from './pades.ts';
export { signatureRoutes } from './routes.ts';
