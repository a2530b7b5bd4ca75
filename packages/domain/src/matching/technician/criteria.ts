import { clamp01 } from '../shared/scoring.ts';
import { bestEquipmentMatch, type EquipmentCategory, equipmentItem } from '../taxonomy/equipment.ts';
import type { TechnicianParams, TechnicianProfile, TechnicianRequest, TechnicianRole } from './types.ts';

/** House equipment a role operates: a FOH engineer does not run the lighting desk. */
export const ROLE_CATEGORIES: Readonly<Record<TechnicianRole, readonly EquipmentCategory[]>> = {
  foh: ['audio-console', 'pa-system', 'rf'],
  monitor: ['audio-console', 'monitoring', 'rf'],
  lighting: ['lighting-console'],
  stage: ['backline', 'rigging'],
  rigger: ['rigging'],
  video: ['video'],
};

/** Within the radius 1 → 0.8 (closer is still better), then linearly to 0 at zeroFactor × radius. */
export function technicianGeographySub(distance: number, radius: number, p: TechnicianParams): number {
  if (distance <= radius) return 1 - (0.2 * distance) / radius;
  const zero = radius * p.geoZeroRadiusFactor;
  return distance >= zero ? 0 : (0.8 * (zero - distance)) / (zero - radius);
}

export function relevantToRole(slug: string, role: TechnicianRole): boolean {
  const item = equipmentItem(slug);
  return item === undefined || ROLE_CATEGORIES[role].includes(item.category);
}

/**
 * Weighted share of the required items the technician masters (rider ×2, house equipment of
 * the role ×1); a model of the same brand family counts 0.7, same category 0.25. out = [matched, total].
 */
export function expertiseSub(t: TechnicianProfile, req: TechnicianRequest, out: Float64Array): number {
  let sum = 0;
  let weight = 0;
  let matched = 0;
  let total = 0;
  for (let i = 0; i < req.riderRequirements.length; i++) {
    const b = bestEquipmentMatch(req.riderRequirements[i]!, t.skills);
    sum += 2 * b;
    weight += 2;
    total++;
    if (b >= 0.7) matched++;
  }
  for (let i = 0; i < req.venue.equipment.length; i++) {
    const slug = req.venue.equipment[i]!;
    if (!relevantToRole(slug, req.role)) continue;
    const b = bestEquipmentMatch(slug, t.skills);
    sum += b;
    weight += 1;
    total++;
    if (b >= 0.7) matched++;
  }
  out[0] = matched;
  out[1] = total;
  return weight === 0 ? 0.5 : sum / weight;
}

export function showsAtVenue(t: TechnicianProfile, venueId: string): number {
  for (let i = 0; i < t.venuesWorked.length; i++) {
    const v = t.venuesWorked[i]!;
    if (v.venueId === venueId) return v.shows;
  }
  return 0;
}

/** 0 shows → 0, 1 → 0.5, 2 → 0.75, 3 → 0.875… */
export function venueKnowledgeSub(shows: number): number {
  return 1 - 0.5 ** Math.max(0, shows);
}

export function reputationSub(t: TechnicianProfile, p: TechnicianParams): number {
  const n = Math.max(0, t.reputation.reviews);
  const bayes =
    (t.reputation.rating * n + p.reputationPrior * p.reputationPriorWeight) / (n + p.reputationPriorWeight);
  return clamp01((bayes - 1) / 4);
}
