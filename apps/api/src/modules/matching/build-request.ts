import type { DbOrTx, MatchContextName } from '@flowstage/db';
import type {
  ArtistProfile,
  ArtistsForVenueRequest,
  CampsiteRequest,
  StreetArtsRequest,
  TechnicianRequest,
  VenueProfile,
  VenuesForArtistRequest,
} from '@flowstage/domain/matching';
import { AppError, notFound } from '../../errors.ts';
import { matchingProfile } from '../catalogue/index.ts';
import type { CandidateFilter } from './engine/filters.ts';
import type { MatchingIndex } from './index/matching-index.ts';
import type { MatchBody } from './match.schema.ts';
import { DayPool, horizonAround } from './profiles/calendar.ts';
import { toArtist, toVenue } from './profiles/map-feed.ts';

const MAX_DAYS = 62;
const DAY_MS = 86_400_000;

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { detail: message, errors: [{ path, message }] });
}

/** The candidate dates of a request: explicit days, or an inclusive range of at most 62 days. */
export function resolveDates(
  input: { dates?: string[] | undefined; from?: string | undefined; to?: string | undefined },
  path = 'dates',
): string[] {
  if (input.dates && (input.from || input.to)) throw invalid(path, 'Give either dates or from/to, not both.');
  if (input.dates) return [...new Set(input.dates)].sort();
  if (!input.from || !input.to) throw invalid(path, 'Give the candidate dates, or both from and to.');
  const from = Date.parse(`${input.from}T00:00:00Z`);
  const to = Date.parse(`${input.to}T00:00:00Z`);
  if (to < from) throw invalid(`${path}.to`, 'The end date is before the start date.');
  const days = (to - from) / DAY_MS + 1;
  if (days > MAX_DAYS) throw invalid(`${path}.to`, `A search covers at most ${MAX_DAYS} days (got ${days}).`);
  return Array.from({ length: days }, (_, i) => new Date(from + i * DAY_MS).toISOString().slice(0, 10));
}

export type BuiltRequest =
  | { kind: 'venues-for-artist'; context: 'artist-venue'; request: VenuesForArtistRequest; subjectId: string }
  | { kind: 'artists-for-venue'; context: 'artist-venue'; request: ArtistsForVenueRequest; subjectId: string }
  | { kind: 'technicians'; context: 'technician'; request: TechnicianRequest; subjectId: string | null }
  | { kind: 'street-arts'; context: 'street-arts'; request: StreetArtsRequest; subjectId: null }
  | { kind: 'campsite'; context: 'campsite'; request: CampsiteRequest; subjectId: null };

export interface Built {
  readonly built: BuiltRequest;
  readonly origin: { lat: number; lon: number };
  readonly dates: string[];
  readonly filter: CandidateFilter;
}

export const CONTEXT_OF: Readonly<Record<MatchBody['kind'], MatchContextName>> = {
  'venues-for-artist': 'artist-venue',
  'artists-for-venue': 'artist-venue',
  technicians: 'technician',
  'street-arts': 'street-arts',
  campsite: 'campsite',
};

/**
 * The caller's own profile a search is for. Published profiles come from the index; drafts from
 * the catalogue. Another organisation's profile is reported as not found (its data is private).
 */
async function ownProfile<K extends 'artist' | 'venue'>(
  db: DbOrTx,
  index: MatchingIndex,
  kind: K,
  id: string,
  organisationId: string,
): Promise<K extends 'artist' ? ArtistProfile : VenueProfile>;
async function ownProfile(
  db: DbOrTx,
  index: MatchingIndex,
  kind: 'artist' | 'venue',
  id: string,
  organisationId: string,
): Promise<ArtistProfile | VenueProfile> {
  const store = kind === 'artist' ? index.artists : index.venues;
  const slot = store.slot(id);
  if (slot !== undefined && store.orgs[slot] === organisationId) {
    return kind === 'artist' ? index.artists.profile(slot) : index.venues.profile(slot);
  }
  const row = await matchingProfile(db, id);
  if (!row || row.kind !== kind || row.organisationId !== organisationId)
    throw notFound(kind === 'artist' ? 'Artist profile' : 'Venue profile');
  const ctx = { horizon: horizonAround(new Date().toISOString().slice(0, 10)), days: new DayPool() };
  return kind === 'artist' ? toArtist(row, ctx) : toVenue(row, ctx);
}

