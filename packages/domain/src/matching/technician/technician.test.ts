import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { score, scoreOnly } from '../api.ts';
import { technician, techRequest } from '../eval/fixtures.ts';
import * as arb from '../testing/arbitraries.ts';
import { expertiseSub, technicianGeographySub, venueKnowledgeSub } from './criteria.ts';
import { TECHNICIAN_CONFIG_V1 } from './matcher.ts';

const p = TECHNICIAN_CONFIG_V1.params;

describe('technician criteria', () => {
  it.each([
    [0, 1],
    [25_000, 0.9],
    [50_000, 0.8],
    [175_000, 0.4],
    [300_000, 0],
  ])('geography at %i m with the default 50 km radius = %d', (d, expected) => {
    expect(technicianGeographySub(d, 50_000, p)).toBeCloseTo(expected, 9);
  });

  it.each([
    [['digico-sd7', 'digico-sd12', 'l-acoustics-kara'], 1],
    [['digico-sd12', 'l-acoustics-k2'], (2 * 0.7 + 1 + 0.7) / 4],
    [['avid-s6l', 'db-gsl'], (2 * 0.25 + 0.25 + 0.25) / 4],
    [['grandma3'], 0],
  ])('expertise of %j for an SD7 rider in a room with SD12 + Kara = %d', (skills, expected) => {
    expect(expertiseSub(technician({ skills }), techRequest(), new Float64Array(2))).toBeCloseTo(expected, 9);
  });

  it('ignores house equipment another role operates (the lighting desk for a FOH engineer)', () => {
    const req = techRequest({
      riderRequirements: [],
      venue: { id: 'v', location: techRequest().venue.location, equipment: ['grandma3', 'digico-sd12'] },
    });
    expect(expertiseSub(technician({ skills: ['digico-sd12'] }), req, new Float64Array(2))).toBe(1);
  });

  it.each([
    [0, 0],
    [1, 0.5],
    [3, 0.875],
  ])('venue knowledge after %i shows = %d', (shows, expected) => {
    expect(venueKnowledgeSub(shows)).toBe(expected);
  });

  it('explains the first item to check', () => {
    const r = score(techRequest(), technician({ skills: ['digico-sd12'] }), TECHNICIAN_CONFIG_V1);
    const line = r.kind === 'scored' ? r.lines.find((l) => l.criterion === 'expertise') : undefined;
    expect(line?.explanation).toEqual({
      key: 'expertise.partial',
      params: { matched: 2, total: 3, missing: { equipment: 'l-acoustics-kara' } },
    });
  });
});

describe('technician monotonicity', () => {
  it('a technician closer to the venue never scores lower', () => {
    fc.assert(
      fc.property(
        arb.techRequest,
        arb.technician,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (req, t, k) => {
          const at = req.venue.location;
          const near = {
            ...t,
            base: { lat: at.lat + k * (t.base.lat - at.lat), lon: at.lon + k * (t.base.lon - at.lon) },
          };
          expect(scoreOnly(req, near, TECHNICIAN_CONFIG_V1)).toBeGreaterThanOrEqual(
            scoreOnly(req, t, TECHNICIAN_CONFIG_V1),
          );
        },
      ),
    );
  });

  it('a lower day rate never scores lower', () => {
    fc.assert(
      fc.property(
        arb.techRequest,
        arb.technician,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (req, t, k) => {
          const cheaper = { ...t, dayRate: { ...t.dayRate, cents: Math.round(t.dayRate.cents * k) } };
          expect(scoreOnly(req, cheaper, TECHNICIAN_CONFIG_V1)).toBeGreaterThanOrEqual(
            scoreOnly(req, t, TECHNICIAN_CONFIG_V1),
          );
        },
      ),
    );
  });
});
