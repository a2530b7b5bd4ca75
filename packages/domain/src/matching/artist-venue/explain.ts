import type { MessageKey } from '../i18n/fr.ts';
import { haversineMetres } from '../shared/geo.ts';
import { place } from '../shared/place.ts';
import type { Sink } from '../shared/scoring.ts';
import type { ExclusionReason, Explanation } from '../shared/types.ts';
import { bestGenrePair, type GenreRelation } from '../taxonomy/genres.ts';
import { artistBusy, conflictingShow, conflictingZone, venueBusy } from './criteria.ts';
import type {
  ArtistProfile,
  ArtistsForVenueRequest,
  ArtistVenueCriterion,
  VenueProfile,
  VenuesForArtistRequest,
} from './types.ts';

const AFFINITY_KEYS: Readonly<Record<GenreRelation, MessageKey>> = {
  same: 'affinity.same',
  parent: 'affinity.parent',
  sibling: 'affinity.sibling',
  related: 'affinity.related',
  'family-related': 'affinity.familyRelated',
  none: 'affinity.none',
};

export function explainAffinity(
  artist: ArtistProfile,
  venue: VenueProfile,
  sub: number,
  weight: number,
  sink: Sink<ArtistVenueCriterion>,
): void {
  const pair = bestGenrePair(artist.genres, venue.genres);
  sink.line('affinity', weight, sub, {
    key: pair ? AFFINITY_KEYS[pair.relation] : 'affinity.none',
    params: pair
      ? { artistGenre: { genre: pair.artist }, venueGenre: { genre: pair.venue } }
      : { artistGenre: { genre: artist.genres[0] ?? '' }, venueGenre: { genre: venue.genres[0] ?? '' } },
  });
}

/** Explanation of the history line from the counters written by historySub ([same, similar, avg rating]). */
export function historyExplanation(counters: Float64Array): Explanation {
  const same = counters[0] ?? 0;
  const similar = counters[1] ?? 0;
  const rating = Math.round((counters[2] ?? 0) * 10) / 10;
  if (same > 0) {
    return rating > 0
      ? { key: 'history.sameArtist', params: { count: same, rating } }
      : { key: 'history.sameArtistUnrated', params: { count: same } };
  }
  if (similar > 0) {
    return rating > 0
      ? { key: 'history.similar', params: { count: similar, rating } }
      : { key: 'history.similarUnrated', params: { count: similar } };
  }
  return { key: 'history.none', params: {} };
}

/** One reason per requested date (at most 7) telling why it cannot be used. */
export function reportDateExclusions(
  artist: ArtistProfile,
  venue: VenueProfile,
  dates: readonly string[],
  sink: Sink<ArtistVenueCriterion>,
): void {
  if (dates.length === 0) {
    sink.exclude('DATE_UNAVAILABLE', { key: 'exclusion.noDate', params: {} });
    return;
  }
  for (const day of dates.slice(0, 7)) {
    const date = { day };
    if (artistBusy(artist, day)) {
      sink.exclude('DATE_UNAVAILABLE', { key: 'exclusion.artistBusy', params: { date } });
      continue;
    }
    if (venueBusy(venue, day)) {
      sink.exclude('DATE_UNAVAILABLE', { key: 'exclusion.venueBusy', params: { date } });
      continue;
    }
    const zone = artist.exclusivityZones[conflictingZone(artist, venue, day)];
    if (zone) {
      sink.exclude('EXCLUSIVITY_CONFLICT', {
        key: 'exclusion.exclusivityZone',
        params: {
          date,
          zone: zone.label ?? place(zone),
          radius: { metres: zone.radiusMetres },
          from: { day: zone.from },
          to: { day: zone.to },
        },
      });
      continue;
    }
    const show = artist.bookedShows[conflictingShow(artist, venue, day)];
    if (show) {
      sink.exclude('EXCLUSIVITY_CONFLICT', {
        key: 'exclusion.radiusClause',
        params: {
          date,
          showDate: { day: show.date },
          distance: { metres: haversineMetres(show, venue.location) },
        },
      });
    }
  }
}

/**
 * The requested dates the request's own profile cannot use, whatever the candidate: the artist's
 * calendar and booked shows (venues for an artist), the venue's calendar (artists for a venue).
 * Every candidate is excluded on those dates, so an empty ranking can say why in one line per date.
 */
export function ownCalendarExclusions(
  request: VenuesForArtistRequest | ArtistsForVenueRequest,
): ExclusionReason[] {
  const busy =
    request.kind === 'venues-for-artist'
      ? (day: string) => artistBusy(request.artist, day)
      : (day: string) => venueBusy(request.venue, day);
  const key = request.kind === 'venues-for-artist' ? 'exclusion.artistBusy' : 'exclusion.venueBusy';
  return request.dates
    .filter(busy)
    .map((day) => ({ code: 'DATE_UNAVAILABLE', explanation: { key, params: { date: { day } } } }));
}