function filterOf(body: MatchBody, organisationId: string): CandidateFilter {
  const f = body.filters;
  if (
    f.capacityAtLeast !== undefined &&
    f.capacityAtMost !== undefined &&
    f.capacityAtLeast > f.capacityAtMost
  ) {
    throw invalid('filters.capacityAtMost', 'The maximum capacity is below the minimum.');
  }
  if (
    f.priceAtLeastCents !== undefined &&
    f.priceAtMostCents !== undefined &&
    f.priceAtLeastCents > f.priceAtMostCents
  ) {
    throw invalid('filters.priceAtMostCents', 'The maximum price is below the minimum.');
  }
  return {
    countries: f.countries,
    maxDistanceMetres: f.maxDistanceKm === undefined ? undefined : f.maxDistanceKm * 1000,
    capacityAtLeast: f.capacityAtLeast,
    capacityAtMost: f.capacityAtMost,
    priceAtLeastCents: f.priceAtLeastCents,
    priceAtMostCents: f.priceAtMostCents,
    genres: f.genres,
    categories: f.categories,
    verifiedOnly: f.verifiedOnly,
    excludeOrganisationId: organisationId,
    minScoreTenths: f.minScore === undefined ? undefined : Math.round(f.minScore * 10),
  };
}

export async function buildRequest(db: DbOrTx, index: MatchingIndex, body: MatchBody): Promise<Built> {
  const filter = filterOf(body, body.organisationId);
  switch (body.kind) {
    case 'venues-for-artist': {
      const dates = resolveDates(body);
      const artist = await ownProfile(db, index, 'artist', body.artistProfileId, body.organisationId);
      return {
        built: {
          kind: body.kind,
          context: 'artist-venue',
          request: { kind: body.kind, artist, dates },
          subjectId: artist.id,
        },
        origin: artist.homeBase,
        dates,
        filter,
      };
    }
    case 'artists-for-venue': {
      const dates = resolveDates(body);
      const venue = await ownProfile(db, index, 'venue', body.venueProfileId, body.organisationId);
      return {
        built: {
          kind: body.kind,
          context: 'artist-venue',
          request: { kind: body.kind, venue, dates },
          subjectId: venue.id,
        },
        origin: venue.location,
        dates,
        filter,
      };
    }
    case 'technicians': {
      const dates = resolveDates(body);
      if (body.venue.venueProfileId)
        await ownProfile(db, index, 'venue', body.venue.venueProfileId, body.organisationId);
      const request: TechnicianRequest = {
        kind: 'technicians',
        role: body.role,
        dates,
        venue: {
          id: body.venue.venueProfileId ?? 'external',
          location: body.venue.location,
          equipment: body.venue.equipment,
        },
        riderRequirements: body.riderRequirements,
        budget: body.budget,
        ...(body.radiusKm === undefined ? {} : { radiusMetres: body.radiusKm * 1000 }),
      };
      return {
        built: {
          kind: 'technicians',
          context: 'technician',
          request,
          subjectId: body.venue.venueProfileId ?? null,
        },
        origin: body.venue.location,
        dates,
        filter,
      };
    }
    case 'street-arts': {
      const { dates: d, from, to, ...event } = body.event;
      const dates = resolveDates({ dates: d, from, to }, 'event.dates');
      if (body.budget.minCents > body.budget.maxCents)
        throw invalid('budget.maxCents', 'The maximum budget is below the minimum.');
      const request: StreetArtsRequest = {
        kind: 'street-arts',
        event: { ...event, dates },
        budget: body.budget,
        ...(body.proximityRadiusKm === undefined
          ? {}
          : { proximityRadiusMetres: body.proximityRadiusKm * 1000 }),
      };
      return {
        built: { kind: 'street-arts', context: 'street-arts', request, subjectId: null },
        origin: event.location,
        dates,
        filter,
      };
    }
    case 'campsite': {
      if (body.budget.minCents > body.budget.maxCents)
        throw invalid('budget.maxCents', 'The maximum budget is below the minimum.');
      const dates = body.circuit.map((s) => s.date);
      if (new Set(dates).size !== dates.length)
        throw invalid('circuit', 'Two stops of a circuit share a date.');
      const n = body.circuit.length;
      const origin = {
        lat: body.circuit.reduce((s, c) => s + c.location.lat, 0) / n,
        lon: body.circuit.reduce((s, c) => s + c.location.lon, 0) / n,
      };
      const request: CampsiteRequest = {
        kind: 'campsite',
        circuit: body.circuit,
        budget: body.budget,
        ...(body.audiences ? { audiences: body.audiences } : {}),
        ...(body.pmrRequired === undefined ? {} : { pmrRequired: body.pmrRequired }),
      };
      return {
        built: { kind: 'campsite', context: 'campsite', request, subjectId: null },
        origin,
        dates,
        filter,
      };
    }
  }
}
