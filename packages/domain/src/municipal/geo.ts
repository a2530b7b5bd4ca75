import { type GeoPoint, haversineMetres as greatCircleMetres } from '../geo/index.ts';

export type { GeoPoint };

/** Great-circle distance in whole metres. */
export function haversineMetres(a: GeoPoint, b: GeoPoint): number {
  return Math.round(greatCircleMetres(a, b));
}
