const LOCALES: Record<string, string> = { fr: 'fr-FR', en: 'en-GB', nl: 'nl-BE', de: 'de-CH' };

export function euros(cents: number, locale: string): string {
  return new Intl.NumberFormat(LOCALES[locale] ?? 'fr-FR', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

export function day(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(LOCALES[locale] ?? 'fr-FR', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** Server explanations exist in French (legal language) and English. */
export const pick = (text: { fr: string; en: string }, locale: string) =>
  locale === 'fr' ? text.fr : text.en;
