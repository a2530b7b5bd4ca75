export { buildContractDocument, documentText } from './build.ts';
export { CLAUSE_LIBRARY, type ClauseCategory, findLibraryClause, type LibraryClause } from './clauses.ts';
export { type ClauseChange, type ContractDiff, diffContractDocuments } from './diff.ts';
export { exampleContractTerms } from './examples.ts';
export {
  checkMandatoryMentions,
  isValidBelgianEnterpriseNumber,
  isValidSwissUid,
  LU_RCS_PATTERN,
  type Mention,
  type MentionCode,
  type MentionReport,
  PLATESV_PATTERN,
} from './mentions.ts';
export * from './model.ts';
export { guaranteedFeeCents, validationsTriggered } from './preview.ts';
export { formatContractReference, parseContractReference } from './reference.ts';
export { CONTRACT_TEMPLATES, type ContractTemplate, findTemplate } from './templates.ts';
export { vatOnFee } from './vat.ts';
