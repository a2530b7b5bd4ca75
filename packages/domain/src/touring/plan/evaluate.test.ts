import { describe, expect, it } from 'vitest';
import { addDays } from '../../reference/index.ts';
import type { RuleCode } from './assess.ts';
import { haversineMetres, haversineProvider } from './distance.ts';
import { evaluateTour } from './evaluate.ts';
import type { Stop, Tour, TourProblem } from './problem.ts';
import { validateProblem } from './validate.ts';

const FROM = '2026-03-02'; // a Monday
const d = (n: number): string => addDays(FROM, n);
const allMonth = [{ kind: 'days' as const, from: d(0), to: d(29) }];
const town = (id: string, lat: number, lon: number, extra: Partial<Stop> = {}): Stop => ({
  id,
  location: { lat, lon, country: 'FR' },
  capacity: 1200,
  windows: allMonth,
  ...extra,
});

const base: TourProblem = {
  currency: 'EUR',
  start: { location: { lat: 48.8566, lon: 2.3522, country: 'FR' } },
  dateRange: { from: d(0), to: d(29) },
  party: { size: 4, vehicle: 'van' },
  stops: [
    town('lyon', 45.764, 4.8357),
    town('villeurbanne', 45.7719, 4.8902, { radiusClause: { radiusMetres: 30_000, days: 7 } }),
    town('dijon', 47.322, 5.0415),
    town('nice', 43.7102, 7.262),
    town('lille', 50.6292, 3.0573, { capacity: 300, schoolCalendar: { country: 'FR', zone: 'B' } }),
    town('grenoble', 45.1885, 5.7245, { windows: [{ kind: 'seconds', start: 86_400 * 4, end: 86_400 * 5 }] }),
  ],
  festivals: [
    { name: 'Nuits', location: { lat: 43.7, lon: 7.25 }, from: d(20), to: d(22), radiusMetres: 50_000 },
  ],
  schoolHolidays: [
    {
      country: 'FR',
      zones: ['B'],
      name: 'spring B',
      from: d(10),
      to: d(14),
      convention: 'first_to_last_day',
      source: 'fixture',
    },
  ],
};

const tour = (...shows: [string, number][]): Tour => ({
  shows: shows.map(([stopId, n]) => ({ stopId, date: d(n) })),
});
const hardRules = (t: Tour, problem = base): RuleCode[] =>
  evaluateTour(problem, t)
    .violations.filter((v) => v.severity === 'hard')
    .map((v) => v.rule);

describe('evaluateTour hard rules', () => {
  it.each<[string, Tour, RuleCode[]]>([
    ['a clean tour', tour(['dijon', 4], ['lyon', 6]), []],
    ['two shows on one day', tour(['dijon', 4], ['lyon', 4]), ['two_shows_same_day']],
    [
      'four shows in a row',
      tour(['dijon', 1], ['lyon', 2], ['nice', 3], ['grenoble', 4]),
      ['max_consecutive_shows'],
    ],
    ['Lille to Nice in one day', tour(['lille', 5], ['nice', 6]), ['max_drive_per_day']],
    ['Lille to Nice in two days', tour(['lille', 5], ['nice', 7]), []],
    ['radius clause of Villeurbanne', tour(['lyon', 3], ['villeurbanne', 8]), ['radius_clause']],
    ['radius clause elapsed', tour(['lyon', 0], ['villeurbanne', 8]), []],
    ['festival clash', tour(['nice', 21]), ['festival_clash']],
    ['school holiday, small venue', tour(['lille', 12]), ['school_holiday']],
    ['window in seconds', tour(['grenoble', 5]), ['venue_unavailable']],
    [
      'unknown stop and duplicate',
      tour(['nowhere', 1], ['lyon', 3], ['lyon', 5]),
      ['unknown_stop', 'duplicate_stop'],
    ],
    ['outside the range', tour(['lyon', 40]), ['outside_date_range']],
  ])('%s', (_label, t, expected) => {
    expect(hardRules(t)).toEqual(expected);
  });

  it('counts confirmed shows, required stops and the wanted number', () => {
    const problem: TourProblem = {
      ...base,
      showsWanted: 2,
      stops: base.stops.map((s) =>
        s.id === 'lyon' ? { ...s, fixedDate: d(6) } : s.id === 'dijon' ? { ...s, required: true } : s,
      ),
    };
    expect(hardRules(tour(['nice', 2]), problem).sort()).toEqual([
      'fixed_show',
      'required_stop_missing',
      'show_count',
    ]);
    expect(hardRules(tour(['lyon', 7], ['dijon', 3]), problem)).toEqual(['fixed_show']);
    expect(hardRules(tour(['lyon', 6], ['dijon', 3]), problem)).toEqual([]);
  });
});

