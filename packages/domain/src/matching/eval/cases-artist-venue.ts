import type { VenuesForArtistRequest } from '../artist-venue/types.ts';
import { type EvalCase, judge } from './case.ts';
import { artist, FRI, PLACES, SAT, TUE, venue } from './fixtures.ts';

const forArtist = (a = artist(), dates: readonly string[] = [SAT]): VenuesForArtistRequest => ({
  kind: 'venues-for-artist',
  artist: a,
  dates,
});

const smallAct = artist({
  capacity: { min: 150, max: 350 },
  fee: { minCents: 80_000, maxCents: 150_000, currency: 'EUR' },
});
const smallBudget = { minCents: 50_000, maxCents: 200_000, currency: 'EUR' } as const;
const lyonShow = { date: FRI, ...PLACES.lyon };

export const ARTIST_VENUE_CASES: readonly EvalCase[] = [
  judge(
    'av-club-vs-arena',
    forArtist(smallAct),
    venue({ id: 'club-300', capacity: { min: 300, max: 300 }, budget: smallBudget }),
    venue({ id: 'arena-5000', capacity: { min: 4000, max: 5000 }, budget: smallBudget }),
    'A 300-seat club is better than a 5,000 arena for an artist drawing 250',
  ),
  judge(
    'av-600-vs-1500',
    forArtist(),
    venue({ id: 'room-600' }),
    venue({ id: 'room-1500', capacity: { min: 1500, max: 1500 } }),
    'A 600 room fits a 400–900 draw; a 1,500 room would be half empty',
  ),
  judge(
    'av-sold-out-vs-half-empty',
    forArtist(),
    venue({ id: 'room-350', capacity: { min: 350, max: 350 } }),
    venue({ id: 'room-2000', capacity: { min: 2000, max: 2000 } }),
    'A slightly small sold-out room beats a room more than twice too big',
  ),
  judge(
    'av-big-draw-room',
    forArtist(artist({ capacity: { min: 800, max: 1500 } })),
    venue({ id: 'room-1200', capacity: { min: 1200, max: 1200 } }),
    venue({ id: 'room-300', capacity: { min: 300, max: 300 } }),
    'An artist drawing 800–1,500 belongs in a 1,200 room, not a 300 club',
  ),
  judge(
    'av-modular-room',
    forArtist(),
    venue({ id: 'modular-400-1200', capacity: { min: 400, max: 1200 } }),
    venue({ id: 'fixed-1600', capacity: { min: 1600, max: 1600 } }),
    'A modular room that can be set to 400–900 suits better than a fixed 1,600',
  ),
  judge(
    'av-indie-pop-rock-vs-jazz',
    forArtist(artist({ genres: ['indie-pop'] })),
    venue({ id: 'indie-rock-venue', genres: ['indie-rock'] }),
    venue({ id: 'jazz-club', genres: ['jazz', 'bebop'] }),
    'An indie rock venue is better than a jazz club for an indie-pop band',
  ),
  judge(
    'av-metal-vs-chanson',
    forArtist(artist({ genres: ['thrash-metal'] })),
    venue({ id: 'metal-club', genres: ['metal', 'heavy-metal'] }),
    venue({ id: 'chanson-theatre', genres: ['chanson', 'chanson-a-texte'] }),
    'A thrash band goes to a metal club, not a chanson theatre',
  ),
  judge(
    'av-techno-house-vs-classical',
    forArtist(artist({ genres: ['techno'] })),
    venue({ id: 'house-club', genres: ['house'] }),
    venue({ id: 'concert-hall', genres: ['classical', 'symphonic'] }),
    'House and techno share an electronic audience; a symphonic hall does not',
  ),
  judge(
    'av-reggae-world-vs-metal',
    forArtist(artist({ genres: ['roots-reggae'] })),
    venue({ id: 'world-venue', genres: ['world', 'afrobeat'] }),
    venue({ id: 'metal-venue', genres: ['black-metal'] }),
    'A world-music venue is a plausible home for reggae; a black-metal club is not',
  ),
  judge(
    'av-manouche-jazz-club',
    forArtist(artist({ genres: ['jazz-manouche'] })),
    venue({ id: 'jazz-club', genres: ['jazz'] }),
    venue({ id: 'indie-venue', genres: ['indie-rock'] }),
    'A gypsy-jazz act belongs in a jazz club',
  ),
  judge(
    'av-budget-covers-ask',
    forArtist(artist({ fee: { minCents: 400_000, maxCents: 600_000, currency: 'EUR' } })),
    venue({ id: 'budget-6000', budget: { minCents: 300_000, maxCents: 600_000, currency: 'EUR' } }),
    venue({ id: 'budget-3500', budget: { minCents: 200_000, maxCents: 350_000, currency: 'EUR' } }),
    'A venue able to pay the full fee beats one below the minimum fee',
  ),
  judge(
    'av-budget-partial-vs-below',
    forArtist(artist({ fee: { minCents: 400_000, maxCents: 600_000, currency: 'EUR' } })),
    venue({ id: 'budget-5000', budget: { minCents: 300_000, maxCents: 500_000, currency: 'EUR' } }),
    venue({ id: 'budget-3000', budget: { minCents: 200_000, maxCents: 300_000, currency: 'EUR' } }),
    'A budget inside the fee range leaves room to negotiate; one below the minimum does not',
  ),
  judge(
    'av-budget-hard',
    forArtist(artist({ fee: { minCents: 1_000_000, maxCents: 1_200_000, currency: 'EUR' } })),
    venue({ id: 'budget-9000', budget: { minCents: 500_000, maxCents: 900_000, currency: 'EUR' } }),
    venue({ id: 'budget-5000', budget: { minCents: 300_000, maxCents: 500_000, currency: 'EUR' } }),
    'A budget 10 % short can be negotiated; half the minimum fee cannot',
  ),
  judge(
    'av-routing-near-show',
    forArtist(artist({ bookedShows: [lyonShow] })),
    venue({ id: 'grenoble', location: PLACES.grenoble }),
    venue({ id: 'lille', location: PLACES.lille }),
    'The day after Lyon, Grenoble (100 km) routes; Lille (550 km) does not',
  ),
  judge(
    'av-home-base',
    forArtist(artist({ homeBase: PLACES.nantes })),
    venue({ id: 'angers', location: PLACES.angers }),
    venue({ id: 'marseille', location: PLACES.marseille }),
    'With no show nearby, a venue near the Nantes home base saves travel',
  ),
  judge(
    'av-exclusivity-zone',
    forArtist(
      artist({
        exclusivityZones: [
          {
            ...PLACES.lyon,
            radiusMetres: 30_000,
            from: '2026-09-01',
            to: '2026-10-31',
            label: 'Festival Lyon',
          },
        ],
      }),
    ),
    venue({ id: 'saint-etienne', location: PLACES.saintEtienne }),
    venue({ id: 'villeurbanne', location: PLACES.villeurbanne }),
    'A Lyon festival’s 30 km exclusivity rules out Villeurbanne in October',
  ),
  judge(
    'av-near-zone',
    forArtist(
      artist({
        exclusivityZones: [
          { ...PLACES.geneve, radiusMetres: 30_000, from: '2026-10-01', to: '2026-10-20', label: 'Genève' },
        ],
      }),
    ),
    venue({ id: 'chambery', location: PLACES.chambery }),
    venue({ id: 'annecy', location: PLACES.annecy }),
    'Annecy is just outside a Geneva exclusivity zone: legal but the promoter will object; Chambéry is clear',
  ),
  judge(
    'av-venue-radius-clause',
    forArtist(artist({ bookedShows: [{ date: '2026-10-03', ...PLACES.villeurbanne }] })),
    venue({ id: 'no-clause', location: PLACES.lyon }),
    venue({
      id: 'clause-50km',
      location: PLACES.lyon,
      radiusClause: { radiusMetres: 50_000, daysBefore: 30, daysAfter: 30 },
    }),
    'A venue with a 50 km / 30 days radius clause cannot take an artist who plays next door a week before',
  ),
  judge(
    'av-weekend-declared',
    forArtist(artist(), [SAT, TUE]),
    venue({ id: 'offers-saturday', availability: { busy: [TUE], available: [SAT] } }),
    venue({ id: 'only-tuesday', availability: { busy: [SAT] } }),
    'A Saturday offered by the venue beats a Tuesday night',
  ),
  judge(
    'av-venue-busy',
    forArtist(),
    venue({ id: 'free' }),
    venue({ id: 'busy', availability: { busy: [SAT] } }),
    'A venue already booked on the only date cannot host',
  ),
  judge(
    'av-history-same-artist',
    forArtist(),
    venue({
      id: 'played-before',
      history: [{ artistId: 'artist', genres: ['indie-rock'], date: '2024-11-15', rating: 5, fillRate: 1 }],
    }),
    venue({ id: 'new-venue' }),
    'A sold-out past show with the same artist is the best predictor',
  ),
  judge(
    'av-history-similar',
    forArtist(),
    venue({
      id: 'good-history',
      history: [
        { artistId: 'x1', genres: ['indie-rock'], date: '2025-03-01', rating: 5, fillRate: 0.95 },
        { artistId: 'x2', genres: ['garage-rock'], date: '2025-04-01', rating: 4, fillRate: 0.9 },
      ],
    }),
    venue({
      id: 'bad-history',
      history: [
        { artistId: 'x3', genres: ['indie-rock'], date: '2025-03-01', rating: 1, fillRate: 0.3 },
        { artistId: 'x4', genres: ['indie-rock'], date: '2025-05-01', rating: 2, fillRate: 0.35 },
      ],
    }),
    'Similar artists sold out at one venue and flopped at the other',
  ),
  judge(
    'av-fit-beats-distance',
    forArtist(artist({ bookedShows: [lyonShow] })),
    venue({ id: 'marseille-fit', location: PLACES.marseille }),
    venue({
      id: 'villeurbanne-misfit',
      location: PLACES.villeurbanne,
      capacity: { min: 2500, max: 2500 },
      budget: { minCents: 100_000, maxCents: 250_000, currency: 'EUR' },
      genres: ['variete-francaise'],
    }),
    'Right room, right budget, right genre 300 km away beats a wrong room next door',
  ),
  judge(
    'av-capacity-over-genre',
    forArtist(artist({ genres: ['indie-pop'] })),
    venue({ id: 'pop-sibling-600', genres: ['synth-pop'] }),
    venue({ id: 'indie-pop-1800', genres: ['indie-pop'], capacity: { min: 1800, max: 1800 } }),
    'A right-sized room programming a sibling genre beats the exact genre in a room twice too big',
  ),
  judge(
    'av-intimate-chanson',
    forArtist(
      artist({
        genres: ['chanson-a-texte'],
        capacity: { min: 150, max: 300 },
        fee: { minCents: 80_000, maxCents: 120_000, currency: 'EUR' },
      }),
    ),
    venue({ id: 'jazz-club-200', genres: ['jazz'], capacity: { min: 200, max: 200 }, budget: smallBudget }),
    venue({
      id: 'chanson-theatre-1200',
      genres: ['chanson'],
      capacity: { min: 1200, max: 1200 },
      budget: smallBudget,
    }),
    'A singer drawing 150–300 fills a 200-seat club; a 1,200-seat chanson theatre would be four-fifths empty',
  ),
];
