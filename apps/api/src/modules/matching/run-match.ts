import type { MatchContextName } from '@flowstage/db';
import {
  type ArtistVenueConfig,
  type CampsiteConfig,
  type ExclusionReason,
  type Locale,
  type MatchResult,
  ownCalendarExclusions,
  type StreetArtsConfig,
  type StreetCompanyProfile,
  score,
  scoreOnly,
  type TechnicianConfig,
  type TechnicianProfile,
} from '@flowstage/domain/matching';
import type { BuiltRequest } from './build-request.ts';
import { artistsForVenue, venuesForArtist } from './engine/artist-venue.ts';
import type { CandidateFilter } from './engine/filters.ts';
import { haversineDegrees } from './engine/geo.ts';
import { rankObjects } from './engine/rank-objects.ts';
import type { MatchingIndex } from './index/matching-index.ts';
import type { SlotStore } from './index/slot-store.ts';
import type { CandidateMeta } from './profiles/map-feed.ts';
import { renderCached } from './render-cache.ts';
import type { ConfigByContext } from './weights.ts';

export type AnyConfig = ConfigByContext[MatchContextName];

/** A candidate found by the engine, with what the presentation needs. */
export interface Hit {
  readonly t: number;
  readonly meta: CandidateMeta;
  readonly lat: number;
  readonly lon: number;
  readonly price: { minCents: number; maxCents: number; currency: string } | null;
  readonly capacity: { min: number; max: number } | null;
  /** Full result with breakdown (computed for the retained hits only). */
  readonly result: () => MatchResult<string>;
}

function slotHit(s: SlotStore, slot: number, t: number, result: () => MatchResult<string>): Hit {
  return {
    t,
    meta: s.metaAt(slot),
    lat: s.lat[slot]!,
    lon: s.lon[slot]!,
    price: {
      minCents: s.priceMin[slot]!,
      maxCents: s.priceMax[slot]!,
      currency: s.currency[slot] === 1 ? 'CHF' : 'EUR',
    },
    capacity: { min: s.capMin[slot]!, max: s.capMax[slot]! },
    result,
  };
}

function technicianHit(
  meta: CandidateMeta,
  p: TechnicianProfile,
  t: number,
  result: () => MatchResult<string>,
): Hit {
  return {
    t,
    meta,
    lat: p.base.lat,
    lon: p.base.lon,
    price: { minCents: p.dayRate.cents, maxCents: p.dayRate.cents, currency: p.dayRate.currency },
    capacity: null,
    result,
  };
}

function companyHit(
  meta: CandidateMeta,
  p: StreetCompanyProfile,
  t: number,
  result: () => MatchResult<string>,
): Hit {
  return {
    t,
    meta,
    lat: p.base.lat,
    lon: p.base.lon,
    price: { minCents: p.fee.minCents, maxCents: p.fee.maxCents, currency: p.fee.currency },
    capacity: { min: p.gauge.min, max: p.gauge.max },
    result,
  };
}

/**
 * Top-k of a built request. The configuration is the one resolved for the request's context
 * (the caller guarantees it: `context` and `config.context` come from the same lookup).
 */
export function runMatch(
  index: MatchingIndex,
  b: BuiltRequest,
  config: AnyConfig,
  k: number,
  filter: CandidateFilter,
  origin: { lat: number; lon: number },
): { hits: Hit[]; candidates: number; scored: number } {
  switch (b.kind) {
    case 'venues-for-artist': {
      const c = config as ArtistVenueConfig; // resolved for the artist-venue context
      const r = venuesForArtist(index.venues, b.request, c, k, filter);
      return {
        hits: r.top.map((x) =>
          slotHit(index.venues, x.slot, x.t, () => score(b.request, index.venues.profile(x.slot), c)),
        ),
        candidates: index.venues.size,
        scored: r.stats.scored,
      };
    }
    case 'artists-for-venue': {
      const c = config as ArtistVenueConfig; // resolved for the artist-venue context
      const r = artistsForVenue(index.artists, b.request, c, k, filter);
      return {
        hits: r.top.map((x) =>
          slotHit(index.artists, x.slot, x.t, () => score(b.request, index.artists.profile(x.slot), c)),
        ),
        candidates: index.artists.size,
        scored: r.stats.scored,
      };
    }
    case 'technicians': {
      const c = config as TechnicianConfig; // resolved for the technician context
      const r = rankObjects(
        index.technicians.entries(),
        (p) => scoreOnly(b.request, p, c),
        k,
        filter,
        origin,
      );
      return {
        hits: r.top.map((x) => technicianHit(x.meta, x.profile, x.t, () => score(b.request, x.profile, c))),
        candidates: index.technicians.size,
        scored: r.scored,
      };
    }
    case 'street-arts': {
      const c = config as StreetArtsConfig; // resolved for the street-arts context
      const r = rankObjects(index.companies.entries(), (p) => scoreOnly(b.request, p, c), k, filter, origin);
      return {
        hits: r.top.map((x) => companyHit(x.meta, x.profile, x.t, () => score(b.request, x.profile, c))),
        candidates: index.companies.size,
        scored: r.scored,
      };
    }
    case 'campsite': {
      const c = config as CampsiteConfig; // resolved for the campsite context
      const r = rankObjects(index.companies.entries(), (p) => scoreOnly(b.request, p, c), k, filter, origin);
      return {
        hits: r.top.map((x) => companyHit(x.meta, x.profile, x.t, () => score(b.request, x.profile, c))),
        candidates: index.companies.size,
        scored: r.scored,
      };
    }
  }
}

