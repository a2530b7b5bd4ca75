const EARTH_RADIUS_METRES = 6_371_008.8; // same radius as the scoring core
const RAD = Math.PI / 180;

/** Great-circle distance in metres (for filters and display; scores use the core's own). */
export function haversineDegrees(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const dLat = (bLat - aLat) * RAD;
  const dLon = (bLon - aLon) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const h = s1 * s1 + Math.cos(aLat * RAD) * Math.cos(bLat * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}
