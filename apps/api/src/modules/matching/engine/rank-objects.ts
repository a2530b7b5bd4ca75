import type { CandidateMeta } from '../profiles/map-feed.ts';
import type { CandidateFilter } from './filters.ts';
import { haversineDegrees } from './geo.ts';
import { TopK } from './top-k.ts';

interface Entry<P> {
  readonly meta: CandidateMeta;
  readonly profile: P;
  readonly lat: number;
  readonly lon: number;
  readonly price: number;
}

export function passes(e: Entry<unknown>, f: CandidateFilter, originLat: number, originLon: number): boolean {
  const m = e.meta;
  if (f.countries && f.countries.length > 0 && !f.countries.includes(m.country)) return false;
  if (f.verifiedOnly && !m.verified) return false;
  if (f.excludeOrganisationId !== undefined && m.organisationId === f.excludeOrganisationId) return false;
  if (f.priceAtMostCents !== undefined && e.price > f.priceAtMostCents) return false;
  if (f.priceAtLeastCents !== undefined && e.price < f.priceAtLeastCents) return false;
  if (f.categories && f.categories.length > 0 && !m.categories.some((c) => f.categories?.includes(c)))
    return false;
  if (
    f.maxDistanceMetres !== undefined &&
    haversineDegrees(originLat, originLon, e.lat, e.lon) > f.maxDistanceMetres
  ) {
    return false;
  }
  return true;
}

/** Exhaustive top-k by an exact scorer (score 0..100 or -1 when excluded). */
export function rankObjects<P>(
  entries: readonly Entry<P>[],
  exact: (p: P) => number,
  k: number,
  f: CandidateFilter,
  origin: { lat: number; lon: number },
): { top: { t: number; id: string; profile: P; meta: CandidateMeta }[]; scored: number } {
  const top = new TopK(k);
  const minT = f.minScoreTenths ?? 0;
  let scored = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (!passes(e, f, origin.lat, origin.lon)) continue;
    scored++;
    const s = exact(e.profile);
    if (s < 0) continue;
    const t = Math.round(s * 10);
    if (t >= minT) top.offer(t, e.meta.id, i);
  }
  return {
    top: top.items.map(({ t, id, slot }) => ({
      t,
      id,
      profile: entries[slot]!.profile,
      meta: entries[slot]!.meta,
    })),
    scored,
  };
}
