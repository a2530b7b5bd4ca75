import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreOnly } from '../api.ts';
import { artist, FRI, PLACES, SAT, TUE, venue } from '../eval/fixtures.ts';
import { render } from '../i18n/render.ts';
import { EXCLUDED } from '../shared/types.ts';
import * as arb from '../testing/arbitraries.ts';
import { ARTIST_VENUE_CONFIG_V1 } from './config.ts';
import { ownCalendarExclusions } from './explain.ts';

describe('ownCalendarExclusions', () => {
  it('lists, in the requested order, the dates the artist is busy or already booked', () => {
    const a = artist({
      availability: { busy: [TUE] },
      bookedShows: [{ ...PLACES.lyon, date: SAT }],
    });
    const reasons = ownCalendarExclusions({ kind: 'venues-for-artist', artist: a, dates: [SAT, FRI, TUE] });
    expect(reasons.map((r) => [r.code, r.explanation.params.date])).toEqual([
      ['DATE_UNAVAILABLE', { day: SAT }],
      ['DATE_UNAVAILABLE', { day: TUE }],
    ]);
    expect(render(reasons[0]!.explanation, 'fr')).toBe(
      'samedi 10 octobre 2026 : l’artiste n’est pas disponible',
    );
  });

  it('speaks of the venue when a programmer looks for artists', () => {
    const v = venue({ availability: { busy: [FRI] } });
    const reasons = ownCalendarExclusions({ kind: 'artists-for-venue', venue: v, dates: [FRI, SAT] });
    expect(reasons).toHaveLength(1);
    expect(render(reasons[0]!.explanation, 'en')).toBe('Friday, 9 October 2026: the venue is not available');
  });

  it('is empty when the own calendar is free on the requested dates', () => {
    expect(ownCalendarExclusions({ kind: 'venues-for-artist', artist: artist(), dates: [SAT] })).toEqual([]);
  });

  it('property: no venue can be scored on a date it reports for the artist', () => {
    fc.assert(
      fc.property(arb.artist, arb.venue, arb.day, (a, v, day) => {
        const request = { kind: 'venues-for-artist' as const, artist: a, dates: [day] };
        if (ownCalendarExclusions(request).length === 1)
          expect(scoreOnly(request, v, ARTIST_VENUE_CONFIG_V1)).toBe(EXCLUDED);
      }),
    );
  });
});