/** One candidate of the request's kind, by id, from the index (published profiles only). */
export function findCandidate(
  index: MatchingIndex,
  b: BuiltRequest,
  config: AnyConfig,
  id: string,
): Hit | undefined {
  switch (b.kind) {
    case 'venues-for-artist': {
      const slot = index.venues.slot(id);
      if (slot === undefined) return undefined;
      const c = config as ArtistVenueConfig; // resolved for the artist-venue context
      const r = score(b.request, index.venues.profile(slot), c);
      return slotHit(index.venues, slot, r.kind === 'scored' ? Math.round(r.total * 10) : -1, () => r);
    }
    case 'artists-for-venue': {
      const slot = index.artists.slot(id);
      if (slot === undefined) return undefined;
      const c = config as ArtistVenueConfig; // resolved for the artist-venue context
      const r = score(b.request, index.artists.profile(slot), c);
      return slotHit(index.artists, slot, r.kind === 'scored' ? Math.round(r.total * 10) : -1, () => r);
    }
    case 'technicians': {
      const e = index.technicians.get(id);
      if (!e) return undefined;
      const r = score(b.request, e.profile, config as TechnicianConfig); // technician context
      return technicianHit(e.meta, e.profile, r.kind === 'scored' ? Math.round(r.total * 10) : -1, () => r);
    }
    case 'street-arts':
    case 'campsite': {
      const e = index.companies.get(id);
      if (!e) return undefined;
      const r =
        b.kind === 'street-arts'
          ? score(b.request, e.profile, config as StreetArtsConfig) // street-arts context
          : score(b.request, e.profile, config as CampsiteConfig); // campsite context
      return companyHit(e.meta, e.profile, r.kind === 'scored' ? Math.round(r.total * 10) : -1, () => r);
    }
  }
}

export function presentHit(hit: Hit, rank: number, origin: { lat: number; lon: number }, locale: Locale) {
  const r = hit.result();
  return {
    rank,
    candidate: presentCandidate(hit, origin),
    score: r.kind === 'scored' ? r.total : 0,
    date: r.kind === 'scored' ? (r.date ?? null) : null,
    lines:
      r.kind === 'scored'
        ? r.lines.map((l) => ({
            ...l,
            text: renderCached(l.explanation, locale),
            explanation: l.explanation,
          }))
        : [],
  };
}

/** Exclusion reasons in the user's language, with the key and parameters they were rendered from. */
export function presentReasons(reasons: readonly ExclusionReason[], locale: Locale) {
  return reasons.map((r) => ({
    code: r.code,
    text: renderCached(r.explanation, locale),
    explanation: r.explanation,
  }));
}

/**
 * What holds for every candidate of a request, whatever its score: the requested dates the
 * requester's own profile is unavailable (an empty ranking then says why).
 */
export function presentNotices(b: BuiltRequest, locale: Locale) {
  return b.kind === 'venues-for-artist' || b.kind === 'artists-for-venue'
    ? presentReasons(ownCalendarExclusions(b.request), locale)
    : [];
}

export function presentCandidate(hit: Hit, origin: { lat: number; lon: number }) {
  return {
    ...hit.meta,
    categories: [...hit.meta.categories],
    distanceMetres: Math.round(haversineDegrees(origin.lat, origin.lon, hit.lat, hit.lon)),
    price: hit.price,
    capacity: hit.capacity,
  };
}
