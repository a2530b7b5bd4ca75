// Keys the API may send that have a translation. The API can add keys before the UI knows them:
// those are then shown with a neutral label rather than hidden.
import type { Dashboard } from '../../app/api/types.ts';

export const KNOWN_METRICS = [
  'holds',
  'offers',
  'confirmedShows',
  'openDates',
  'artists',
  'events',
  'budgetCents',
  'committedCents',
  'paymentsDue',
  'requests',
  'bookings',
  'contracts',
  'contractsToValidate',
  'reservations',
  'productions',
  'members',
  'profileCompletion',
] as const;
export type KnownMetric = (typeof KNOWN_METRICS)[number];

export const KNOWN_TASKS = [
  'answerOffers',
  'confirmHolds',
  'signContracts',
  'validateContracts',
  'payInvoices',
  'answerRequests',
  'completeProfile',
] as const;
export type KnownTask = (typeof KNOWN_TASKS)[number];

export const KNOWN_KINDS = [
  'show',
  'hold',
  'offer',
  'event',
  'booking',
  'deadline',
  'payment',
  'shoot',
] as const;
export type KnownKind = (typeof KNOWN_KINDS)[number];

function isIn<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export const isKnownMetric = (key: string): key is KnownMetric => isIn(KNOWN_METRICS, key);
export const isKnownTask = (key: string): key is KnownTask => isIn(KNOWN_TASKS, key);
export const isKnownKind = (key: string): key is KnownKind => isIn(KNOWN_KINDS, key);

/** Figures every organisation has from day one (identity's own), which say nothing about activity. */
const SETUP_METRICS: readonly string[] = ['members', 'profileCompletion'];

/**
 * No business activity yet: every activity figure is zero and nothing is planned. Set-up tasks
 * (complete the profile) may still be pending; they are listed alongside the first-run guidance.
 */
export function isEmptyDashboard(dashboard: Dashboard): boolean {
  return (
    dashboard.metrics.every((m) => m.value === 0 || SETUP_METRICS.includes(m.key)) &&
    dashboard.upcoming.length === 0
  );
}
