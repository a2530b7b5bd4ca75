import type { Availability, CountRange, MoneyRange, NamedPoint } from '../shared/types.ts';

export type PerformanceType = 'deambulation' | 'fixe' | 'interactif' | 'atelier';
export type PlaceType = 'place-publique' | 'parc' | 'rue' | 'salle';
export type AudienceTag = 'tout-public' | 'famille' | 'enfants' | 'adolescents' | 'adultes' | 'seniors';
export type BuyerKind = 'municipality' | 'campsite' | 'festival' | 'other';

/** A past engagement of a company, used for municipal / campsite experience. */
export interface EngagementRecord {
  readonly buyer: BuyerKind;
  readonly date: string;
  /** 1..5 when the buyer rated it. */
  readonly rating?: number;
}

export interface StreetCompanyProfile {
  readonly id: string;
  readonly name?: string;
  readonly base: NamedPoint;
  readonly performanceTypes: readonly PerformanceType[];
  /** Audience sizes the show works for, e.g. 50–5000. */
  readonly gauge: CountRange;
  /** Electrical power the show needs in kW; 0 = technically autonomous. */
  readonly powerNeededKw: number;
  readonly fee: MoneyRange;
  readonly audiences: readonly AudienceTag[];
  readonly pmrAccessible: boolean;
  readonly engagements: readonly EngagementRecord[];
  readonly availability: Availability;
  /** Months (1..12) the company tours, when it declares a season. */
  readonly seasonMonths?: readonly number[];
}

export interface MunicipalEvent {
  readonly location: NamedPoint;
  /** Every day of the event; the company must be free on all of them. */
  readonly dates: readonly string[];
  readonly placeType: PlaceType;
  readonly expectedAudience: number;
  /** Power available on site in kW (0 = none). */
  readonly availablePowerKw: number;
  readonly audiences: readonly AudienceTag[];
  readonly pmrRequired: boolean;
  /** Performance types the town asks for, when it has a preference. */
  readonly wantedTypes?: readonly PerformanceType[];
}

export interface StreetArtsRequest {
  readonly kind: 'street-arts';
  readonly event: MunicipalEvent;
  readonly budget: MoneyRange;
  /** Companies within this radius get priority; defaults to the configuration's (100 km). */
  readonly proximityRadiusMetres?: number;
}

export const STREET_ARTS_CRITERIA = [
  'budget',
  'publicSpace',
  'municipalExperience',
  'proximity',
  'audience',
  'availability',
] as const;
export type StreetArtsCriterion = (typeof STREET_ARTS_CRITERIA)[number];

export interface StreetArtsParams {
  readonly budgetHardRatio: number;
  /** An expected audience this many times outside the gauge excludes. */
  readonly gaugeHardRatio: number;
  readonly proximityRadiusMetres: number;
  readonly proximityZeroMetres: number;
}

/** One stop of a campsite circuit: one site, one date. */
export interface CampsiteStop {
  readonly siteId: string;
  readonly location: NamedPoint;
  readonly date: string;
  readonly placeType: PlaceType;
  readonly expectedAudience: number;
  readonly availablePowerKw: number;
}

/** A chain books one act for a circuit of nearby campsites on consecutive days. */
export interface CampsiteRequest {
  readonly kind: 'campsite';
  readonly circuit: readonly CampsiteStop[];
  /** Budget per show. */
  readonly budget: MoneyRange;
  /** Defaults to family and children. */
  readonly audiences?: readonly AudienceTag[];
  readonly pmrRequired?: boolean;
}

export const CAMPSITE_CRITERIA = [
  'budget',
  'family',
  'circuit',
  'availability',
  'space',
  'experience',
] as const;
export type CampsiteCriterion = (typeof CAMPSITE_CRITERIA)[number];

export interface CampsiteParams {
  readonly budgetHardRatio: number;
  readonly gaugeHardRatio: number;
  /** Circuit distance (base → circuit centre) with full score, and where it reaches 0. */
  readonly circuitFullMetres: number;
  readonly circuitZeroMetres: number;
  /** Campsite season, months inclusive (June–September by default). */
  readonly seasonFromMonth: number;
  readonly seasonToMonth: number;
}
