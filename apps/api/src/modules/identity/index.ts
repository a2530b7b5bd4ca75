export { MANAGERS, type MembershipContext, requireMembership } from './membership.ts';
export { identityRoutes } from './routes.ts';
