import { clamp01, rangeGapRatio } from '../shared/scoring.ts';
import type { AudienceTag, BuyerKind, EngagementRecord, PerformanceType, PlaceType } from './types.ts';

/**
 * How well a performance type suits a place (street-arts practice): a roving act needs streets,
 * a fixed show wants a square or a hall, a workshop wants shelter.
 */
export const TYPE_PLACE_FIT: Readonly<Record<PerformanceType, Readonly<Record<PlaceType, number>>>> = {
  deambulation: { rue: 1, 'place-publique': 0.85, parc: 0.75, salle: 0.1 },
  fixe: { 'place-publique': 1, parc: 0.9, salle: 0.9, rue: 0.4 },
  interactif: { 'place-publique': 1, parc: 1, rue: 0.7, salle: 0.7 },
  atelier: { salle: 1, parc: 0.85, 'place-publique': 0.7, rue: 0.3 },
};

/** Best type fit; when the town wants specific types, a company offering none of them gets half. */
export function typeFit(
  types: readonly PerformanceType[],
  place: PlaceType,
  wanted: readonly PerformanceType[] | undefined,
): number {
  let best = 0;
  let bestWanted = 0;
  for (let i = 0; i < types.length; i++) {
    const t = types[i]!;
    const f = TYPE_PLACE_FIT[t][place];
    if (f > best) best = f;
    if (wanted?.includes(t) && f > bestWanted) bestWanted = f;
  }
  if (!wanted || wanted.length === 0) return best;
  return bestWanted > 0 ? bestWanted : 0.5 * best;
}

export function gaugeRatio(expected: number, gauge: { min: number; max: number }): number {
  return rangeGapRatio(expected, expected, gauge.min, gauge.max);
}

/** 1 inside the gauge, 0 at 4× outside (log scale). */
export function gaugeFit(expected: number, gauge: { min: number; max: number }): number {
  return clamp01(1 - Math.log(gaugeRatio(expected, gauge)) / Math.log(4));
}

/** Enough power (or autonomous) → 1; no power at all for a show that needs some → 0.1. */
export function powerFit(needed: number, available: number): number {
  if (needed <= 0 || available >= needed) return 1;
  return available <= 0 ? 0.1 : 0.1 + (0.9 * available) / needed;
}

/**
 * Public-space fit: type vs place (60 %) and technical autonomy (40 %), scaled by the gauge fit
 * (×0.25 when the crowd is far outside the gauge): a show built for 1,000 fails in front of
 * 5,000 however well it suits the square.
 */
export function spaceFit(typeScore: number, gauge: number, power: number): number {
  return (0.6 * typeScore + 0.4 * power) * (0.25 + 0.75 * gauge);
}

function tagMatch(wanted: AudienceTag, offered: readonly AudienceTag[]): number {
  if (offered.includes(wanted)) return 1;
  const allAges = offered.includes('tout-public');
  if (wanted === 'enfants') return allAges || offered.includes('famille') ? 0.7 : 0;
  if (wanted === 'famille') return allAges ? 1 : offered.includes('enfants') ? 0.8 : 0;
  if (wanted === 'tout-public') return offered.includes('famille') ? 0.8 : 0.3;
  return allAges ? 0.9 : 0;
}

/** Share of the wanted audiences covered; PMR accessibility counts a quarter when required. */
export function audienceFit(
  wanted: readonly AudienceTag[],
  offered: readonly AudienceTag[],
  pmrRequired: boolean,
  pmrAccessible: boolean,
): number {
  let sum = 0;
  for (let i = 0; i < wanted.length; i++) sum += tagMatch(wanted[i]!, offered);
  const coverage = wanted.length === 0 ? 1 : sum / wanted.length;
  return pmrRequired ? 0.75 * coverage + (pmrAccessible ? 0.25 : 0) : coverage;
}

/**
 * Experience with a kind of buyer: grows with the count (1 → 0.3, 3 → 0.66, 6 → 0.88) and is
 * scaled by the average rating when there is one. `related` buyers count for half.
 * out = [count, average rating or 0].
 */
export function experienceSub(
  records: readonly EngagementRecord[],
  buyer: BuyerKind,
  related: BuyerKind | null,
  out: Float64Array,
): number {
  let n = 0;
  let count = 0;
  let ratingSum = 0;
  let rated = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const w = r.buyer === buyer ? 1 : r.buyer === related ? 0.5 : 0;
    if (w === 0) continue;
    n += w;
    if (r.buyer === buyer) count++;
    if (r.rating !== undefined) {
      ratingSum += r.rating;
      rated++;
    }
  }
  const avg = rated === 0 ? 0 : ratingSum / rated;
  out[0] = count;
  out[1] = avg;
  const quality = rated === 0 ? 0.85 : 0.5 + 0.5 * clamp01((avg - 1) / 4);
  return (1 - 0.7 ** n) * quality;
}

/** Within the priority radius 1 → 0.85; beyond it drops to 0.6 then linearly to 0 (priority to local companies). */
export function proximitySub(distance: number, radius: number, zero: number): number {
  if (distance <= radius) return 1 - (0.15 * distance) / radius;
  if (distance >= zero) return 0;
  return (0.6 * (zero - distance)) / (zero - radius);
}