describe('evaluateTour costs', () => {
  it('adds up the breakdown and goes home when that is cheaper than hotels', () => {
    const e = evaluateTour(base, tour(['lille', 0], ['dijon', 9]));
    const b = e.breakdown;
    expect(b.travelCostCents).toBe(b.distanceCostCents + b.vehicleHireCents + b.hotelCents + b.perDiemCents);
    expect(e.legs.map((l) => l.viaHome)).toEqual([false, true, false]);
    expect(b.weekendShows).toBe(0);
    expect(e.legs.reduce((s, l) => s + l.metres, 0)).toBeCloseTo(b.metres, -1);
  });

  it('counts Friday/Saturday and public-holiday eves as preferred days', () => {
    const problem = { ...base, publicHolidays: [d(8)] };
    expect(evaluateTour(problem, tour(['lyon', 4], ['dijon', 7])).breakdown.weekendShows).toBe(2);
    expect(evaluateTour(problem, tour(['lyon', 4], ['dijon', 5])).breakdown.weekendShows).toBe(2);
    expect(evaluateTour(problem, tour(['lyon', 1])).breakdown.weekendShows).toBe(0);
  });

  it('charges the train per person and emits far less than the van', () => {
    const t = tour(['lyon', 4]);
    const van = evaluateTour(base, t).breakdown;
    const train = evaluateTour(base, t, { vehicle: 'train' }).breakdown;
    expect(train.vehicle).toBe('train');
    expect(train.co2Kg).toBeLessThan(van.co2Kg / 5);
  });

  it('estimates Paris–Lyon by road within 10 % of the real 465 km', () => {
    const leg = haversineProvider(80).travel(
      { lat: 48.8566, lon: 2.3522, country: 'FR' },
      { lat: 45.764, lon: 4.8357, country: 'FR' },
    );
    expect(haversineMetres({ lat: 48.8566, lon: 2.3522 }, { lat: 45.764, lon: 4.8357 })).toBeCloseTo(
      391_500,
      -4,
    );
    expect(Math.abs(leg.metres - 465_000) / 465_000).toBeLessThan(0.1);
  });
});

describe('validateProblem', () => {
  it.each<[string, TourProblem, string[]]>([
    ['a valid problem', base, []],
    [
      'a venue without coordinates',
      { ...base, stops: [{ id: 'x', capacity: 100, windows: allMonth }] },
      ['missing_location'],
    ],
    [
      'a window outside the range',
      {
        ...base,
        stops: [town('x', 45, 4, { windows: [{ kind: 'days', from: '2027-01-01', to: '2027-01-02' }] })],
      },
      ['window_outside_range'],
    ],
    ['more shows than venues', { ...base, showsWanted: 7 }, ['too_many_shows']],
    [
      'more shows than open days',
      {
        ...base,
        showsWanted: 2,
        stops: [
          town('a', 45, 4, { windows: [{ kind: 'days', from: d(1), to: d(1) }] }),
          town('b', 45, 5, { windows: [{ kind: 'days', from: d(1), to: d(1) }] }),
        ],
      },
      ['too_many_shows'],
    ],
    ['duplicate ids', { ...base, stops: [town('a', 45, 4), town('a', 46, 4)] }, ['duplicate_id']],
    [
      'a fixed date when closed',
      {
        ...base,
        stops: [town('a', 45, 4, { windows: [{ kind: 'days', from: d(1), to: d(2) }], fixedDate: d(5) })],
      },
      ['fixed_date_unavailable'],
    ],
    ['a reversed range', { ...base, dateRange: { from: d(5), to: d(1) } }, ['invalid_range']],
    ['a party too large for a van', { ...base, party: { size: 12, vehicle: 'van' } }, ['party_too_large']],
    [
      'a bad matrix index',
      { ...base, matrix: { metres: [[0]], seconds: [[0]] }, start: { matrixIndex: 3 } },
      ['invalid_matrix'],
    ],
  ])('%s', (_label, problem, codes) => {
    expect(validateProblem(problem).map((e) => e.code)).toEqual(codes);
  });

  it('accepts a precomputed matrix instead of coordinates', () => {
    const problem: TourProblem = {
      ...base,
      festivals: [],
      start: { matrixIndex: 0 },
      stops: [
        { id: 'a', matrixIndex: 1, capacity: 200, windows: allMonth },
        { id: 'b', matrixIndex: 2, capacity: 400, windows: allMonth },
      ],
      matrix: {
        metres: [
          [0, 100_000, 200_000],
          [100_000, 0, 150_000],
          [200_000, 150_000, 0],
        ],
        seconds: [
          [0, 3600, 7200],
          [3600, 0, 5400],
          [7200, 5400, 0],
        ],
      },
    };
    expect(validateProblem(problem)).toEqual([]);
    const e = evaluateTour(problem, tour(['a', 4], ['b', 5]));
    expect(e.breakdown.metres).toBe(450_000);
    expect(e.breakdown.travelSeconds).toBe(16_200);
  });
});
