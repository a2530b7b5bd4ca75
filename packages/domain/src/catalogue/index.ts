/** Catalogue rules: profile kinds, validation, completion, search projection, import helpers. */
export {
  type Column,
  type ColumnType,
  documentToRow,
  flattenElement,
  profileColumns,
  rowToDocument,
} from './columns.ts';
export { type Completion, profileCompletion } from './completion.ts';
export * from './details.ts';
export { expandGenres, genreFamily, genreTree, isKnownGenreSlug } from './genres.ts';
export {
  allowedProfileKinds,
  isProfileKind,
  KIND_PLURALS,
  PROFILE_KINDS,
  type ProfileKind,
} from './kinds.ts';
export { projectProfile, type SearchProjection } from './projection.ts';
export { type DecodedText, decodeUpload, guessDelimiter, neutraliseFormula } from './text-encoding.ts';
export { type FieldIssue, validateProfile } from './validation.ts';
