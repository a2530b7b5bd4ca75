import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLocale, type Locale } from '../app/api/types.ts';
import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

/**
 * Each business feature owns its strings in `features/<feature>/locales/<locale>.json`, loaded as the
 * i18next namespace `<feature>` (`useTranslation('matching')`), so modules never edit a shared catalogue.
 */
export const featureCatalogues = import.meta.glob<Record<string, unknown>>('../features/*/locales/*.json', {
  eager: true,
  import: 'default',
});

function featureNamespaces(locale: Locale): Record<string, Record<string, unknown>> {
  const namespaces: Record<string, Record<string, unknown>> = {};
  for (const [file, catalogue] of Object.entries(featureCatalogues)) {
    const match = /features\/([^/]+)\/locales\/([a-z]{2})\.json$/.exec(file);
    if (match?.[2] === locale && match[1]) namespaces[match[1]] = catalogue;
  }
  return namespaces;
}

export const resources = {
  fr: { translation: fr, ...featureNamespaces('fr') },
  en: { translation: en, ...featureNamespaces('en') },
  nl: { translation: nl, ...featureNamespaces('nl') },
  de: { translation: de, ...featureNamespaces('de') },
};

export const DEFAULT_LOCALE: Locale = 'fr';
const STORAGE_KEY = 'fs.locale';

/** French by default whatever the browser says: the platform's primary market is francophone. */
export function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

function applyLocale(locale: string): void {
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage unavailable: the language still applies for this visit.
  }
}

i18n.on('languageChanged', applyLocale);

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ['fr', 'en', 'nl', 'de'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18n;
