/**
 * Matching core: pure, explainable scores (0–100 with a breakdown) for artists ↔ venues,
 * technicians, street-arts companies for towns and campsite circuits.
 */
export {
  type AnyRequest,
  type CandidateOf,
  type ConfigOf,
  type CriterionOf,
  type ExclusionExplanation,
  explainExclusion,
  type MatchKind,
  type MatchKinds,
  type Ranking,
  type RequestOf,
  rankCandidates,
  score,
  scoreOnly,
  upperBound,
} from './api.ts';
export {
  ARTIST_VENUE_CONFIG_V1,
  ARTIST_VENUE_DEFAULT_PARAMS,
  type ArtistVenueConfig,
} from './artist-venue/config.ts';
export { anchorPoints, geographySub as artistVenueGeographySub } from './artist-venue/criteria.ts';
export { ownCalendarExclusions } from './artist-venue/explain.ts';
export * from './artist-venue/types.ts';
export type { MessageKey } from './i18n/fr.ts';
export { CATALOGUES, formatMessage, render } from './i18n/render.ts';
export {
  defineConfig,
  type MatchContext,
  type MatchingConfig,
  MatchingConfigError,
  validateWeights,
} from './shared/config.ts';
export { haversineMetres } from './shared/geo.ts';
export * from './shared/types.ts';
export { CAMPSITE_CONFIG_V1, type CampsiteConfig, validateCampsiteRequest } from './street-arts/campsite.ts';
export { proximitySub as streetArtsProximitySub } from './street-arts/criteria.ts';
export { STREET_ARTS_CONFIG_V1, type StreetArtsConfig } from './street-arts/matcher.ts';
export * from './street-arts/types.ts';
export {
  EQUIPMENT,
  type EquipmentCategory,
  type EquipmentItem,
  equipmentSimilarity,
} from './taxonomy/equipment.ts';
export {
  type GenreRelation,
  genreAffinity,
  genreLabel,
  genreRelation,
  genreSimilarity,
} from './taxonomy/genres.ts';
export { GENRES, type GenreNode } from './taxonomy/genres-data.ts';
export { technicianGeographySub } from './technician/criteria.ts';
export { TECHNICIAN_CONFIG_V1, type TechnicianConfig } from './technician/matcher.ts';
export * from './technician/types.ts';
