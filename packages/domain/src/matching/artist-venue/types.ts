import type { Availability, CountRange, ExclusivityZone, MoneyRange, NamedPoint } from '../shared/types.ts';

/** A show already booked for the artist: it anchors routing and may trigger a venue's radius clause. */
export interface BookedShow extends NamedPoint {
  readonly date: string;
}

export interface ArtistProfile {
  readonly id: string;
  readonly name?: string;
  /** Genre slugs of the shared taxonomy, main genre first. */
  readonly genres: readonly string[];
  readonly homeBase: NamedPoint;
  /** Room sizes the artist's team targets (seats/standing), e.g. 400–900. */
  readonly capacity: CountRange;
  /** Fee asked for a show. */
  readonly fee: MoneyRange;
  readonly availability: Availability;
  readonly bookedShows: readonly BookedShow[];
  /** Zones from contracts already signed with other promoters (radius clauses). */
  readonly exclusivityZones: readonly ExclusivityZone[];
}

/** One past show at a venue: its artist, genres and how it went. */
export interface HistoryRecord {
  readonly artistId: string;
  readonly genres: readonly string[];
  readonly date: string;
  /** Rating 1..5 given by the venue (or the audience), when known. */
  readonly rating?: number;
  /** Tickets sold / capacity, 0..1, when known. */
  readonly fillRate?: number;
}

/** The venue's own radius clause: the artist must not play within the radius around its date. */
export interface RadiusClause {
  readonly radiusMetres: number;
  readonly daysBefore: number;
  readonly daysAfter: number;
}

export interface VenueProfile {
  readonly id: string;
  readonly name?: string;
  readonly location: NamedPoint;
  /** Capacity configurations (seated to standing); a fixed room has min = max. */
  readonly capacity: CountRange;
  /** Artistic budget for one show. */
  readonly budget: MoneyRange;
  /** Genres the venue programmes. */
  readonly genres: readonly string[];
  readonly availability: Availability;
  readonly history: readonly HistoryRecord[];
  readonly radiusClause?: RadiusClause;
}

/** Venues for an artist: candidate dates of the tour window (the best open date is retained). */
export interface VenuesForArtistRequest {
  readonly kind: 'venues-for-artist';
  readonly artist: ArtistProfile;
  readonly dates: readonly string[];
}

/** Artists for a venue on one date (or a few alternatives). */
export interface ArtistsForVenueRequest {
  readonly kind: 'artists-for-venue';
  readonly venue: VenueProfile;
  readonly dates: readonly string[];
}

export const ARTIST_VENUE_CRITERIA = [
  'capacity',
  'budget',
  'calendar',
  'geography',
  'affinity',
  'history',
  'exclusivity',
] as const;
export type ArtistVenueCriterion = (typeof ARTIST_VENUE_CRITERIA)[number];

export interface ArtistVenueParams {
  /** Fee minimum above this multiple of the budget maximum excludes (1.5 = 50 % over). */
  readonly budgetHardRatio: number;
  /** A room this many times too big or too small excludes. */
  readonly capacityHardRatio: number;
  /** Capacity sub-score reaches 0 at this ratio for a room too big (half-empty rooms hurt most). */
  readonly capacityZeroRatioTooBig: number;
  /** … and at this ratio for a room too small. */
  readonly capacityZeroRatioTooSmall: number;
  /** Full geography score up to this distance from the routing, 0 from `geoZeroMetres`. */
  readonly geoFullMetres: number;
  readonly geoZeroMetres: number;
  /** Booked shows within this many days of a date anchor the routing; otherwise the home base. */
  readonly routingWindowDays: number;
  /** Near-miss of an exclusivity zone: within this multiple of its radius … */
  readonly exclusivityNearRadiusFactor: number;
  /** … and this many days of its period. */
  readonly exclusivityNearDays: number;
}
