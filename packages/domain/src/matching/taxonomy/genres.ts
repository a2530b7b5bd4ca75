import { GENRES } from './genres-data.ts';

/** How two genres relate, from the closest to unrelated; each relation has a fixed similarity. */
export type GenreRelation = 'same' | 'parent' | 'sibling' | 'related' | 'family-related' | 'none';

export const GENRE_SIMILARITY: Readonly<Record<GenreRelation, number>> = {
  same: 1,
  parent: 0.8,
  sibling: 0.55,
  // a direct link between two genres (e.g. indie rock ↔ indie pop)
  related: 0.45,
  // the families are linked (e.g. any blues ↔ any rock)
  'family-related': 0.25,
  none: 0,
};

const INDEX = new Map<string, number>();
for (const [i, g] of GENRES.entries()) INDEX.set(g.slug, i);
const N = GENRES.length;

function rootOf(i: number): number {
  const parent = GENRES[i]?.parent;
  return parent == null ? i : (INDEX.get(parent) ?? i);
}

function linked(a: number, b: number): boolean {
  const ga = GENRES[a];
  const gb = GENRES[b];
  return Boolean(ga?.related?.includes(gb?.slug ?? '') || gb?.related?.includes(ga?.slug ?? ''));
}

function relationOfIndices(a: number, b: number): GenreRelation {
  if (a === b) return 'same';
  const ra = rootOf(a);
  const rb = rootOf(b);
  if (ra === b || rb === a) return 'parent';
  if (ra === rb) return 'sibling';
  const aIsRoot = ra === a;
  const bIsRoot = rb === b;
  // a link involving a sub-genre is precise (indie rock ↔ indie pop, folk rock ↔ rock family)
  const direct = linked(a, b) && !(aIsRoot && bIsRoot);
  const subToFamily = (!aIsRoot && linked(a, rb)) || (!bIsRoot && linked(ra, b));
  if (direct || subToFamily) return 'related';
  if (linked(ra, rb)) return 'family-related';
  return 'none';
}

// Precomputed N×N matrix so that the scorers' hot path is two map lookups and an array read.
const RELATIONS: GenreRelation[] = [];
const SIMILARITY = new Float64Array(N * N);
for (let a = 0; a < N; a++) {
  for (let b = 0; b < N; b++) {
    const r = relationOfIndices(a, b);
    RELATIONS.push(r);
    SIMILARITY[a * N + b] = GENRE_SIMILARITY[r];
  }
}

export function isKnownGenre(slug: string): boolean {
  return INDEX.has(slug);
}

/** Similarity 0..1 of two genre slugs; unknown slugs only match themselves. */
export function genreSimilarity(a: string, b: string): number {
  const ia = INDEX.get(a);
  const ib = INDEX.get(b);
  if (ia === undefined || ib === undefined) return a === b ? 1 : 0;
  return SIMILARITY[ia * N + ib] ?? 0;
}

export function genreRelation(a: string, b: string): GenreRelation {
  const ia = INDEX.get(a);
  const ib = INDEX.get(b);
  if (ia === undefined || ib === undefined) return a === b ? 'same' : 'none';
  return RELATIONS[ia * N + ib] ?? 'none';
}

export function genreLabel(slug: string, locale: 'fr' | 'en'): string {
  const i = INDEX.get(slug);
  const g = i === undefined ? undefined : GENRES[i];
  return g ? g[locale] : slug;
}

/**
 * Affinity of an artist's genres with the genres a venue programmes:
 * 70 % the best pair, 30 % the mean of each artist genre's best match (rewards breadth).
 */
export function genreAffinity(artistGenres: readonly string[], venueGenres: readonly string[]): number {
  if (artistGenres.length === 0 || venueGenres.length === 0) return 0;
  let best = 0;
  let sumBest = 0;
  for (let i = 0; i < artistGenres.length; i++) {
    let b = 0;
    for (let j = 0; j < venueGenres.length; j++) {
      const s = genreSimilarity(artistGenres[i]!, venueGenres[j]!);
      if (s > b) b = s;
    }
    sumBest += b;
    if (b > best) best = b;
  }
  return 0.7 * best + (0.3 * sumBest) / artistGenres.length;
}

/** The best-matching pair, for the explanation. */
export function bestGenrePair(
  artistGenres: readonly string[],
  venueGenres: readonly string[],
): { artist: string; venue: string; relation: GenreRelation } | null {
  let best: { artist: string; venue: string; relation: GenreRelation } | null = null;
  let bestSim = -1;
  for (const a of artistGenres) {
    for (const v of venueGenres) {
      const s = genreSimilarity(a, v);
      if (s > bestSim) {
        bestSim = s;
        best = { artist: a, venue: v, relation: genreRelation(a, v) };
      }
    }
  }
  return best;
}
