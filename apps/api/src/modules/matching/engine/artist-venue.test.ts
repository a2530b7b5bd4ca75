import {
  ARTIST_VENUE_CONFIG_V1,
  type ArtistProfile,
  type ArtistVenueConfig,
  defineConfig,
  rankCandidates,
  type VenueProfile,
} from '@flowstage/domain/matching';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArtistStore, VenueStore } from '../index/av-stores.ts';
import type { CandidateMeta } from '../profiles/map-feed.ts';
import {
  prng,
  SYNTHETIC_DAYS,
  syntheticArtist,
  syntheticMeta,
  syntheticVenue,
} from '../testing/synthetic.ts';
import { artistsForVenue, venuesForArtist } from './artist-venue.ts';
import type { CandidateFilter } from './filters.ts';

const N = 700; // eleven blocks of 64 plus a partial one

function world(seed: number) {
  const r = prng(seed);
  const venues: VenueProfile[] = [];
  const artists: ArtistProfile[] = [];
  const metas = new Map<string, CandidateMeta>();
  const vs = new VenueStore();
  const as = new ArtistStore();
  for (let i = 0; i < N; i++) {
    const v = syntheticVenue(`v-${String(i).padStart(4, '0')}`, r);
    const a = syntheticArtist(`a-${String(i).padStart(4, '0')}`, r);
    const vm = syntheticMeta(v.id, r);
    const am = syntheticMeta(a.id, r);
    metas.set(v.id, vm).set(a.id, am);
    venues.push(v);
    artists.push(a);
    vs.upsert(vm, v);
    as.upsert(am, a);
  }
  return { r, venues, artists, metas, vs, as };
}

const CUSTOM: ArtistVenueConfig = defineConfig(
  'artist-venue',
  'test.1',
  ['capacity', 'budget', 'calendar', 'geography', 'affinity', 'history', 'exclusivity'],
  { capacity: 5, budget: 10, calendar: 10, geography: 40, affinity: 20, history: 10, exclusivity: 5 },
  ARTIST_VENUE_CONFIG_V1.params,
);

const summary = (xs: readonly { id: string; t: number }[]) => xs.map((x) => `${x.id}:${x.t}`);
const exhaustive = (ranking: { top: readonly { candidateId: string; total: number }[] }) =>
  ranking.top.map((x) => `${x.candidateId}:${Math.round(x.total * 10)}`);

describe('branch-and-bound top-k equals the exhaustive ranking of the scoring core', () => {
  it.each([
    ['V1 weights', ARTIST_VENUE_CONFIG_V1],
    ['geography-heavy weights', CUSTOM],
  ])('venues for an artist and artists for a venue (%s)', (_, config) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.uniqueArray(fc.constantFrom(...SYNTHETIC_DAYS), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 30 }),
        (seed, dates, k) => {
          const w = world(seed);
          const artist = syntheticArtist('artist-0', w.r);
          const vReq = { kind: 'venues-for-artist' as const, artist, dates };
          const engineV = venuesForArtist(w.vs, vReq, config, k, {});
          expect(summary(engineV.top)).toEqual(exhaustive(rankCandidates(vReq, w.venues, config, k)));

          const venue = syntheticVenue('venue-0', w.r);
          const aReq = { kind: 'artists-for-venue' as const, venue, dates };
          const engineA = artistsForVenue(w.as, aReq, config, k, {});
          expect(summary(engineA.top)).toEqual(exhaustive(rankCandidates(aReq, w.artists, config, k)));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('stays exact after updates and deletions (block summaries only widen)', () => {
    const w = world(42);
    const r = w.r;
    for (let i = 0; i < 200; i++) {
      const idx = Math.floor(r() * w.venues.length);
      const old = w.venues[idx]!;
      if (r() < 0.3) {
        w.vs.remove(old.id);
        w.venues.splice(idx, 1);
      } else {
        const next = syntheticVenue(old.id, r);
        w.venues[idx] = next;
        w.vs.upsert(w.metas.get(old.id)!, next);
      }
    }
    for (let i = 0; i < 50; i++) {
      const v = syntheticVenue(`new-${i}`, r);
      w.venues.push(v);
      w.vs.upsert(syntheticMeta(v.id, r), v);
    }
    const artist = syntheticArtist('artist-0', r);
    const req = { kind: 'venues-for-artist' as const, artist, dates: SYNTHETIC_DAYS.slice(0, 3) };
    expect(w.vs.size).toBe(w.venues.length);
    const truth = exhaustive(rankCandidates(req, w.venues, ARTIST_VENUE_CONFIG_V1, 20));
    expect(summary(venuesForArtist(w.vs, req, ARTIST_VENUE_CONFIG_V1, 20, {}).top)).toEqual(truth);
    // rebuilding the forest takes the overflow back into the trees
    w.vs.rebuild();
    expect(w.vs.size).toBe(w.venues.length);
    expect(summary(venuesForArtist(w.vs, req, ARTIST_VENUE_CONFIG_V1, 20, {}).top)).toEqual(truth);
    for (const v of w.venues)
      expect({ ...w.vs.profile(w.vs.slot(v.id)!), name: undefined }).toEqual({ ...v, name: undefined });
  });

  it.each([
    [
      'countries',
      { countries: ['BE', 'CH'] },
      (m: CandidateMeta, _v: VenueProfile) => ['BE', 'CH'].includes(m.country),
    ],
    [
      'capacity at least 1,000',
      { capacityAtLeast: 1000 },
      (_m: CandidateMeta, v: VenueProfile) => v.capacity.max >= 1000,
    ],
    [
      'budget at most 10,000 €',
      { priceAtMostCents: 1_000_000 },
      (_m: CandidateMeta, v: VenueProfile) => v.budget.minCents <= 1_000_000,
    ],
    ['verified only', { verifiedOnly: true }, (m: CandidateMeta) => m.verified],
    [
      'venue types',
      { categories: ['smac', 'club'] },
      (m: CandidateMeta) => m.categories.some((c) => ['smac', 'club'].includes(c)),
    ],
    ['minimum score 60', { minScoreTenths: 600 }, () => true],
  ] as [string, CandidateFilter, (m: CandidateMeta, v: VenueProfile) => boolean][])(
    'filters: %s',
    (_, filter, keep) => {
      const w = world(7);
      const artist = syntheticArtist('artist-0', w.r);
      const req = { kind: 'venues-for-artist' as const, artist, dates: ['2026-10-09', '2026-10-10'] };
      const allowed = w.venues.filter((v) => keep(w.metas.get(v.id)!, v));
      const expected = rankCandidates(req, allowed, ARTIST_VENUE_CONFIG_V1, 20).top.filter(
        (x) => x.total * 10 >= (filter.minScoreTenths ?? 0),
      );
      expect(summary(venuesForArtist(w.vs, req, ARTIST_VENUE_CONFIG_V1, 20, filter).top)).toEqual(
        exhaustive({ top: expected }),
      );
    },
  );

  it('prunes: scores far fewer candidates than it holds', () => {
    const w = world(3);
    const artist = syntheticArtist('artist-0', w.r);
    const req = { kind: 'venues-for-artist' as const, artist, dates: ['2026-10-09'] };
    const { stats } = venuesForArtist(w.vs, req, ARTIST_VENUE_CONFIG_V1, 5, {});
    expect(stats.scored).toBeLessThan(N / 2);
  });
});
