/** fast-check generators of plausible profiles for the property tests (test support only). */
import fc from 'fast-check';
import type { ArtistProfile, HistoryRecord, VenueProfile } from '../artist-venue/types.ts';
import type { MoneyRange } from '../shared/types.ts';
import type { CampsiteRequest, StreetArtsRequest, StreetCompanyProfile } from '../street-arts/types.ts';
import { GENRES } from '../taxonomy/genres-data.ts';
import type { TechnicianProfile, TechnicianRequest } from '../technician/types.ts';

export const DAYS = [
  '2026-07-13',
  '2026-07-14',
  '2026-07-15',
  '2026-10-09',
  '2026-10-10',
  '2026-10-13',
] as const;
const EQUIPMENT = [
  'digico-sd7',
  'digico-sd12',
  'avid-s6l',
  'yamaha-cl5',
  'l-acoustics-kara',
  'grandma3',
  'grandma2',
  'chamsys-mq',
];

export const day = fc.constantFrom(...DAYS);
export const days = fc.uniqueArray(day, { maxLength: 3 });
export const genre = fc.constantFrom(...GENRES.map((g) => g.slug));
/** A point in the France / Benelux / Switzerland box. */
export const point = fc.record({
  lat: fc.double({ min: 42.5, max: 51, noNaN: true }),
  lon: fc.double({ min: -4.5, max: 8, noNaN: true }),
});
export const countRange = fc
  .tuple(fc.integer({ min: 20, max: 8000 }), fc.integer({ min: 0, max: 4000 }))
  .map(([min, extra]) => ({ min, max: min + extra }));
export const money = fc
  .tuple(fc.integer({ min: 10_000, max: 3_000_000 }), fc.integer({ min: 0, max: 2_000_000 }))
  .map(([min, extra]): MoneyRange => ({ minCents: min, maxCents: min + extra, currency: 'EUR' }));
const availability = fc.record({ busy: days, available: days });

const history: fc.Arbitrary<HistoryRecord> = fc.record(
  {
    artistId: fc.constantFrom('artist', 'other-1', 'other-2'),
    genres: fc.array(genre, { minLength: 1, maxLength: 2 }),
    date: fc.constant('2025-05-01'),
    rating: fc.integer({ min: 1, max: 5 }),
    fillRate: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: ['artistId', 'genres', 'date'] },
);

export const artist: fc.Arbitrary<ArtistProfile> = fc.record({
  id: fc.constant('artist'),
  genres: fc.array(genre, { minLength: 1, maxLength: 3 }),
  homeBase: point,
  capacity: countRange,
  fee: money,
  availability,
  bookedShows: fc.array(
    fc.record({ date: day, lat: point.map((p) => p.lat), lon: point.map((p) => p.lon) }),
    {
      maxLength: 2,
    },
  ),
  exclusivityZones: fc.array(
    fc.record({
      lat: fc.double({ min: 42.5, max: 51, noNaN: true }),
      lon: fc.double({ min: -4.5, max: 8, noNaN: true }),
      radiusMetres: fc.integer({ min: 5_000, max: 150_000 }),
      from: fc.constantFrom('2026-07-01', '2026-10-01'),
      to: fc.constantFrom('2026-07-31', '2026-10-31'),
    }),
    { maxLength: 2 },
  ),
});

export const venue: fc.Arbitrary<VenueProfile> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 6 }),
    location: point,
    capacity: countRange,
    budget: money,
    genres: fc.array(genre, { minLength: 1, maxLength: 3 }),
    availability,
    history: fc.array(history, { maxLength: 4 }),
    radiusClause: fc.record({
      radiusMetres: fc.integer({ min: 10_000, max: 100_000 }),
      daysBefore: fc.integer({ min: 0, max: 60 }),
      daysAfter: fc.integer({ min: 0, max: 60 }),
    }),
  },
  { requiredKeys: ['id', 'location', 'capacity', 'budget', 'genres', 'availability', 'history'] },
);

