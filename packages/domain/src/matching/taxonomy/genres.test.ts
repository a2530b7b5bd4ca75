import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genreAffinity, genreRelation, genreSimilarity } from './genres.ts';
import { GENRES } from './genres-data.ts';

describe('genre taxonomy data', () => {
  it('has about 60 genres with unique slugs, FR/EN labels and known parents', () => {
    expect(GENRES.length).toBeGreaterThanOrEqual(60);
    const slugs = new Set(GENRES.map((g) => g.slug));
    expect(slugs.size).toBe(GENRES.length);
    for (const g of GENRES) {
      expect(g.slug).toMatch(/^[a-z0-9-]+$/);
      expect(g.fr.length).toBeGreaterThan(0);
      expect(g.en.length).toBeGreaterThan(0);
      if (g.parent !== null) expect(slugs.has(g.parent)).toBe(true);
      for (const r of g.related ?? []) expect(slugs.has(r)).toBe(true);
    }
  });

  it('covers the families of the brief', () => {
    const roots = GENRES.filter((g) => g.parent === null).map((g) => g.slug);
    expect(roots).toEqual(
      expect.arrayContaining([
        'rock',
        'pop',
        'electro',
        'jazz',
        'hip-hop',
        'chanson',
        'world',
        'classical',
        'metal',
        'folk',
        'reggae',
        'blues',
        'soul-funk',
      ]),
    );
  });
});

describe('genre relations', () => {
  it.each([
    ['indie-rock', 'indie-rock', 'same'],
    ['indie-rock', 'rock', 'parent'],
    ['rock', 'punk-rock', 'parent'],
    ['indie-rock', 'garage-rock', 'sibling'],
    ['indie-pop', 'indie-rock', 'related'],
    ['folk-rock', 'hard-rock', 'related'],
    ['delta-blues', 'garage-rock', 'family-related'],
    ['techno', 'opera', 'none'],
    ['bebop', 'black-metal', 'none'],
    ['unknown-slug', 'rock', 'none'],
  ])('%s ↔ %s: %s', (a, b, relation) => {
    expect(genreRelation(a, b)).toBe(relation);
  });

  it('similarity is symmetric, in 0..1, and 1 only on the same genre', () => {
    const slug = fc.constantFrom(...GENRES.map((g) => g.slug));
    fc.assert(
      fc.property(slug, slug, (a, b) => {
        const s = genreSimilarity(a, b);
        expect(s).toBe(genreSimilarity(b, a));
        expect(s >= 0 && s <= 1).toBe(true);
        expect(s === 1).toBe(a === b);
      }),
    );
  });

  it('siblings match partly, unrelated do not', () => {
    expect(genreAffinity(['indie-rock'], ['indie-rock'])).toBe(1);
    expect(genreAffinity(['indie-rock'], ['garage-rock'])).toBeCloseTo(0.55);
    expect(genreAffinity(['techno'], ['opera'])).toBe(0);
    expect(genreAffinity([], ['rock'])).toBe(0);
  });
});
