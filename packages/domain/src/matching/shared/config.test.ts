import { describe, expect, it } from 'vitest';
import { scoreOnly } from '../api.ts';
import { ARTIST_VENUE_CONFIG_V1 } from '../artist-venue/config.ts';
import { ARTIST_VENUE_CRITERIA } from '../artist-venue/types.ts';
import { artist, venue } from '../eval/fixtures.ts';
import { CAMPSITE_CONFIG_V1 } from '../street-arts/campsite.ts';
import { STREET_ARTS_CONFIG_V1 } from '../street-arts/matcher.ts';
import { TECHNICIAN_CONFIG_V1 } from '../technician/matcher.ts';
import { defineConfig, MatchingConfigError, validateWeights } from './config.ts';

const good = {
  capacity: 25,
  budget: 20,
  calendar: 15,
  geography: 10,
  affinity: 15,
  history: 10,
  exclusivity: 5,
};

describe('weights validation', () => {
  it.each([
    ['sum below 100', { ...good, exclusivity: 0 }, 'weights must sum to 100, got 95'],
    ['sum above 100', { ...good, capacity: 30 }, 'weights must sum to 100, got 105'],
    [
      'negative weight',
      { ...good, capacity: 35, exclusivity: -5 },
      'weight of "exclusivity" must be a number ≥ 0, got -5',
    ],
    ['unknown criterion', { ...good, charisma: 0 }, 'unknown criterion "charisma"'],
    [
      'missing criterion',
      { capacity: 30, budget: 20, calendar: 15, geography: 10, affinity: 15, history: 10 },
      'missing weight for "exclusivity"',
    ],
  ])('rejects %s with a clear message', (_name, weights, message) => {
    expect(() => validateWeights('artist-venue', 'test', weights, ARTIST_VENUE_CRITERIA)).toThrow(
      MatchingConfigError,
    );
    expect(() => validateWeights('artist-venue', 'test', weights, ARTIST_VENUE_CRITERIA)).toThrow(message);
  });

  it('names the context and version in the error', () => {
    expect(() =>
      defineConfig('artist-venue', '2030.9', ARTIST_VENUE_CRITERIA, { ...good, budget: 0 }, {}),
    ).toThrow(/invalid weights for artist-venue@2030\.9/);
  });

  it.each([ARTIST_VENUE_CONFIG_V1, TECHNICIAN_CONFIG_V1, STREET_ARTS_CONFIG_V1, CAMPSITE_CONFIG_V1])(
    'shipped configuration $context@$version sums to 100',
    (cfg) => {
      expect(Object.values(cfg.weights).reduce((s: number, w) => s + Number(w), 0)).toBe(100);
    },
  );

  it('refuses a configuration of another context', () => {
    const req = { kind: 'venues-for-artist' as const, artist: artist(), dates: ['2026-10-10'] };
    // deliberately wrong configuration, as an API caller could pass by mistake
    const wrong = TECHNICIAN_CONFIG_V1 as unknown as typeof ARTIST_VENUE_CONFIG_V1;
    expect(() => scoreOnly(req, venue(), wrong)).toThrow(
      'a venues-for-artist request needs a artist-venue configuration',
    );
  });

  it('a custom version changes the score and is carried by the configuration', () => {
    const req = {
      kind: 'venues-for-artist' as const,
      artist: artist({ genres: ['techno'] }),
      dates: ['2026-10-10'],
    };
    const genreHeavy = defineConfig(
      'artist-venue',
      'genre-heavy-1',
      ARTIST_VENUE_CRITERIA,
      { capacity: 10, budget: 10, calendar: 10, geography: 10, affinity: 50, history: 5, exclusivity: 5 },
      ARTIST_VENUE_CONFIG_V1.params,
    );
    expect(scoreOnly(req, venue(), genreHeavy)).toBeLessThan(scoreOnly(req, venue(), ARTIST_VENUE_CONFIG_V1));
  });
});
