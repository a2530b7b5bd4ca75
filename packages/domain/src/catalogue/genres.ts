import { GENRES } from '../matching/taxonomy/genres-data.ts';

// The taxonomy is owned by matching; the catalogue only needs membership and descendants.
const CHILDREN = new Map<string, string[]>();
const KNOWN = new Set<string>();
for (const g of GENRES) {
  KNOWN.add(g.slug);
  if (g.parent) CHILDREN.set(g.parent, [...(CHILDREN.get(g.parent) ?? []), g.slug]);
}

export function isKnownGenreSlug(slug: string): boolean {
  return KNOWN.has(slug);
}

/** The slugs and all their descendants (searching "rock" finds "indie-rock" too), deduplicated. */
export function expandGenres(slugs: readonly string[]): string[] {
  const out = new Set<string>();
  const stack = [...slugs];
  while (stack.length > 0) {
    const slug = stack.pop() as string; // length checked above
    if (out.has(slug)) continue;
    out.add(slug);
    stack.push(...(CHILDREN.get(slug) ?? []));
  }
  return [...out];
}

/** The taxonomy as a tree for pickers: roots with their children. */
export function genreTree(): {
  slug: string;
  fr: string;
  en: string;
  children: { slug: string; fr: string; en: string }[];
}[] {
  return GENRES.filter((g) => g.parent === null).map((root) => ({
    slug: root.slug,
    fr: root.fr,
    en: root.en,
    children: GENRES.filter((g) => g.parent === root.slug).map((c) => ({ slug: c.slug, fr: c.fr, en: c.en })),
  }));
}

/** Root of a genre (itself for a root), for facet counts by family. */
export function genreFamily(slug: string): string {
  return GENRES.find((g) => g.slug === slug)?.parent ?? slug;
}
