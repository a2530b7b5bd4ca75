export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** IUGG mean Earth radius: the haversine error (≤ 0.5 %) is far below what touring decisions need. */
const EARTH_RADIUS_METRES = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres (haversine); allocation-free so scorers can call it per candidate. */
export function haversineMetres(a: GeoPoint, b: GeoPoint): number {
  return haversineDegrees(a.lat, a.lon, b.lat, b.lon);
}

/** Same, on raw coordinates (for computed points, without building an object). */
export function haversineDegrees(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const dLat = (bLat - aLat) * RAD;
  const dLon = (bLon - aLon) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const h = s1 * s1 + Math.cos(aLat * RAD) * Math.cos(bLat * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}
