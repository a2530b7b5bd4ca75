export { artistEarningsCents, type BoxOffice, type OfferDeal } from './deals.ts';
export {
  type ChallengeCheck,
  challengeDeadline,
  checkChallenge,
  DEFAULT_CHALLENGE_SECONDS,
  isLive,
  LIVE_HOLD_STATUSES,
  type LiveHoldStatus,
  type RankableHold,
  rankHolds,
  secondsLeft,
} from './holds.ts';
export {
  OFFER_CURRENCIES,
  type OfferInput,
  type OfferProblem,
  type OfferSchedule,
  validateOffer,
} from './offer.ts';
export { type ContractTier, needsSellerValidation, tierForScore } from './tiering.ts';
export {
  needsLegalExpert,
  routeValidation,
  VALIDATION_POLICIES,
  type ValidationPolicy,
  type ValidationReason,
  type ValidationRouting,
  type ValidationSubject,
  validationDueAt,
} from './validation.ts';
