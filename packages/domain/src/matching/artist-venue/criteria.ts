import { contains, daysApart, isWeekendNight } from '../shared/dates.ts';
import { haversineMetres } from '../shared/geo.ts';
import { clamp01, linearDecay, rangeGapRatio } from '../shared/scoring.ts';
import type { GeoPoint } from '../shared/types.ts';
import { genreSimilarity } from '../taxonomy/genres.ts';
import type { ArtistProfile, ArtistVenueParams, HistoryRecord, VenueProfile } from './types.ts';

/** Capacity fit from the gap ratio between the venue's configurations and the artist's range. */
export function capacitySub(artist: ArtistProfile, venue: VenueProfile, p: ArtistVenueParams): number {
  const ratio = rangeGapRatio(
    venue.capacity.min,
    venue.capacity.max,
    artist.capacity.min,
    artist.capacity.max,
  );
  if (ratio === 1) return 1;
  const tooBig = venue.capacity.min > artist.capacity.max;
  const zero = tooBig ? p.capacityZeroRatioTooBig : p.capacityZeroRatioTooSmall;
  // log scale: 2× too big is as bad as 2× too small would be on a scale twice as long
  return clamp01(1 - Math.log(ratio) / Math.log(zero));
}

export function capacityRatio(artist: ArtistProfile, venue: VenueProfile): number {
  return rangeGapRatio(venue.capacity.min, venue.capacity.max, artist.capacity.min, artist.capacity.max);
}

/** The artist cannot play that day, whatever the venue: marked busy, or a show already booked. */
export function artistBusy(artist: ArtistProfile, day: string): boolean {
  if (contains(artist.availability.busy, day)) return true;
  for (let i = 0; i < artist.bookedShows.length; i++) if (artist.bookedShows[i]!.date === day) return true;
  return false;
}

/** The venue cannot host that day, whatever the artist. */
export function venueBusy(venue: VenueProfile, day: string): boolean {
  return contains(venue.availability.busy, day);
}

/** A day both sides can play (neither marked busy, no show already booked for the artist). */
export function isOpen(artist: ArtistProfile, venue: VenueProfile, day: string): boolean {
  return !artistBusy(artist, day) && !venueBusy(venue, day);
}

/** Quality of an open day: declared open by the venue / artist, Friday or Saturday night. */
export function calendarSub(artist: ArtistProfile, venue: VenueProfile, day: string): number {
  return (
    0.55 +
    (contains(venue.availability.available, day) ? 0.2 : 0) +
    (contains(artist.availability.available, day) ? 0.1 : 0) +
    (isWeekendNight(day) ? 0.15 : 0)
  );
}

/**
 * Index of the routing anchor nearest to the venue for a day: booked shows within the routing
 * window; -1 means the home base. The distance is written to `out[0]` (avoids allocating a tuple).
 */
export function nearestAnchor(
  artist: ArtistProfile,
  at: GeoPoint,
  day: string,
  p: ArtistVenueParams,
  out: Float64Array,
): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i < artist.bookedShows.length; i++) {
    const show = artist.bookedShows[i]!;
    if (daysApart(show.date, day) > p.routingWindowDays) continue;
    const d = haversineMetres(show, at);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  out[0] = best === -1 ? haversineMetres(artist.homeBase, at) : bestDistance;
  return best;
}

export function geographySub(distanceMetres: number, p: ArtistVenueParams): number {
  return linearDecay(distanceMetres, p.geoFullMetres, p.geoZeroMetres);
}

/** Every point the geography criterion can measure from: a lower bound of the distance for an index. */
export function anchorPoints(artist: ArtistProfile): readonly GeoPoint[] {
  return [artist.homeBase, ...artist.bookedShows];
}

/** Index of the artist's exclusivity zone covering the venue on that day, or -1. */
export function conflictingZone(artist: ArtistProfile, venue: VenueProfile, day: string): number {
  for (let i = 0; i < artist.exclusivityZones.length; i++) {
    const z = artist.exclusivityZones[i]!;
    if (day >= z.from && day <= z.to && haversineMetres(z, venue.location) <= z.radiusMetres) return i;
  }
  return -1;
}

