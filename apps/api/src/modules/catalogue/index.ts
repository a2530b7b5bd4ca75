export { markDayBooked, profileDayStatus, unmarkDayBooked } from './booking-calendar.ts';
export {
  currentChangeSeq,
  type MatchingFeedRow,
  matchingProfile,
  profileChangesSince,
  profilesByIds,
  pruneProfileChanges,
  publishedProfilesOfOrganisations,
  streamPublishedProfiles,
} from './matching-feed.ts';
export { recordCollaboration } from './reviews.ts';
export { catalogueRoutes } from './routes.ts';
