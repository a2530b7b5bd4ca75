export { markDayBooked, profileDayStatus, unmarkDayBooked } from './booking-calendar.ts';
export { ProfileChangeFollower } from './change-follower.ts';
export {
  type MatchingFeedRow,
  matchingProfile,
  profilesByIds,
  publishedProfilesOfOrganisations,
  streamPublishedProfiles,
} from './matching-feed.ts';
export { invalidateOnWrites, ReadModelSync } from './read-model-sync.ts';
export { recordCollaboration } from './reviews.ts';
export { catalogueRoutes } from './routes.ts';
export { searchIndexFor } from './search-index/search-index.ts';