/** Index of a booked show of the artist breaking the venue's own radius clause, or -1. */
export function conflictingShow(artist: ArtistProfile, venue: VenueProfile, day: string): number {
  const c = venue.radiusClause;
  if (!c) return -1;
  for (let i = 0; i < artist.bookedShows.length; i++) {
    const s = artist.bookedShows[i]!;
    const before =
      s.date <= day ? daysApart(s.date, day) <= c.daysBefore : daysApart(s.date, day) <= c.daysAfter;
    if (before && haversineMetres(s, venue.location) <= c.radiusMetres) return i;
  }
  return -1;
}

/**
 * Soft exclusivity for an allowed day: 1 when clear, 0.4 when just outside an artist's zone
 * (promoters dislike it), 0.5 when near the venue's own radius clause. Index of the cause in out[0]
 * (zone index, or -(show index) - 2 for a show), -1 when clear.
 */
export function exclusivitySub(
  artist: ArtistProfile,
  venue: VenueProfile,
  day: string,
  p: ArtistVenueParams,
  out: Float64Array,
): number {
  let sub = 1;
  out[0] = -1;
  for (let i = 0; i < artist.exclusivityZones.length; i++) {
    const z = artist.exclusivityZones[i]!;
    const gapDays = day < z.from ? daysApart(day, z.from) : day > z.to ? daysApart(day, z.to) : 0;
    if (gapDays > p.exclusivityNearDays) continue;
    if (haversineMetres(z, venue.location) <= z.radiusMetres * p.exclusivityNearRadiusFactor && sub > 0.4) {
      sub = 0.4;
      out[0] = i;
    }
  }
  const c = venue.radiusClause;
  if (c) {
    for (let i = 0; i < artist.bookedShows.length; i++) {
      const s = artist.bookedShows[i]!;
      const near = daysApart(s.date, day) <= 2 * Math.max(c.daysBefore, c.daysAfter);
      if (near && haversineMetres(s, venue.location) <= c.radiusMetres * 1.5 && sub > 0.5) {
        sub = 0.5;
        out[0] = -i - 2;
      }
    }
  }
  return sub;
}

/**
 * History: this artist's past shows at the venue weigh 1, similar artists' weigh half their genre
 * similarity (≥ 0.5 only). Quality mixes ratings and fill rates; with little evidence the score
 * stays near a neutral 0.3 (unknown is not bad, but proven is better).
 */
export function historySub(
  artist: ArtistProfile,
  records: readonly HistoryRecord[],
  out: Float64Array,
): number {
  let weight = 0;
  let quality = 0;
  let same = 0;
  let similar = 0;
  let ratingSum = 0;
  let rated = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    let w = 0;
    if (r.artistId === artist.id) {
      w = 1;
      same++;
    } else {
      let sim = 0;
      for (let a = 0; a < artist.genres.length; a++) {
        for (let b = 0; b < r.genres.length; b++) {
          const s = genreSimilarity(artist.genres[a]!, r.genres[b]!);
          if (s > sim) sim = s;
        }
      }
      if (sim < 0.5) continue;
      w = 0.5 * sim;
      similar++;
    }
    const q = recordQuality(r);
    if (r.rating !== undefined) {
      ratingSum += r.rating;
      rated++;
    }
    weight += w;
    quality += w * q;
  }
  out[0] = same;
  out[1] = similar;
  out[2] = rated === 0 ? 0 : ratingSum / rated;
  if (weight === 0) return 0.3;
  const confidence = Math.min(1, weight / 2);
  return 0.3 * (1 - confidence) + (quality / weight) * confidence;
}

function recordQuality(r: HistoryRecord): number {
  const rating = r.rating === undefined ? undefined : clamp01((r.rating - 1) / 4);
  const fill = r.fillRate === undefined ? undefined : clamp01(r.fillRate);
  if (rating !== undefined && fill !== undefined) return 0.6 * rating + 0.4 * fill;
  return rating ?? fill ?? 0.6;
}