export const technician: fc.Arbitrary<TechnicianProfile> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  base: point,
  roles: fc.uniqueArray(fc.constantFrom('foh', 'monitor', 'lighting'), { minLength: 1 }),
  skills: fc.uniqueArray(fc.constantFrom(...EQUIPMENT), { maxLength: 4 }),
  venuesWorked: fc.array(
    fc.record({ venueId: fc.constantFrom('v1', 'v2'), shows: fc.integer({ min: 1, max: 20 }) }),
    {
      maxLength: 2,
    },
  ),
  availability,
  dayRate: fc.record({
    cents: fc.integer({ min: 10_000, max: 120_000 }),
    currency: fc.constant('EUR' as const),
  }),
  reputation: fc.record({
    rating: fc.double({ min: 1, max: 5, noNaN: true }),
    reviews: fc.integer({ min: 0, max: 80 }),
  }),
});

export const techRequest: fc.Arbitrary<TechnicianRequest> = fc.record(
  {
    kind: fc.constant('technicians' as const),
    role: fc.constantFrom('foh', 'monitor', 'lighting'),
    dates: days,
    venue: fc.record({
      id: fc.constantFrom('v1', 'v2'),
      location: point,
      equipment: fc.uniqueArray(fc.constantFrom(...EQUIPMENT), { maxLength: 3 }),
    }),
    riderRequirements: fc.uniqueArray(fc.constantFrom(...EQUIPMENT), { maxLength: 2 }),
    budget: fc.record({
      maxDayRateCents: fc.integer({ min: 10_000, max: 100_000 }),
      currency: fc.constant('EUR' as const),
    }),
    radiusMetres: fc.integer({ min: 10_000, max: 200_000 }),
  },
  { requiredKeys: ['kind', 'role', 'dates', 'venue', 'riderRequirements', 'budget'] },
);

const audience = fc.constantFrom('tout-public', 'famille', 'enfants', 'adolescents', 'adultes', 'seniors');
const placeType = fc.constantFrom('place-publique', 'parc', 'rue', 'salle');

export const company: fc.Arbitrary<StreetCompanyProfile> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 6 }),
    base: point,
    performanceTypes: fc.uniqueArray(fc.constantFrom('deambulation', 'fixe', 'interactif', 'atelier'), {
      minLength: 1,
    }),
    gauge: countRange,
    powerNeededKw: fc.integer({ min: 0, max: 30 }),
    fee: money,
    audiences: fc.uniqueArray(audience, { maxLength: 3 }),
    pmrAccessible: fc.boolean(),
    engagements: fc.array(
      fc.record(
        {
          buyer: fc.constantFrom('municipality', 'campsite', 'festival', 'other'),
          date: fc.constant('2025-06-01'),
          rating: fc.integer({ min: 1, max: 5 }),
        },
        { requiredKeys: ['buyer', 'date'] },
      ),
      { maxLength: 6 },
    ),
    availability,
    seasonMonths: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }),
  },
  {
    requiredKeys: [
      'id',
      'base',
      'performanceTypes',
      'gauge',
      'powerNeededKw',
      'fee',
      'audiences',
      'pmrAccessible',
      'engagements',
      'availability',
    ],
  },
);

export const streetArtsRequest: fc.Arbitrary<StreetArtsRequest> = fc.record({
  kind: fc.constant('street-arts' as const),
  event: fc.record({
    location: point,
    dates: days,
    placeType,
    expectedAudience: fc.integer({ min: 20, max: 8000 }),
    availablePowerKw: fc.integer({ min: 0, max: 40 }),
    audiences: fc.uniqueArray(audience, { maxLength: 3 }),
    pmrRequired: fc.boolean(),
  }),
  budget: money,
});

export const campsiteRequest: fc.Arbitrary<CampsiteRequest> = fc.record({
  kind: fc.constant('campsite' as const),
  circuit: fc.array(
    fc.record({
      siteId: fc.string({ minLength: 1, maxLength: 4 }),
      location: point,
      date: day,
      placeType,
      expectedAudience: fc.integer({ min: 20, max: 600 }),
      availablePowerKw: fc.integer({ min: 0, max: 10 }),
    }),
    { maxLength: 4 },
  ),
  budget: money,
});
