import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLocale, type Locale } from '../app/api/types.ts';
import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

export const resources = {
  fr: { translation: fr },
  en: { translation: en },
  nl: { translation: nl },
  de: { translation: de },
} as const;

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
