export { termsSchema } from './contract.schema.ts';
export {
  type ContractRow,
  findContractFor,
  findVersion,
  findVersionById,
  storedDocument,
  type VersionMeta,
  type VersionRow,
} from './contract-repository.ts';
export { createContract } from './create-contract.ts';
export type { PdfWriter } from './pdf-writer.ts';
export { loadPdfWriter, renderContractHtml, renderContractPdf, sha256Hex } from './render.ts';
export { contractRoutes, EDITORS } from './routes.ts';
