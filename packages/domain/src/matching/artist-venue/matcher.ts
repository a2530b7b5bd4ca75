import { contains, isWeekendNight } from '../shared/dates.ts';
import { haversineMetres } from '../shared/geo.ts';
import { place } from '../shared/place.ts';
import { budgetFit, feeExclusion, feeExplanation, type Sink, tenths } from '../shared/scoring.ts';
import { EXCLUDED } from '../shared/types.ts';
import { genreAffinity } from '../taxonomy/genres.ts';
import type { ArtistVenueConfig } from './config.ts';
import {
  calendarSub,
  capacityRatio,
  capacitySub,
  conflictingShow,
  conflictingZone,
  exclusivitySub,
  geographySub,
  historySub,
  isOpen,
  nearestAnchor,
} from './criteria.ts';
import { explainAffinity, historyExplanation, reportDateExclusions } from './explain.ts';
import type { ArtistProfile, ArtistVenueCriterion, VenueProfile } from './types.ts';

// Scratch buffers reused across calls: the scorer is synchronous, so sharing them is safe.
const DIST = new Float64Array(1);
const CAUSE = new Float64Array(1);
const HIST = new Float64Array(3);

/**
 * Scores an artist/venue pair over candidate dates, in tenths of a point, or EXCLUDED.
 * With a sink, also reports every exclusion reason (not only the first) and the breakdown.
 */
export function evaluateArtistVenue(
  artist: ArtistProfile,
  venue: VenueProfile,
  dates: readonly string[],
  config: ArtistVenueConfig,
  sink: Sink<ArtistVenueCriterion> | null,
): number {
  const p = config.params;
  const w = config.weights;
  const fee = artist.fee;
  const budget = venue.budget;
  let excluded = false;

  const feeIssue = feeExclusion(fee, budget, p.budgetHardRatio);
  if (feeIssue) {
    if (!sink) return EXCLUDED;
    excluded = true;
    sink.exclude(feeIssue, feeExplanation(feeIssue, fee, budget, p.budgetHardRatio));
  }
  if (capacityRatio(artist, venue) >= p.capacityHardRatio) {
    if (!sink) return EXCLUDED;
    excluded = true;
    sink.exclude('CAPACITY_MISMATCH', {
      key: 'exclusion.capacity',
      params: {
        capacity: { range: [venue.capacity.min, venue.capacity.max] },
        min: artist.capacity.min,
        max: artist.capacity.max,
      },
    });
  }

  // Best feasible date: maximises calendar + geography + exclusivity points; earliest on ties.
  let bestDay = -1;
  let bestTenths = -1;
  for (let i = 0; i < dates.length; i++) {
    const day = dates[i]!;
    if (!isOpen(artist, venue, day)) continue;
    if (conflictingZone(artist, venue, day) !== -1 || conflictingShow(artist, venue, day) !== -1) continue;
    nearestAnchor(artist, venue.location, day, p, DIST);
    const t =
      tenths(w.calendar, calendarSub(artist, venue, day)) +
      tenths(w.geography, geographySub(DIST[0]!, p)) +
      tenths(w.exclusivity, exclusivitySub(artist, venue, day, p, CAUSE));
    if (t > bestTenths || (t === bestTenths && day < dates[bestDay]!)) {
      bestTenths = t;
      bestDay = i;
    }
  }
  if (bestDay === -1) {
    if (!sink) return EXCLUDED;
    excluded = true;
    reportDateExclusions(artist, venue, dates, sink);
  }
  if (excluded) return EXCLUDED;

  const capacity = capacitySub(artist, venue, p);
  const money = budgetFit(fee.minCents, fee.maxCents, budget.maxCents, p.budgetHardRatio);
  const affinity = genreAffinity(artist.genres, venue.genres);
  const history = historySub(artist, venue.history, HIST);
  const total =
    tenths(w.capacity, capacity) +
    tenths(w.budget, money) +
    bestTenths +
    tenths(w.affinity, affinity) +
    tenths(w.history, history);
  if (sink) {
    const day = dates[bestDay]!;
    sink.chooseDate(day);
    explainCapacity(artist, venue, capacity, w.capacity, sink);
    sink.line('budget', w.budget, money, {
      key: money === 1 ? 'budget.full' : money >= 0.8 ? 'budget.partial' : 'budget.below',
      params: {
        budget: { money: budget.maxCents, currency: budget.currency },
        feeMin: { money: fee.minCents, currency: fee.currency },
        feeMax: { money: fee.maxCents, currency: fee.currency },
      },
    });
    explainDay(artist, venue, day, config, sink);
    explainAffinity(artist, venue, affinity, w.affinity, sink);
    sink.line('history', w.history, history, historyExplanation(HIST));
  }
  return total;
}

function explainCapacity(
  artist: ArtistProfile,
  venue: VenueProfile,
  sub: number,
  weight: number,
  sink: Sink<ArtistVenueCriterion>,
): void {
  const tooBig = venue.capacity.min > artist.capacity.max;
  const tooSmall = venue.capacity.max < artist.capacity.min;
  sink.line('capacity', weight, sub, {
    key: tooBig ? 'capacity.tooBig' : tooSmall ? 'capacity.tooSmall' : 'capacity.inRange',
    params: {
      capacity: { range: [venue.capacity.min, venue.capacity.max] },
      min: artist.capacity.min,
      max: artist.capacity.max,
    },
  });
}

function explainDay(
  artist: ArtistProfile,
  venue: VenueProfile,
  day: string,
  config: ArtistVenueConfig,
  sink: Sink<ArtistVenueCriterion>,
): void {
  const p = config.params;
  const w = config.weights;
  const declared = contains(venue.availability.available, day);
  const isWeekend = isWeekendNight(day);
  const calendar = calendarSub(artist, venue, day);
  sink.line('calendar', w.calendar, calendar, {
    key: declared
      ? isWeekend
        ? 'calendar.declaredWeekend'
        : 'calendar.declared'
      : isWeekend
        ? 'calendar.freeWeekend'
        : 'calendar.free',
    params: { date: { day } },
  });
  const anchor = nearestAnchor(artist, venue.location, day, p, DIST);
  const distance = DIST[0]!;
  const show = anchor === -1 ? undefined : artist.bookedShows[anchor];
  sink.line('geography', w.geography, geographySub(distance, p), {
    key: show ? 'geography.routing' : 'geography.home',
    params: show
      ? { distance: { metres: distance }, date: { day: show.date }, place: place(show) }
      : { distance: { metres: distance }, place: place(artist.homeBase) },
  });
  const excl = exclusivitySub(artist, venue, day, p, CAUSE);
  const cause = CAUSE[0]!;
  const zone = cause >= 0 ? artist.exclusivityZones[cause] : undefined;
  const near = cause <= -2 ? artist.bookedShows[-cause - 2] : undefined;
  sink.line(
    'exclusivity',
    w.exclusivity,
    excl,
    zone
      ? {
          key: 'exclusivity.nearZone',
          params: {
            zone: zone.label ?? place(zone),
            distance: { metres: haversineMetres(zone, venue.location) },
            to: { day: zone.to },
          },
        }
      : near
        ? {
            key: 'exclusivity.nearClause',
            params: { distance: { metres: haversineMetres(near, venue.location) }, date: { day: near.date } },
          }
        : { key: 'exclusivity.clear', params: {} },
  );
}
