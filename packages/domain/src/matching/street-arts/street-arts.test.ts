import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreOnly } from '../api.ts';
import { circuit, company, fete, PLACES } from '../eval/fixtures.ts';
import * as arb from '../testing/arbitraries.ts';
import { CAMPSITE_CONFIG_V1, validateCampsiteRequest } from './campsite.ts';
import { audienceFit, gaugeFit, powerFit, proximitySub, typeFit } from './criteria.ts';
import { STREET_ARTS_CONFIG_V1 } from './matcher.ts';

describe('public-space and audience criteria', () => {
  it.each([
    [['deambulation'], 'rue', undefined, 1],
    [['deambulation'], 'salle', undefined, 0.1],
    [['atelier', 'fixe'], 'salle', undefined, 1],
    [['fixe'], 'place-publique', ['deambulation'], 0.5],
    [['fixe', 'deambulation'], 'place-publique', ['deambulation'], 0.85],
  ] as const)('typeFit(%j in %s, wanted %j) = %d', (types, place, wanted, expected) => {
    expect(typeFit(types, place, wanted)).toBeCloseTo(expected, 9);
  });

  it.each([
    [800, 50, 2000, 1],
    [4000, 50, 1000, 0],
    [2000, 50, 1000, 0.5],
  ])('gaugeFit(%i people, gauge %i–%i) = %d', (audience, min, max, expected) => {
    expect(gaugeFit(audience, { min, max })).toBeCloseTo(expected, 9);
  });

  it.each([
    [0, 0, 1],
    [10, 20, 1],
    [18, 0, 0.1],
    [20, 10, 0.55],
  ])('powerFit(needs %i kW, %i kW available) = %d', (needed, available, expected) => {
    expect(powerFit(needed, available)).toBeCloseTo(expected, 9);
  });

  it.each([
    [['famille', 'enfants'], ['famille', 'enfants'], false, false, 1],
    [['famille'], ['tout-public'], false, false, 1],
    [['enfants'], ['adultes'], false, false, 0],
    [['famille'], ['famille'], true, false, 0.75],
  ] as const)(
    'audienceFit(%j ← %j, PMR required %s, accessible %s) = %d',
    (wanted, offered, required, accessible, expected) => {
      expect(audienceFit(wanted, offered, required, accessible)).toBeCloseTo(expected, 9);
    },
  );

  it('gives local companies priority: a step down at the radius', () => {
    expect(proximitySub(99_000, 100_000, 700_000)).toBeGreaterThan(0.85);
    expect(proximitySub(101_000, 100_000, 700_000)).toBeLessThan(0.6);
  });
});

describe('street-arts and campsite monotonicity', () => {
  it('a company closer to the event never scores lower', () => {
    fc.assert(
      fc.property(
        arb.streetArtsRequest,
        arb.company,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (req, c, k) => {
          const at = req.event.location;
          const near = {
            ...c,
            base: { lat: at.lat + k * (c.base.lat - at.lat), lon: at.lon + k * (c.base.lon - at.lon) },
          };
          expect(scoreOnly(req, near, STREET_ARTS_CONFIG_V1)).toBeGreaterThanOrEqual(
            scoreOnly(req, c, STREET_ARTS_CONFIG_V1),
          );
        },
      ),
    );
  });

  it('a cheaper company never scores lower', () => {
    fc.assert(
      fc.property(
        arb.streetArtsRequest,
        arb.company,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (req, c, k) => {
          const cheaper = {
            ...c,
            fee: {
              ...c.fee,
              minCents: Math.round(c.fee.minCents * k),
              maxCents: Math.round(c.fee.maxCents * k),
            },
          };
          expect(scoreOnly(req, cheaper, STREET_ARTS_CONFIG_V1)).toBeGreaterThanOrEqual(
            scoreOnly(req, c, STREET_ARTS_CONFIG_V1),
          );
        },
      ),
    );
  });

  it('a local company within 60 km beats the same company 500 km away', () => {
    const near = scoreOnly(fete(), company({ base: PLACES.reze }), STREET_ARTS_CONFIG_V1);
    const far = scoreOnly(fete(), company({ base: PLACES.toulouse }), STREET_ARTS_CONFIG_V1);
    expect(near).toBeGreaterThan(far);
  });
});

describe('campsite season', () => {
  it('accepts a July circuit', () => {
    expect(validateCampsiteRequest(circuit(), CAMPSITE_CONFIG_V1)).toEqual([]);
  });

  it('flags the stops outside June–September', () => {
    const base = circuit();
    const req = {
      ...base,
      circuit: base.circuit.map((s, i) => (i === 0 ? { ...s, date: '2026-05-30' } : s)),
    };
    expect(validateCampsiteRequest(req, CAMPSITE_CONFIG_V1)).toEqual([
      { key: 'campsite.outOfSeason', params: { date: { day: '2026-05-30' }, site: 'Carnac' } },
    ]);
  });
});
