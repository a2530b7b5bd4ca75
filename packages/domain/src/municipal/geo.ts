export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** IUGG mean Earth radius: the haversine error (≤ 0.5 %) is far below what planning needs. */
const EARTH_RADIUS_METRES = 6_371_008.8;

/** Great-circle distance in whole metres. */
export function haversineMetres(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h))));
}
