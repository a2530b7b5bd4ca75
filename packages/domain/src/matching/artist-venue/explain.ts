import type { MessageKey } from '../i18n/fr.ts';
import { contains } from '../shared/dates.ts';
import { haversineMetres } from '../shared/geo.ts';
import { place } from '../shared/place.ts';
import type { Sink } from '../shared/scoring.ts';
import type { Explanation } from '../shared/types.ts';
import { bestGenrePair, type GenreRelation } from '../taxonomy/genres.ts';
import { conflictingShow, conflictingZone } from './criteria.ts';
import type { ArtistProfile, ArtistVenueCriterion, VenueProfile } from './types.ts';

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
    const booked = artist.bookedShows.find((s) => s.date === day);
    if (contains(artist.availability.busy, day) || booked) {
      sink.exclude('DATE_UNAVAILABLE', { key: 'exclusion.artistBusy', params: { date } });
      continue;
    }
    if (contains(venue.availability.busy, day)) {
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
