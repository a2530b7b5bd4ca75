export { VALIDATION_ESCALATION_QUEUE } from './accept-offer.ts';
export { CHALLENGE_EXPIRY_QUEUE } from './challenge-hold.ts';
export { registerBookingJobs } from './jobs.ts';
export { bookingRoutes } from './routes.ts';
