/**
 * Sound upper bounds of sub-scores for pruning. They restate the scoring core's formulas and add
 * a small epsilon, so a bound can only be above the exact value, never below; the exhaustive
 * equality test (engine.test.ts) checks it on random data.
 */
const EARTH_RADIUS_METRES = 6_371_008.8;
const RAD = Math.PI / 180;
export const EPS = 1e-9;

export function tenths(weight: number, sub: number): number {
  return Math.round(weight * Math.min(1, sub) * 10);
}

/**
 * Lower bound of the great-circle distance from a point to any point of a latitude/longitude box:
 * hav(d) = hav(Δφ) + cos φ1 cos φ2 hav(Δλ) ≥ hav(Δφmin) + cos²(φmax) hav(Δλmin). Minus a metre for rounding.
 */
export function boxLowerBoundMetres(
  lat: number,
  lon: number,
  minLat: number,
  maxLat: number,
  minLon: number,
  maxLon: number,
): number {
  if (!(minLat <= maxLat)) return Number.POSITIVE_INFINITY; // empty block
  const dLat = lat < minLat ? minLat - lat : lat > maxLat ? lat - maxLat : 0;
  const dLon = lon < minLon ? minLon - lon : lon > maxLon ? lon - maxLon : 0;
  if (dLat === 0 && dLon === 0) return 0;
  const phiMax = Math.max(Math.abs(lat), Math.abs(minLat), Math.abs(maxLat)) * RAD;
  const s1 = Math.sin((dLat * RAD) / 2);
  const s2 = Math.sin((dLon * RAD) / 2);
  const c = Math.cos(phiMax);
  const h = s1 * s1 + c * c * s2 * s2;
  return Math.max(0, 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h))) - 1);
}

export function rangeGapRatio(haveMin: number, haveMax: number, wantMin: number, wantMax: number): number {
  if (haveMin > wantMax) return haveMin / Math.max(1, wantMax);
  if (haveMax < wantMin) return wantMin / Math.max(1, haveMax);
  return 1;
}

/** Capacity sub-score for a gap ratio (log scale, see the core's capacitySub), plus epsilon. */
export function capacityUB(ratio: number, tooBig: boolean, zeroBig: number, zeroSmall: number): number {
  if (ratio <= 1) return 1;
  const zero = tooBig ? zeroBig : zeroSmall;
  return Math.max(0, Math.min(1, 1 - Math.log(ratio) / Math.log(zero))) + EPS;
}

/** The core's budgetFit, plus epsilon (non-decreasing in the budget, non-increasing in the fee). */
export function budgetUB(feeMin: number, feeMax: number, budgetMax: number, hardRatio: number): number {
  if (budgetMax >= feeMax) return 1;
  if (budgetMax >= feeMin) return 1;
  const ratio = feeMin / Math.max(1, budgetMax);
  return Math.max(0, Math.min(1, 0.6 * (1 - (ratio - 1) / (hardRatio - 1)))) + EPS;
}

/** Non-increasing in the distance: the geography sub-score of a lower bound of the distance. */
export function linearDecayUB(distance: number, full: number, zero: number): number {
  if (distance <= full) return 1;
  if (distance >= zero) return 0 + EPS;
  return (zero - distance) / (zero - full) + EPS;
}

/** The core's budgetFit exactly (for a candidate whose fee and budget are known). */
export function budgetFit(feeMin: number, feeMax: number, budgetMax: number, hardRatio: number): number {
  if (budgetMax >= feeMax) return 1;
  if (budgetMax >= feeMin) {
    const span = feeMax - feeMin;
    return span <= 0 ? 1 : 0.8 + (0.2 * (budgetMax - feeMin)) / span;
  }
  const ratio = feeMin / Math.max(1, budgetMax);
  return Math.max(0, Math.min(1, 0.6 * (1 - (ratio - 1) / (hardRatio - 1))));
}
