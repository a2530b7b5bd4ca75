import { describe, expect, it } from 'vitest';
import { explainExclusion, score } from '../api.ts';
import { ARTIST_VENUE_CONFIG_V1 } from '../artist-venue/config.ts';
import { artist, company, fete, PLACES, SAT, technician, techRequest, venue } from '../eval/fixtures.ts';
import type { Explanation, Locale } from '../shared/types.ts';
import { LOCALES } from '../shared/types.ts';
import { STREET_ARTS_CONFIG_V1 } from '../street-arts/matcher.ts';
import { TECHNICIAN_CONFIG_V1 } from '../technician/matcher.ts';
import { fr } from './fr.ts';
import { CATALOGUES, render } from './render.ts';

/** Intl uses no-break spaces (U+00A0, U+202F) in numbers and dates; tests compare plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const say = (e: Explanation, locale: Locale) => plain(render(e, locale));

describe('catalogues', () => {
  // parameter names, once the plural options' bodies ({once}, {# fois}) are removed
  const placeholders = (t: string) =>
    [...t.replace(/(?<!\w)(=\d+|zero|one|two|few|many|other) \{[^{}]*\}/g, '').matchAll(/\{(\w+)[,}]/g)]
      .map((m) => m[1])
      .filter((v, i, all) => all.indexOf(v) === i)
      .sort();

  it.each(LOCALES)('%s has every key with the same parameters as French', (locale) => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      // Object.keys loses the literal key type; keys of fr are MessageKeys by definition
      expect(placeholders(CATALOGUES[locale][key]), `${locale} ${key}`).toEqual(placeholders(fr[key]));
    }
  });
});

describe('artist ↔ venue explanations', () => {
  const result = score(
    { kind: 'venues-for-artist', artist: artist(), dates: [SAT] },
    venue(),
    ARTIST_VENUE_CONFIG_V1,
  );
  if (result.kind !== 'scored') throw new Error('fixture venue should be eligible');
  const line = (criterion: string) => {
    const l = result.lines.find((x) => x.criterion === criterion);
    if (!l) throw new Error(`no ${criterion} line`);
    return l.explanation;
  };

  it.each([
    ['capacity', 'fr', 'Capacité 600 places : dans la fourchette de l’artiste (400–900)'],
    ['capacity', 'en', 'Capacity 600: within the artist’s range (400–900)'],
    ['budget', 'fr', 'Budget jusqu’à 4 500 € : couvre le cachet demandé (3 000 €–4 500 €)'],
    ['budget', 'en', 'Budget up to €4,500: covers the fee asked (€3,000–€4,500)'],
    ['calendar', 'fr', 'samedi 10 octobre 2026 : libre des deux côtés, un soir de week-end'],
    ['calendar', 'en', 'Saturday, 10 October 2026: free on both sides, a weekend night'],
    ['geography', 'fr', 'À 94 km de la base de l’artiste (Lyon)'],
    ['geography', 'en', '94 km from the artist’s home base (Lyon)'],
    ['affinity', 'fr', 'Rock indé : genre programmé par la salle'],
    ['affinity', 'en', 'Indie rock: a genre the venue programmes'],
    ['history', 'fr', 'Aucun concert comparable dans l’historique de la salle'],
    ['history', 'en', 'No comparable show in the venue’s history'],
    ['exclusivity', 'fr', 'Aucune clause d’exclusivité à proximité'],
    ['exclusivity', 'en', 'No exclusivity clause nearby'],
  ] as const)('%s in %s', (criterion, locale, expected) => {
    expect(say(line(criterion), locale)).toBe(expected);
  });

  it('carries the weights version and the retained date', () => {
    expect(result.weightsVersion).toBe(ARTIST_VENUE_CONFIG_V1.version);
    expect(result.date).toBe(SAT);
  });
});

describe('messages with plurals, money, distances and terms', () => {
  it.each([
    [
      { key: 'history.similar', params: { count: 1, rating: 4.5 } },
      'fr',
      '1 concert d’un artiste proche ici, note moyenne 4,5/5',
    ],
    [
      { key: 'history.similar', params: { count: 3, rating: 4.5 } },
      'fr',
      '3 concerts d’artistes proches ici, note moyenne 4,5/5',
    ],
    [
      { key: 'history.sameArtist', params: { count: 1, rating: 5 } },
      'en',
      'The artist has played here (once), average rating 5/5',
    ],
    [
      { key: 'history.sameArtist', params: { count: 4, rating: 3.7 } },
      'en',
      'The artist has played here (4 times), average rating 3.7/5',
    ],
    [
      {
        key: 'techBudget.within',
        params: { rate: { money: 35_050, currency: 'EUR' }, budget: { money: 40_000, currency: 'EUR' } },
      },
      'fr',
      'Tarif journalier 350,50 € : dans le budget (400 €)',
    ],
    [
      {
        key: 'techBudget.over',
        params: { rate: { money: 60_000, currency: 'CHF' }, budget: { money: 50_000, currency: 'CHF' } },
      },
      'en',
      'Day rate CHF 600: above budget (CHF 500)',
    ],
    [
      {
        key: 'techGeo.local',
        params: { distance: { metres: 850 }, radius: { metres: 50_000 }, place: 'Lyon' },
      },
      'fr',
      'Basé·e à Lyon, à 850 m (dans le rayon de 50 km)',
    ],
    [
      {
        key: 'techGeo.far',
        params: { distance: { metres: 7_340 }, radius: { metres: 5_000 }, place: 'Lyon' },
      },
      'en',
      'Based in Lyon, 7.3 km away (beyond 5 km)',
    ],
    [
      {
        key: 'space.fit',
        params: {
          type: { term: 'deambulation' },
          placeType: { term: 'rue' },
          gauge: { range: [50, 5000] },
          audience: 800,
          power: 0,
          available: 0,
        },
      },
      'fr',
      'Spectacle déambulatoire pour la rue ; jauge 50–5 000 pour 800 personnes attendues ; autonome en énergie (0 kW sur place)',
    ],
    [
      {
        key: 'space.fit',
        params: {
          type: { term: 'fixe' },
          placeType: { term: 'parc' },
          gauge: { range: [100, 100] },
          audience: 80,
          power: 12,
          available: 3,
        },
      },
      'en',
      'fixed-point show for a park; gauge 100 for 80 expected; needs 12 kW (3 kW on site)',
    ],
    [
      { key: 'exclusion.role', params: { role: { term: 'lighting' } } },
      'fr',
      'Ne travaille pas comme éclairagiste',
    ],
    [
      {
        key: 'affinity.sibling',
        params: { artistGenre: { genre: 'techno' }, venueGenre: { genre: 'house' } },
      },
      'nl',
      'Techno en House (geprogrammeerd door de zaal): verwante subgenres',
    ],
    [
      { key: 'expertise.partial', params: { matched: 1, total: 2, missing: { equipment: 'grandma3' } } },
      'de',
      'Beherrscht 1 von 2 geforderten Geräten; zu prüfen: grandMA3',
    ],
  ] satisfies [Explanation, Locale, string][])('%j in %s', (explanation, locale, expected) => {
    expect(say(explanation, locale)).toBe(expected);
  });
});

describe('why not X', () => {
  it.each([
    [
      'fr',
      'samedi 10 octobre 2026 : dans la zone d’exclusivité Festival Lyon (30 km autour, du mardi 1 septembre 2026 au samedi 31 octobre 2026)',
    ],
    [
      'en',
      'Saturday, 10 October 2026: inside the exclusivity zone Festival Lyon (30 km around, Tuesday, 1 September 2026 to Saturday, 31 October 2026)',
    ],
  ] as const)('an exclusivity conflict in %s', (locale, expected) => {
    const bound = artist({
      exclusivityZones: [
        {
          ...PLACES.lyon,
          radiusMetres: 30_000,
          from: '2026-09-01',
          to: '2026-10-31',
          label: 'Festival Lyon',
        },
      ],
    });
    const why = explainExclusion(
      { kind: 'venues-for-artist', artist: bound, dates: [SAT] },
      venue({ location: PLACES.villeurbanne }),
      ARTIST_VENUE_CONFIG_V1,
    );
    expect(why.kind).toBe('excluded');
    if (why.kind === 'excluded') {
      expect(why.reasons.map((r) => r.code)).toEqual(['EXCLUSIVITY_CONFLICT']);
      expect(say(why.reasons[0]!.explanation, locale)).toBe(expected);
    }
  });

  it.each([
    [
      'fr',
      [
        'Ne travaille pas comme technicien·ne son façade',
        'samedi 10 octobre 2026 : pas disponible',
        'Tarif journalier 700 € : plus de 1,5 fois le budget (400 €)',
      ],
    ],
    [
      'en',
      [
        'Does not work as FOH engineer',
        'Saturday, 10 October 2026: not available',
        'Day rate €700: more than 1.5 times the budget (€400)',
      ],
    ],
  ] as const)('every failed constraint of a technician, in %s', (locale, expected) => {
    const t = technician({
      roles: ['lighting'],
      availability: { busy: [SAT] },
      dayRate: { cents: 70_000, currency: 'EUR' },
    });
    const why = explainExclusion(techRequest(), t, TECHNICIAN_CONFIG_V1);
    expect(why.kind === 'excluded' && why.reasons.map((r) => say(r.explanation, locale))).toEqual(expected);
  });

  it('reports the score of an eligible candidate', () => {
    const why = explainExclusion(fete(), company(), STREET_ARTS_CONFIG_V1);
    expect(why.kind).toBe('eligible');
  });
});
