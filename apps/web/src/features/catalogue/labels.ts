// Labels of API values: genres from the taxonomy (fr/en), categories from this feature's
// catalogue, languages from Intl (no hand-kept list of language names).
import type { TFunction } from 'i18next';
import type { GenreFamily } from './types.ts';

export function genreLabels(families: readonly GenreFamily[], locale: string): Map<string, string> {
  const pick = (g: { fr: string; en: string }) => (locale === 'fr' ? g.fr : g.en);
  const out = new Map<string, string>();
  for (const f of families) {
    out.set(f.slug, pick(f));
    for (const c of f.children) out.set(c.slug, pick(c));
  }
  return out;
}

export function languageName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** Category and feature slugs (venue type, speciality, audience:family…) in the user's language. */
export function categoryLabel(t: TFunction<'catalogue'>, slug: string): string {
  const names = t('values', { returnObjects: true }) as Record<string, string>; // a flat object in every catalogue
  return names[slug] ?? slug.replaceAll('_', ' ').replace(/^\w/, (c) => c.toUpperCase());
}
