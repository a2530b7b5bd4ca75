import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarEvent, type ConflictCode, detectConflicts } from './conflicts.ts';
import { type GeoPoint, haversineMetres } from './geo.ts';

const LYON = { lat: 45.764, lon: 4.8357 };
const VILLEURBANNE = { lat: 45.7719, lon: 4.8902 };
const VILLEFRANCHE = { lat: 45.9899, lon: 4.7186 };
const PARIS = { lat: 48.8566, lon: 2.3522 };
const BREST = { lat: 48.3904, lon: -4.4861 };

const event = (id: string, over: Partial<CalendarEvent>): CalendarEvent => ({
  id,
  name: id,
  kind: 'commune_event',
  communeId: 'lyon',
  location: LYON,
  date: '2026-06-21',
  companyIds: [],
  ...over,
});

const candidate = event('candidate', { companyIds: ['geants'] });

describe('detectConflicts', () => {
  it.each<[string, CalendarEvent[], ConflictCode[]]>([
    ['empty calendar', [], []],
    ['the candidate itself is ignored', [candidate], []],
    [
      'same company, same date elsewhere',
      [event('e1', { communeId: 'paris', location: PARIS, companyIds: ['geants'] })],
      ['company_double_booked'],
    ],
    ['same commune, same date', [event('e1', {})], ['same_commune_same_date']],
    [
      'neighbour 4 km away, same date',
      [event('e1', { communeId: 'villeurbanne', location: VILLEURBANNE })],
      ['neighbour_same_date'],
    ],
    [
      'commune 25 km away, same date',
      [event('e1', { communeId: 'villefranche', location: VILLEFRANCHE })],
      [],
    ],
    [
      'neighbour the day after',
      [event('e1', { communeId: 'villeurbanne', location: VILLEURBANNE, date: '2026-06-22' })],
      [],
    ],
    [
      'company in Brest the next day (~770 km)',
      [event('e1', { communeId: 'brest', location: BREST, date: '2026-06-22', companyIds: ['geants'] })],
      ['company_travel_impossible'],
    ],
    [
      'company in Brest two days later',
      [event('e1', { communeId: 'brest', location: BREST, date: '2026-06-23', companyIds: ['geants'] })],
      [],
    ],
    [
      'company in Paris the day before (~390 km)',
      [event('e1', { communeId: 'paris', location: PARIS, date: '2026-06-20', companyIds: ['geants'] })],
      [],
    ],
    [
      'festival 25 km away spanning the date',
      [
        event('f1', {
          kind: 'festival',
          communeId: 'villefranche',
          location: VILLEFRANCHE,
          date: '2026-06-19',
          endDate: '2026-06-22',
        }),
      ],
      ['festival_nearby'],
    ],
    [
      'festival 25 km away the week before',
      [
        event('f1', {
          kind: 'festival',
          communeId: 'villefranche',
          location: VILLEFRANCHE,
          date: '2026-06-12',
          endDate: '2026-06-14',
        }),
      ],
      [],
    ],
    [
      'festival in Paris on the date',
      [event('f1', { kind: 'festival', communeId: 'paris', location: PARIS })],
      [],
    ],
  ])('%s → %o', (_name, calendar, codes) => {
    expect(detectConflicts(candidate, calendar).map((c) => c.code)).toEqual(codes);
  });

  it('uses the nearest shows only for travel, and the options', () => {
    const calendar = [
      event('brest-far', { location: BREST, date: '2026-06-10', companyIds: ['geants'] }),
      event('paris-before', { location: PARIS, date: '2026-06-20', companyIds: ['geants'] }),
    ];
    expect(detectConflicts(candidate, calendar)).toEqual([]);
    const strict = detectConflicts(candidate, calendar, { maxMetresPerDay: 300_000 });
    expect(strict.map((c) => [c.code, c.eventIds[1]])).toEqual([
      ['company_travel_impossible', 'paris-before'],
    ]);
    expect(strict[0]?.reason.fr).toContain('300 km/jour');
  });

  it('a festival window widens the festival check', () => {
    const calendar = [
      event('f1', { kind: 'festival', location: VILLEFRANCHE, date: '2026-06-23', endDate: '2026-06-25' }),
    ];
    expect(detectConflicts(candidate, calendar)).toEqual([]);
    expect(detectConflicts(candidate, calendar, { festivalWindowDays: 3 }).map((c) => c.code)).toEqual([
      'festival_nearby',
    ]);
  });

  it('conflicts carry both ids, a severity and reasons in two languages', () => {
    const [conflict] = detectConflicts(candidate, [event('e1', { location: PARIS, companyIds: ['geants'] })]);
    expect(conflict).toMatchObject({
      eventIds: ['candidate', 'e1'],
      severity: 'blocking',
      companyId: 'geants',
    });
    expect(conflict?.reason.en).toContain('already performs');
  });
});

describe('haversineMetres', () => {
  it('Paris–Lyon is about 392 km', () => {
    expect(Math.abs(haversineMetres(PARIS, LYON) - 392_000)).toBeLessThan(2_000);
  });

  it('is a metric (property)', () => {
    const point = fc.record({
      lat: fc.double({ min: 41, max: 51.5, noNaN: true }),
      lon: fc.double({ min: -5, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, point, (a: GeoPoint, b: GeoPoint, c: GeoPoint) => {
        expect(haversineMetres(a, a)).toBe(0);
        expect(haversineMetres(a, b)).toBe(haversineMetres(b, a));
        expect(haversineMetres(a, c)).toBeLessThanOrEqual(haversineMetres(a, b) + haversineMetres(b, c) + 1);
      }),
    );
  });
});
