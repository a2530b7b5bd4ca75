import { defineConfig, type MatchingConfig } from '../shared/config.ts';
import { ARTIST_VENUE_CRITERIA, type ArtistVenueCriterion, type ArtistVenueParams } from './types.ts';

export type ArtistVenueConfig = MatchingConfig<ArtistVenueCriterion, ArtistVenueParams>;

export const ARTIST_VENUE_DEFAULT_PARAMS: ArtistVenueParams = {
  budgetHardRatio: 1.5,
  capacityHardRatio: 5,
  capacityZeroRatioTooBig: 3,
  capacityZeroRatioTooSmall: 4,
  geoFullMetres: 30_000,
  geoZeroMetres: 800_000,
  routingWindowDays: 3,
  exclusivityNearRadiusFactor: 1.5,
  exclusivityNearDays: 30,
};

/** Weights of the product brief (2026): capacity 25, budget 20, calendar 15, geography 10, affinity 15, history 10, exclusivity 5. */
export const ARTIST_VENUE_CONFIG_V1: ArtistVenueConfig = defineConfig(
  'artist-venue',
  '2026-06.1',
  ARTIST_VENUE_CRITERIA,
  { capacity: 25, budget: 20, calendar: 15, geography: 10, affinity: 15, history: 10, exclusivity: 5 },
  ARTIST_VENUE_DEFAULT_PARAMS,
);
