import type { Currency } from '../../money/index.ts';
import type { Availability, NamedPoint } from '../shared/types.ts';

export type TechnicianRole = 'foh' | 'monitor' | 'lighting' | 'stage' | 'rigger' | 'video';

export interface TechnicianProfile {
  readonly id: string;
  readonly name?: string;
  readonly base: NamedPoint;
  readonly roles: readonly TechnicianRole[];
  /** Equipment and specialities mastered (slugs of the equipment catalogue). */
  readonly skills: readonly string[];
  /** Venues the technician has worked in, with the number of shows. */
  readonly venuesWorked: readonly { readonly venueId: string; readonly shows: number }[];
  readonly availability: Availability;
  readonly dayRate: { readonly cents: number; readonly currency: Currency };
  /** Average rating 1..5 from past engagements and how many there were. */
  readonly reputation: { readonly rating: number; readonly reviews: number };
}

export interface TechnicianRequest {
  readonly kind: 'technicians';
  readonly role: TechnicianRole;
  /** Every day of the engagement: the technician must be free on all of them. */
  readonly dates: readonly string[];
  readonly venue: {
    readonly id: string;
    readonly location: NamedPoint;
    /** House equipment the technician will operate. */
    readonly equipment: readonly string[];
  };
  /** Items the show's technical rider requires (they weigh twice the house equipment). */
  readonly riderRequirements: readonly string[];
  readonly budget: { readonly maxDayRateCents: number; readonly currency: Currency };
  /** Local radius; defaults to the configuration's (50 km). */
  readonly radiusMetres?: number;
}

export const TECHNICIAN_CRITERIA = [
  'geography',
  'expertise',
  'venueKnowledge',
  'availability',
  'budget',
  'reputation',
] as const;
export type TechnicianCriterion = (typeof TECHNICIAN_CRITERIA)[number];

export interface TechnicianParams {
  readonly defaultRadiusMetres: number;
  /** Geography reaches 0 at this multiple of the radius. */
  readonly geoZeroRadiusFactor: number;
  readonly budgetHardRatio: number;
  /** Bayesian prior on ratings: a newcomer counts as this rating … */
  readonly reputationPrior: number;
  /** … with this many virtual reviews. */
  readonly reputationPriorWeight: number;
}
