import {
  type ArtistProfile,
  GENRES,
  type HistoryRecord,
  type VenueProfile,
} from '@flowstage/domain/matching';
import { mulberry32 } from '@flowstage/domain/touring';
import type { CandidateMeta } from '../profiles/map-feed.ts';

/** Deterministic pseudo-random numbers (mulberry32) for reproducible synthetic catalogues. */
export const prng = (seed: number): (() => number) => mulberry32(seed).next;

const SLUGS = GENRES.map((g) => g.slug);
export const SYNTHETIC_DAYS = [
  '2026-10-08',
  '2026-10-09',
  '2026-10-10',
  '2026-10-16',
  '2026-10-17',
  '2026-11-06',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}
function some<T>(r: () => number, xs: readonly T[], max: number): T[] {
  const n = Math.floor(r() * (max + 1));
  return [...new Set(Array.from({ length: n }, () => pick(r, xs)))];
}
const logUniform = (r: () => number, min: number, max: number) => Math.round(min * (max / min) ** r());

function point(r: () => number) {
  return { lat: 43 + r() * 7.5, lon: -3 + r() * 10 };
}

export function syntheticMeta(id: string, r: () => number): CandidateMeta {
  return {
    id,
    organisationId: `org-${Math.floor(r() * 50)}`,
    name: `Profile ${id}`,
    country: pick(r, ['FR', 'FR', 'FR', 'BE', 'CH', 'LU']),
    city: null,
    verified: r() < 0.3,
    categories: [pick(r, ['club', 'smac', 'theatre', 'festival'])],
  };
}

export function syntheticVenue(id: string, r: () => number): VenueProfile {
  const cap = logUniform(r, 80, 8000);
  const budget = logUniform(r, 50_000, 5_000_000);
  const history: HistoryRecord[] =
    r() < 0.3
      ? Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({
          artistId: r() < 0.2 ? 'artist-0' : `artist-${Math.floor(r() * 40)}`,
          genres: some(r, SLUGS, 2),
          date: '2025-05-01',
          ...(r() < 0.7 ? { rating: 1 + Math.floor(r() * 5) } : {}),
          ...(r() < 0.5 ? { fillRate: r() } : {}),
        }))
      : [];
  return {
    id,
    location: point(r),
    capacity: { min: cap, max: r() < 0.5 ? cap : Math.round(cap * (1 + r() * 2)) },
    budget: { minCents: Math.round(budget / 2), maxCents: budget, currency: r() < 0.05 ? 'CHF' : 'EUR' },
    genres: some(r, SLUGS, 3),
    availability: { busy: some(r, SYNTHETIC_DAYS, 3), available: some(r, SYNTHETIC_DAYS, 2) },
    history,
    ...(r() < 0.1 ? { radiusClause: { radiusMetres: 50_000, daysBefore: 30, daysAfter: 15 } } : {}),
  };
}

export function syntheticArtist(id: string, r: () => number): ArtistProfile {
  const cap = logUniform(r, 60, 6000);
  const fee = logUniform(r, 30_000, 4_000_000);
  return {
    id,
    genres: some(r, SLUGS, 3).concat(pick(r, SLUGS)),
    homeBase: point(r),
    capacity: { min: cap, max: Math.round(cap * (1 + r() * 2.5)) },
    fee: { minCents: fee, maxCents: Math.round(fee * (1 + r())), currency: r() < 0.05 ? 'CHF' : 'EUR' },
    availability: { busy: some(r, SYNTHETIC_DAYS, 2), available: some(r, SYNTHETIC_DAYS, 2) },
    bookedShows: r() < 0.2 ? [{ ...point(r), date: pick(r, SYNTHETIC_DAYS) }] : [],
    exclusivityZones:
      r() < 0.15
        ? [{ ...point(r), radiusMetres: 20_000 + r() * 100_000, from: '2026-10-01', to: '2026-10-31' }]
        : [],
  };
}
