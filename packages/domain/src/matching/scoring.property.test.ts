import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { score, scoreOnly } from './api.ts';
import { ARTIST_VENUE_CONFIG_V1 } from './artist-venue/config.ts';
import type { ArtistProfile, VenueProfile, VenuesForArtistRequest } from './artist-venue/types.ts';
import type { BreakdownLine, MatchResult } from './shared/types.ts';
import { EXCLUDED } from './shared/types.ts';
import { CAMPSITE_CONFIG_V1 } from './street-arts/campsite.ts';
import { STREET_ARTS_CONFIG_V1 } from './street-arts/matcher.ts';
import { TECHNICIAN_CONFIG_V1 } from './technician/matcher.ts';
import * as arb from './testing/arbitraries.ts';

/** The invariants every result must satisfy, whatever the matcher. */
function checkResult<C extends string>(r: MatchResult<C>, fast: number, criteria: readonly string[]): void {
  if (r.kind === 'excluded') {
    expect(fast).toBe(EXCLUDED);
    expect(r.reasons.length).toBeGreaterThan(0);
    return;
  }
  expect(fast).toBe(r.total);
  expect(r.total).toBeGreaterThanOrEqual(0);
  expect(r.total).toBeLessThanOrEqual(100);
  expect(r.lines.map((l) => l.criterion)).toEqual(criteria);
  const lineTenths = r.lines.map((l: BreakdownLine<C>) => Math.round(l.points * 10));
  expect(lineTenths.reduce((s, t) => s + t, 0)).toBe(Math.round(r.total * 10));
  expect(Math.abs(r.lines.reduce((s, l) => s + l.points, 0) - r.total)).toBeLessThan(1e-9);
  for (const l of r.lines) {
    expect(l.subScore).toBeGreaterThanOrEqual(0);
    expect(l.subScore).toBeLessThanOrEqual(1);
    expect(l.points).toBeLessThanOrEqual(l.weight);
  }
}

const forArtist = (artist: ArtistProfile, dates: readonly string[]): VenuesForArtistRequest => ({
  kind: 'venues-for-artist',
  artist,
  dates,
});

describe('score invariants (0–100, equals its breakdown, fast path agrees)', () => {
  it('artist ↔ venue, both directions', () => {
    fc.assert(
      fc.property(arb.artist, arb.venue, arb.days, (artist, venue, dates) => {
        const cfg = ARTIST_VENUE_CONFIG_V1;
        const req = forArtist(artist, dates);
        checkResult(score(req, venue, cfg), scoreOnly(req, venue, cfg), Object.keys(cfg.weights));
        const back = { kind: 'artists-for-venue' as const, venue, dates };
        expect(scoreOnly(back, artist, cfg)).toBe(scoreOnly(req, venue, cfg));
      }),
      { numRuns: 400 },
    );
  });

  it('technicians', () => {
    fc.assert(
      fc.property(arb.techRequest, arb.technician, (req, t) => {
        checkResult(
          score(req, t, TECHNICIAN_CONFIG_V1),
          scoreOnly(req, t, TECHNICIAN_CONFIG_V1),
          Object.keys(TECHNICIAN_CONFIG_V1.weights),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('street arts and campsites', () => {
    fc.assert(
      fc.property(arb.streetArtsRequest, arb.campsiteRequest, arb.company, (town, camp, c) => {
        checkResult(
          score(town, c, STREET_ARTS_CONFIG_V1),
          scoreOnly(town, c, STREET_ARTS_CONFIG_V1),
          Object.keys(STREET_ARTS_CONFIG_V1.weights),
        );
        checkResult(
          score(camp, c, CAMPSITE_CONFIG_V1),
          scoreOnly(camp, c, CAMPSITE_CONFIG_V1),
          Object.keys(CAMPSITE_CONFIG_V1.weights),
        );
      }),
      { numRuns: 300 },
    );
  });
});

/** Artist without zones and a venue without radius clause: location only affects geography. */
const plainArtist = arb.artist.map((a): ArtistProfile => ({ ...a, bookedShows: [], exclusivityZones: [] }));
const plainVenue = arb.venue.map((v): VenueProfile => {
  const { radiusClause: _ignored, ...rest } = v;
  return rest;
});

describe('monotonicity, all else equal', () => {
  const cfg = ARTIST_VENUE_CONFIG_V1;

  it('a venue closer to the artist never scores lower', () => {
    fc.assert(
      fc.property(
        plainArtist,
        plainVenue,
        arb.days,
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (artist, v, dates, dLat, dLon, k) => {
          const home = artist.homeBase;
          const far = { ...v, location: { lat: home.lat + dLat, lon: home.lon + dLon } };
          const near = { ...v, location: { lat: home.lat + k * dLat, lon: home.lon + k * dLon } };
          const req = forArtist(artist, dates);
          expect(scoreOnly(req, near, cfg)).toBeGreaterThanOrEqual(scoreOnly(req, far, cfg));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a capacity closer to the artist’s range never scores lower', () => {
    fc.assert(
      fc.property(
        plainArtist,
        plainVenue,
        arb.days,
        fc.integer({ min: 1, max: 20_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (artist, v, dates, cap, k) => {
          const { min, max } = artist.capacity;
          // move the capacity a share k of the way towards the artist's range
          const target = Math.min(max, Math.max(min, cap));
          const better = Math.round(cap + k * (target - cap));
          const req = forArtist(artist, dates);
          const worse = scoreOnly(req, { ...v, capacity: { min: cap, max: cap } }, cfg);
          expect(
            scoreOnly(req, { ...v, capacity: { min: better, max: better } }, cfg),
          ).toBeGreaterThanOrEqual(worse);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a larger budget never scores lower', () => {
    fc.assert(
      fc.property(
        plainArtist,
        plainVenue,
        arb.days,
        fc.integer({ min: 0, max: 3_000_000 }),
        (artist, v, dates, extra) => {
          const req = forArtist(artist, dates);
          const richer = { ...v, budget: { ...v.budget, maxCents: v.budget.maxCents + extra } };
          expect(scoreOnly(req, richer, cfg)).toBeGreaterThanOrEqual(scoreOnly(req, v, cfg));
        },
      ),
      { numRuns: 400 },
    );
  });
});
