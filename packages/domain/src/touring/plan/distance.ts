import { haversineMetres } from '../../geo/index.ts';
import type { CountryCode, GeoPoint } from './problem.ts';

export interface TravelLeg {
  readonly metres: number;
  readonly seconds: number;
}

/** Road distance and time between two points. Implementations: offline estimate, OSRM/Valhalla matrix… */
export interface DistanceProvider {
  travel(from: GeoPoint, to: GeoPoint): TravelLeg;
}

export { haversineMetres };

/**
 * Road distance ÷ great-circle distance. Studies of detour indexes put Western Europe at 1.2–1.35
 * (e.g. Ballou, Rahardja & Sakai 2002, "Selected country circuity factors for road travel distance
 * estimation"; Boscoe et al. 2012). Our values: flat, dense networks lower, Alpine Switzerland higher.
 */
export const ROAD_CIRCUITY: Readonly<Record<CountryCode, number>> = { FR: 1.25, BE: 1.2, CH: 1.3, LU: 1.2 };
const DEFAULT_CIRCUITY = 1.25;

/**
 * Offline provider: great-circle distance × circuity (mean of the two countries' factors for a
 * cross-border leg) and time from an average door-to-door speed.
 */
export function haversineProvider(averageSpeedKmh: number, circuity = ROAD_CIRCUITY): DistanceProvider {
  const factor = (p: GeoPoint): number => (p.country ? circuity[p.country] : DEFAULT_CIRCUITY);
  return {
    travel(from, to) {
      const metres = haversineMetres(from, to) * ((factor(from) + factor(to)) / 2);
      return { metres, seconds: metres / ((averageSpeedKmh * 1000) / 3600) };
    },
  };
}
