export type { IndexStatus, MatchingIndex } from './index/matching-index.ts';
export { matchingIndexFor } from './index-registry.ts';
export { type PairScoreInput, pairScore } from './pair-score.ts';
export { DayPool, horizonAround } from './profiles/calendar.ts';
export { toStreetCompany } from './profiles/map-feed.ts';
export { matchingRoutes } from './routes.ts';
