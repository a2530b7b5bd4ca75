import type { ArtistsForVenueRequest } from '../artist-venue/types.ts';
import { type EvalCase, judge } from './case.ts';
import { artist, FRI, PLACES, SAT, venue } from './fixtures.ts';

const forVenue = (v = venue(), dates: readonly string[] = [SAT]): ArtistsForVenueRequest => ({
  kind: 'artists-for-venue',
  venue: v,
  dates,
});

/** Artists for a venue and a date: the programmer's side of the same matcher. */
export const VENUE_ARTIST_CASES: readonly EvalCase[] = [
  judge(
    'va-draw-fits-room',
    forVenue(),
    artist({ id: 'indie-300-600', capacity: { min: 300, max: 600 } }),
    artist({
      id: 'star-2000-4000',
      capacity: { min: 2000, max: 4000 },
      fee: { minCents: 2_000_000, maxCents: 3_000_000, currency: 'EUR' },
    }),
    'A 600 room books an act drawing 300–600, not a 2,000–4,000 star',
  ),
  judge(
    'va-fee-fits-budget',
    forVenue(venue({ budget: { minCents: 100_000, maxCents: 300_000, currency: 'EUR' } })),
    artist({ id: 'fee-2000-3000', fee: { minCents: 200_000, maxCents: 300_000, currency: 'EUR' } }),
    artist({ id: 'fee-5000-8000', fee: { minCents: 500_000, maxCents: 800_000, currency: 'EUR' } }),
    'A 3,000 € budget cannot pay a 5,000 € minimum fee',
  ),
  judge(
    'va-artist-busy',
    forVenue(venue(), [FRI]),
    artist({ id: 'free' }),
    artist({ id: 'busy', availability: { busy: [FRI] } }),
    'An artist already busy that night is not a candidate',
  ),
  judge(
    'va-routing',
    forVenue(venue({ location: PLACES.grenoble })),
    artist({
      id: 'on-tour-nearby',
      homeBase: PLACES.lille,
      bookedShows: [{ date: '2026-10-08', ...PLACES.chambery }],
    }),
    artist({ id: 'far-home', homeBase: PLACES.lille }),
    'An artist playing Chambéry two days before passes by Grenoble; one coming from Lille does not',
  ),
  judge(
    'va-jazz-club',
    forVenue(venue({ genres: ['jazz', 'vocal-jazz'] })),
    artist({ id: 'vocal-jazz', genres: ['vocal-jazz'] }),
    artist({ id: 'rapper', genres: ['trap'] }),
    'A jazz club programmes a vocal-jazz singer rather than a trap artist',
  ),
  judge(
    'va-chanson-theatre',
    forVenue(venue({ genres: ['chanson', 'chanson-a-texte'] })),
    artist({ id: 'chanson', genres: ['nouvelle-scene-francaise'] }),
    artist({ id: 'dj', genres: ['techno'] }),
    'A chanson theatre books new French chanson rather than a techno DJ',
  ),
  judge(
    'va-history',
    forVenue(
      venue({
        history: [
          { artistId: 'returning', genres: ['indie-rock'], date: '2024-03-02', rating: 4.5, fillRate: 0.95 },
        ],
      }),
    ),
    artist({ id: 'returning' }),
    artist({ id: 'unknown' }),
    'An artist who filled the room last time is a safer booking',
  ),
  judge(
    'va-radius-clause',
    forVenue(venue({ radiusClause: { radiusMetres: 60_000, daysBefore: 30, daysAfter: 30 } })),
    artist({ id: 'clear' }),
    artist({ id: 'plays-chambery', bookedShows: [{ date: '2026-10-15', ...PLACES.chambery }] }),
    'The venue’s radius clause excludes an artist playing Chambéry five days later',
  ),
  judge(
    'va-artist-zone',
    forVenue(),
    artist({
      id: 'zone-paris',
      exclusivityZones: [{ ...PLACES.paris, radiusMetres: 50_000, from: '2026-10-01', to: '2026-10-31' }],
    }),
    artist({
      id: 'zone-grenoble',
      exclusivityZones: [{ ...PLACES.grenoble, radiusMetres: 40_000, from: '2026-10-01', to: '2026-10-31' }],
    }),
    'An artist bound by a Grenoble exclusivity in October cannot play Grenoble',
  ),
  judge(
    'va-draw-over-exact-genre',
    forVenue(venue({ genres: ['indie-rock'] })),
    artist({ id: 'garage-right-draw', genres: ['garage-rock'] }),
    artist({
      id: 'indie-tiny-draw',
      genres: ['indie-rock'],
      capacity: { min: 80, max: 200 },
      fee: { minCents: 50_000, maxCents: 80_000, currency: 'EUR' },
    }),
    'A programmer fills a 600 room with a sibling-genre act that draws 400–900, not an exact-genre act drawing 200',
  ),
];
