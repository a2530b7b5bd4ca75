import type {
  ArtistProfile,
  AudienceTag,
  ExclusivityZone,
  HistoryRecord,
  PerformanceType,
  StreetCompanyProfile,
  TechnicianProfile,
  TechnicianRole,
  VenueProfile,
} from '@flowstage/domain/matching';
import type { Currency } from '@flowstage/domain/money';
import type { MatchingFeedRow } from '../../catalogue/index.ts';
import { type DayPool, expandCalendar, type Horizon } from './calendar.ts';

/** What the index keeps about a candidate besides its scoring profile (filters, access, display). */
export interface CandidateMeta {
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
  readonly country: string;
  readonly city: string | null;
  readonly verified: boolean;
  readonly categories: readonly string[];
}

export interface MapContext {
  readonly horizon: Horizon;
  readonly days: DayPool;
}

const EMPTY: readonly never[] = Object.freeze([]);

function obj(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>) // narrowed: a plain JSON object
    : {};
}
function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
function currencyOf(value: unknown): Currency {
  return value === 'CHF' ? 'CHF' : 'EUR';
}

export function metaOf(row: MatchingFeedRow): CandidateMeta {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    country: row.country,
    city: row.city,
    verified: row.verification === 'verified',
    categories: row.categories,
  };
}

function point(row: MatchingFeedRow) {
  return { lat: row.latitude, lon: row.longitude, ...(row.city ? { label: row.city } : {}) };
}

function calendar(row: MatchingFeedRow, ctx: MapContext) {
  const { busy, available } = expandCalendar(row.slots, row.rules, ctx.horizon, ctx.days);
  return { busy: busy.length === 0 ? EMPTY : busy, available: available.length === 0 ? EMPTY : available };
}

export function toArtist(row: MatchingFeedRow, ctx: MapContext): ArtistProfile {
  const d = obj(row.details);
  const zones: ExclusivityZone[] = arr(d.exclusivityZones).flatMap((z) => {
    const o = obj(z);
    const from = str(o.from);
    const to = str(o.to);
    if (from === undefined || to === undefined) return [];
    const label = str(o.label);
    return [
      {
        lat: num(o.latitude, 0),
        lon: num(o.longitude, 0),
        radiusMetres: num(o.radiusKm, 0) * 1000,
        from,
        to,
        ...(label ? { label } : {}),
      },
    ];
  });
  return {
    id: row.id,
    name: row.name,
    genres: row.genres,
    homeBase: point(row),
    // an artist who states no room size fits any room: capacity then never decides
    capacity: { min: row.capacityMin ?? 0, max: row.capacityMax ?? 1_000_000 },
    fee: {
      minCents: row.priceMinCents ?? 0,
      maxCents: row.priceMaxCents ?? 0,
      currency: currencyOf(row.currency),
    },
    availability: calendar(row, ctx),
    // the tour schedule has towns but no coordinates yet: booked days are busy through the calendar
    bookedShows: EMPTY,
    exclusivityZones: zones.length === 0 ? EMPTY : zones,
  };
}

export function toVenue(row: MatchingFeedRow, ctx: MapContext): VenueProfile {
  const d = obj(row.details);
  const history: HistoryRecord[] = arr(d.pastProgramming).flatMap((h) => {
    const o = obj(h);
    const date = str(o.date);
    const artist = str(o.artistName);
    if (!date || !artist) return [];
    return [
      { artistId: artist, genres: arr(o.genres).filter((g): g is string => typeof g === 'string'), date },
    ];
  });
  return {
    id: row.id,
    name: row.name,
    location: point(row),
    capacity: { min: row.capacityMin ?? 0, max: row.capacityMax ?? row.capacityMin ?? 0 },
    // an undeclared budget is not a promise: it counts as none
    budget: {
      minCents: row.priceMinCents ?? 0,
      maxCents: row.priceMaxCents ?? 0,
      currency: currencyOf(row.currency),
    },
    genres: row.genres,
    availability: calendar(row, ctx),
    history: history.length === 0 ? EMPTY : history,
  };
}

const ROLE: Readonly<Record<string, TechnicianRole>> = {
  foh: 'foh',
  monitor: 'monitor',
  lighting: 'lighting',
  stage: 'stage',
  rigging: 'rigger',
  video: 'video',
};

export function toTechnician(row: MatchingFeedRow, ctx: MapContext): TechnicianProfile {
  const d = obj(row.details);
  const rate = obj(d.dayRate);
  return {
    id: row.id,
    name: row.name,
    base: point(row),
    roles: arr(d.specialities).flatMap((s) => (typeof s === 'string' && ROLE[s] ? [ROLE[s]] : [])),
    skills: arr(d.equipment).filter((s): s is string => typeof s === 'string'),
    venuesWorked: arr(d.venuesWorked)
      .filter((v): v is string => typeof v === 'string')
      .map((venueId) => ({ venueId, shows: 1 })),
    availability: calendar(row, ctx),
    dayRate: {
      cents: num(rate.amountCents, row.priceMinCents ?? 0),
      currency: currencyOf(rate.currency ?? row.currency),
    },
    reputation: { rating: row.ratingAvg ?? 0, reviews: row.ratingCount },
  };
}

const AUDIENCE: Readonly<Record<string, AudienceTag>> = {
  family: 'famille',
  children: 'enfants',
  teenagers: 'adolescents',
  adults: 'adultes',
  seniors: 'seniors',
};
const PERFORMANCE: readonly PerformanceType[] = ['deambulation', 'fixe', 'interactif', 'atelier'];
/** Power assumed for a show that is not technically autonomous (a small sound system and lights). */
export const DEFAULT_POWER_KW = 6;

export function toStreetCompany(row: MatchingFeedRow, ctx: MapContext): StreetCompanyProfile {
  const d = obj(row.details);
  const rates = obj(d.rates);
  const gauge = obj(d.gauge);
  const audiences = arr(d.audiences).flatMap((a) =>
    typeof a === 'string' && AUDIENCE[a] ? [AUDIENCE[a]] : [],
  );
  // A company playing to families and adults plays "tout public".
  if (audiences.includes('famille') && audiences.includes('adultes')) audiences.push('tout-public');
  return {
    id: row.id,
    name: row.name,
    base: point(row),
    performanceTypes: arr(d.performanceTypes).filter((t): t is PerformanceType =>
      PERFORMANCE.includes(t as PerformanceType),
    ),
    gauge: { min: num(gauge.min, row.capacityMin ?? 0), max: num(gauge.max, row.capacityMax ?? 0) },
    powerNeededKw: d.technicallyAutonomous === true ? 0 : DEFAULT_POWER_KW,
    fee: {
      minCents: num(rates.minCents, row.priceMinCents ?? 0),
      maxCents: num(rates.maxCents, row.priceMaxCents ?? 0),
      currency: currencyOf(rates.currency ?? row.currency),
    },
    audiences,
    pmrAccessible: d.pmrFriendly === true,
    // Until the booking module records engagements, the declared municipal experience counts as one.
    engagements:
      d.municipalExperience === true ? [{ buyer: 'municipality', date: row.updatedAt.slice(0, 10) }] : EMPTY,
    availability: calendar(row, ctx),
  };
}
