/**
 * PostgreSQL's earthdistance arithmetic (ll_to_earth, earth_distance, earth_box) replayed step by
 * step in the same float64 operations, so that the in-memory index keeps exactly the profiles the
 * SQL path keeps and rounds them to the same metres.
 */

/** earth() of the earthdistance extension, metres. */
export const EARTH_RADIUS = 6_378_168;
/** radians() multiplies by this constant (float.c RADIANS_PER_DEGREE). */
const RADIANS_PER_DEGREE = 0.017453292519943295;

export interface EarthPoint {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** ll_to_earth(lat, lon): the point on the sphere as a 3-D cube. */
export function llToEarth(latitude: number, longitude: number): EarthPoint {
  const lat = latitude * RADIANS_PER_DEGREE;
  const lon = longitude * RADIANS_PER_DEGREE;
  return {
    x: EARTH_RADIUS * Math.cos(lat) * Math.cos(lon),
    y: EARTH_RADIUS * Math.cos(lat) * Math.sin(lon),
    z: EARTH_RADIUS * Math.sin(lat),
  };
}

/** sec_to_gc(cube_distance(a, b)): great-circle metres from the chord length. */
export function earthDistance(
  ax: number,
  ay: number,
  az: number,
  bx: number,
  by: number,
  bz: number,
): number {
  const dx = ax - bx;
  const dy = ay - by;
  const dz = az - bz;
  const chord = Math.sqrt(dx * dx + dy * dy + dz * dz);
  const half = chord / (2 * EARTH_RADIUS);
  return half > 1 ? Math.PI * EARTH_RADIUS : 2 * EARTH_RADIUS * Math.asin(half);
}

/** PostgreSQL's round(float8) is rint(): halves go to the even neighbour. */
export function rint(value: number): number {
  const r = Math.round(value);
  return r - value === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
