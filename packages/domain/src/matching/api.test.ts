import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankCandidates, scoreOnly, upperBound } from './api.ts';
import { ARTIST_VENUE_CONFIG_V1 } from './artist-venue/config.ts';
import { anchorPoints, geographySub } from './artist-venue/criteria.ts';
import type { VenueProfile, VenuesForArtistRequest } from './artist-venue/types.ts';
import { artist, PLACES, SAT, technician, techRequest, venue } from './eval/fixtures.ts';
import { haversineMetres } from './shared/geo.ts';
import { EXCLUDED } from './shared/types.ts';
import { technicianGeographySub } from './technician/criteria.ts';
import { TECHNICIAN_CONFIG_V1 } from './technician/matcher.ts';
import * as arb from './testing/arbitraries.ts';

const cfg = ARTIST_VENUE_CONFIG_V1;
const request: VenuesForArtistRequest = { kind: 'venues-for-artist', artist: artist(), dates: [SAT] };

describe('rankCandidates', () => {
  const venues = [
    venue({ id: 'b-grenoble' }),
    venue({ id: 'a-grenoble' }),
    venue({ id: 'lille', location: PLACES.lille }),
    venue({ id: 'arena', capacity: { min: 6000, max: 6000 } }),
    venue({ id: 'busy', availability: { busy: [SAT] } }),
    venue({ id: 'chambery', location: PLACES.chambery }),
  ];

  it('returns the top k with breakdowns, ties broken by id, and the excluded with reasons', () => {
    const r = rankCandidates(request, venues, cfg, 3);
    expect(r.top.map((x) => x.candidateId)).toEqual(['chambery', 'a-grenoble', 'b-grenoble']);
    expect(r.top.every((x) => x.lines.length === 7 && x.weightsVersion === cfg.version)).toBe(true);
    expect(r.excluded.map((x) => [x.candidateId, x.reasons.map((reason) => reason.code)])).toEqual([
      ['arena', ['CAPACITY_MISMATCH']],
      ['busy', ['DATE_UNAVAILABLE']],
    ]);
  });

  it('k = 0 returns no result but still the exclusions', () => {
    const r = rankCandidates(request, venues, cfg, 0);
    expect(r.top).toEqual([]);
    expect(r.excluded).toHaveLength(2);
  });

  it('equals the exhaustive sort of scoreOnly, whatever the candidates and k', () => {
    fc.assert(
      fc.property(
        arb.artist,
        fc.array(arb.venue, { maxLength: 25 }),
        arb.days,
        fc.integer({ min: 1, max: 10 }),
        (a, vs, dates, k) => {
          const req: VenuesForArtistRequest = { kind: 'venues-for-artist', artist: a, dates };
          const unique = vs.map((v, i) => ({ ...v, id: `${v.id}-${i}` }));
          const exhaustive = unique
            .map((v) => ({ id: v.id, s: scoreOnly(req, v, cfg) }))
            .filter((x) => x.s !== EXCLUDED)
            .sort((x, y) => y.s - x.s || (x.id < y.id ? -1 : 1))
            .slice(0, k);
          const ranked = rankCandidates(req, unique, cfg, k).top.map((x) => ({
            id: x.candidateId,
            s: x.total,
          }));
          expect(ranked).toEqual(exhaustive);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('upper bounds for an index', () => {
  it('the geography bound from the nearest anchor never underestimates a score', () => {
    fc.assert(
      fc.property(arb.artist, arb.venue, arb.days, (a, v, dates) => {
        const req: VenuesForArtistRequest = { kind: 'venues-for-artist', artist: a, dates };
        const nearest = Math.min(...anchorPoints(a).map((p) => haversineMetres(p, v.location)));
        const bound = upperBound(cfg, { geography: geographySub(nearest, cfg.params) });
        expect(bound).toBeGreaterThanOrEqual(scoreOnly(req, v, cfg));
      }),
      { numRuns: 300 },
    );
  });

  it('the technician distance bound never underestimates a score', () => {
    fc.assert(
      fc.property(arb.techRequest, arb.technician, (req, t) => {
        const radius = req.radiusMetres ?? TECHNICIAN_CONFIG_V1.params.defaultRadiusMetres;
        const d = haversineMetres(t.base, req.venue.location);
        const bound = upperBound(TECHNICIAN_CONFIG_V1, {
          geography: technicianGeographySub(d, radius, TECHNICIAN_CONFIG_V1.params),
        });
        expect(bound).toBeGreaterThanOrEqual(scoreOnly(req, t, TECHNICIAN_CONFIG_V1));
      }),
    );
  });

  it('pruning distance buckets with the bound keeps the exhaustive top 20', () => {
    fc.assert(
      fc.property(arb.artist, fc.array(arb.venue, { minLength: 30, maxLength: 80 }), (a, vs) => {
        const req: VenuesForArtistRequest = { kind: 'venues-for-artist', artist: a, dates: [SAT] };
        const unique: VenueProfile[] = vs.map((v, i) => ({ ...v, id: `v${String(i).padStart(3, '0')}` }));
        const exhaustive = rankCandidates(req, unique, cfg, 20).top.map((x) => x.candidateId);
        // a minimal index: 100 km distance buckets, visited nearest first, stopped by the bound
        const bucketOf = (v: VenueProfile) =>
          Math.floor(Math.min(...anchorPoints(a).map((p) => haversineMetres(p, v.location))) / 100_000);
        const buckets = new Map<number, VenueProfile[]>();
        for (const v of unique) buckets.set(bucketOf(v), [...(buckets.get(bucketOf(v)) ?? []), v]);
        const kept: { id: string; s: number }[] = [];
        for (const b of [...buckets.keys()].sort((x, y) => x - y)) {
          const kth = kept.length >= 20 ? kept[19]!.s : -Infinity;
          if (upperBound(cfg, { geography: geographySub(b * 100_000, cfg.params) }) < kth) break;
          for (const v of buckets.get(b) ?? []) {
            const s = scoreOnly(req, v, cfg);
            if (s !== EXCLUDED) kept.push({ id: v.id, s });
          }
          kept.sort((x, y) => y.s - x.s || (x.id < y.id ? -1 : 1));
        }
        expect(kept.slice(0, 20).map((x) => x.id)).toEqual(exhaustive);
      }),
      { numRuns: 60 },
    );
  });

  it('a technician out of budget is excluded before scoring', () => {
    expect(
      scoreOnly(
        techRequest(),
        technician({ dayRate: { cents: 61_000, currency: 'EUR' } }),
        TECHNICIAN_CONFIG_V1,
      ),
    ).toBe(EXCLUDED);
    expect(
      scoreOnly(
        techRequest(),
        technician({ dayRate: { cents: 59_000, currency: 'EUR' } }),
        TECHNICIAN_CONFIG_V1,
      ),
    ).toBeGreaterThan(0);
  });
});
