import { daysBetween } from '../reference/day-date.ts';
import { type GeoPoint, haversineMetres } from './geo.ts';
import type { Bilingual } from './text.ts';

export interface CalendarEvent {
  readonly id: string;
  readonly name: string;
  readonly kind: 'commune_event' | 'festival';
  readonly communeId: string;
  readonly location: GeoPoint;
  /** First day; `endDate` (inclusive) for multi-day events such as festivals. */
  readonly date: string;
  readonly endDate?: string;
  /** Companies (artists, troupes) performing. */
  readonly companyIds: readonly string[];
}

export interface ConflictOptions {
  /** Neighbouring communes' events within this distance on the same day compete for the audience. */
  readonly neighbourRadiusMetres: number;
  readonly festivalRadiusMetres: number;
  /** Days before/after a festival during which a nearby event still competes with it. */
  readonly festivalWindowDays: number;
  /** A company cannot cover more than this between two show days (road, get-in, get-out). */
  readonly maxMetresPerDay: number;
}

export const DEFAULT_CONFLICT_OPTIONS: ConflictOptions = {
  neighbourRadiusMetres: 15_000,
  festivalRadiusMetres: 50_000,
  festivalWindowDays: 0,
  maxMetresPerDay: 700_000,
};

export type ConflictCode =
  | 'company_double_booked'
  | 'company_travel_impossible'
  | 'same_commune_same_date'
  | 'neighbour_same_date'
  | 'festival_nearby';

export interface Conflict {
  readonly code: ConflictCode;
  readonly severity: 'blocking' | 'warning';
  readonly eventIds: readonly [string, string];
  readonly companyId?: string;
  readonly distanceMetres?: number;
  readonly reason: Bilingual;
}

const endOf = (e: CalendarEvent) => e.endDate ?? e.date;
const km = (metres: number) => Math.round(metres / 1000);

/** Days strictly between two events (0 when they overlap). */
function gapDays(a: CalendarEvent, b: CalendarEvent): number {
  if (endOf(a) < b.date) return daysBetween(endOf(a), b.date);
  if (endOf(b) < a.date) return daysBetween(endOf(b), a.date);
  return 0;
}

function companyConflicts(
  candidate: CalendarEvent,
  others: readonly CalendarEvent[],
  o: ConflictOptions,
): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const companyId of candidate.companyIds) {
    const theirs = others.filter((e) => e.companyIds.includes(companyId));
    for (const other of theirs.filter((e) => gapDays(candidate, e) === 0)) {
      conflicts.push({
        code: 'company_double_booked',
        severity: 'blocking',
        eventIds: [candidate.id, other.id],
        companyId,
        reason: {
          fr: `La compagnie ${companyId} joue déjà le même jour à « ${other.name} ».`,
          en: `Company ${companyId} already performs that day at "${other.name}".`,
        },
      });
    }
    // Only the nearest show before and after matter: if both legs are feasible, so is any longer chain.
    const before = theirs
      .filter((e) => endOf(e) < candidate.date)
      .sort((a, b) => (endOf(a) < endOf(b) ? 1 : -1))[0];
    const after = theirs
      .filter((e) => e.date > endOf(candidate))
      .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    for (const other of [before, after]) {
      if (!other) continue;
      const days = gapDays(candidate, other);
      const distance = haversineMetres(candidate.location, other.location);
      if (distance > days * o.maxMetresPerDay) {
        conflicts.push({
          code: 'company_travel_impossible',
          severity: 'blocking',
          eventIds: [candidate.id, other.id],
          companyId,
          distanceMetres: distance,
          reason: {
            fr: `La compagnie ${companyId} ne peut pas relier « ${other.name} » : ${km(distance)} km en ${days} jour(s), maximum ${km(o.maxMetresPerDay)} km/jour.`,
            en: `Company ${companyId} cannot travel from/to "${other.name}": ${km(distance)} km in ${days} day(s), at most ${km(o.maxMetresPerDay)} km/day.`,
          },
        });
      }
    }
  }
  return conflicts;
}

function placeConflict(candidate: CalendarEvent, other: CalendarEvent, o: ConflictOptions): Conflict | null {
  const distance = haversineMetres(candidate.location, other.location);
  if (other.kind === 'festival' || candidate.kind === 'festival') {
    const festival = other.kind === 'festival' ? other : candidate;
    const near = distance <= o.festivalRadiusMetres && gapDays(candidate, other) <= o.festivalWindowDays;
    if (!near) return null;
    return {
      code: 'festival_nearby',
      severity: 'warning',
      eventIds: [candidate.id, other.id],
      distanceMetres: distance,
      reason: {
        fr: `Le festival « ${festival.name} » a lieu à ${km(distance)} km aux mêmes dates.`,
        en: `The "${festival.name}" festival takes place ${km(distance)} km away on the same dates.`,
      },
    };
  }
  if (gapDays(candidate, other) !== 0) return null;
  if (other.communeId === candidate.communeId) {
    return {
      code: 'same_commune_same_date',
      severity: 'warning',
      eventIds: [candidate.id, other.id],
      distanceMetres: distance,
      reason: {
        fr: `La commune organise déjà « ${other.name} » le même jour.`,
        en: `The commune already holds "${other.name}" on the same day.`,
      },
    };
  }
  if (distance > o.neighbourRadiusMetres) return null;
  return {
    code: 'neighbour_same_date',
    severity: 'warning',
    eventIds: [candidate.id, other.id],
    distanceMetres: distance,
    reason: {
      fr: `Une commune voisine organise « ${other.name} » à ${km(distance)} km le même jour.`,
      en: `A neighbouring commune holds "${other.name}" ${km(distance)} km away on the same day.`,
    },
  };
}

/** Conflicts between a planned event and the calendar it joins (the candidate itself is ignored there). */
export function detectConflicts(
  candidate: CalendarEvent,
  calendar: readonly CalendarEvent[],
  options: Partial<ConflictOptions> = {},
): Conflict[] {
  const o = { ...DEFAULT_CONFLICT_OPTIONS, ...options };
  const others = calendar.filter((e) => e.id !== candidate.id);
  const conflicts = companyConflicts(candidate, others, o);
  for (const other of others) {
    const conflict = placeConflict(candidate, other, o);
    if (conflict) conflicts.push(conflict);
  }
  return conflicts;
}
