import { ARTIST_VENUE_CASES } from './cases-artist-venue.ts';
import { STREET_ARTS_CASES } from './cases-street-arts.ts';
import { TECHNICIAN_CASES } from './cases-technician.ts';
import { VENUE_ARTIST_CASES } from './cases-venue-artist.ts';

export type { EvalCase } from './case.ts';

/** The labelled evaluation set of the matching core (every matcher and the campsite variant). */
export const EVAL_CASES = [
  ...ARTIST_VENUE_CASES,
  ...VENUE_ARTIST_CASES,
  ...TECHNICIAN_CASES,
  ...STREET_ARTS_CASES,
];
