export {
  currentChangeSeq,
  type MatchingFeedRow,
  matchingProfile,
  profileChangesSince,
  profilesByIds,
  pruneProfileChanges,
  streamPublishedProfiles,
} from './matching-feed.ts';
export { catalogueRoutes } from './routes.ts';
export { markDayBooked, profileDayStatus, unmarkDayBooked } from './booking-calendar.ts';
