import type { Currency } from '../../money/index.ts';
import type { Explanation, Locale, ParamValue } from '../shared/types.ts';
import { equipmentLabel } from '../taxonomy/equipment.ts';
import { genreLabel } from '../taxonomy/genres.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr, type MessageKey } from './fr.ts';
import { nl } from './nl.ts';
import { term } from './terms.ts';

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { fr, en, nl, de };

const INTL_LOCALE: Readonly<Record<Locale, string>> = { fr: 'fr-FR', en: 'en-GB', nl: 'nl-BE', de: 'de-DE' };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(fr, key);
}

// Building an Intl formatter costs far more than formatting with it: one per locale and variant.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  key: string,
  make: () => T,
): T {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f as T; // each key is only ever stored by the same `make`
}

function formatNumber(n: number, locale: Locale): string {
  return memo(
    `n|${locale}`,
    () => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 }),
  ).format(n);
}

function formatMoney(cents: number, currency: Currency, locale: Locale): string {
  const whole = cents % 100 === 0;
  const digits = whole ? 0 : 2;
  return memo(
    `m|${locale}|${currency}|${digits}`,
    () =>
      new Intl.NumberFormat(INTL_LOCALE[locale], {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(cents / 100);
}

function formatMetres(metres: number, locale: Locale): string {
  if (metres < 1000) return `${formatNumber(Math.round(metres), locale)} m`;
  const km = metres / 1000;
  return `${formatNumber(km < 10 ? Math.round(km * 10) / 10 : Math.round(km), locale)} km`;
}

function formatDay(day: string, locale: Locale): string {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return memo(
    `d|${locale}`,
    () =>
      new Intl.DateTimeFormat(INTL_LOCALE[locale], {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatParam(value: ParamValue, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, locale);
  if ('money' in value) return formatMoney(value.money, value.currency, locale);
  if ('metres' in value) return formatMetres(value.metres, locale);
  if ('day' in value) return formatDay(value.day, locale);
  if ('range' in value) {
    const [a, b] = value.range;
    return a === b ? formatNumber(a, locale) : `${formatNumber(a, locale)}–${formatNumber(b, locale)}`;
  }
  if ('genre' in value) return genreLabel(value.genre, locale === 'fr' ? 'fr' : 'en');
  if ('equipment' in value) return equipmentLabel(value.equipment);
  return term(value.term, locale);
}

// {name, plural, =0 {…} one {# …} other {# …}} — the only ICU construct the catalogues use.
const PLURAL = /\{(\w+), plural, ((?:(?:=\d+|zero|one|two|few|many|other) \{[^{}]*\} ?)+)\}/g;
const OPTION = /(=\d+|zero|one|two|few|many|other) \{([^{}]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/** Renders a template with its parameters; a missing parameter stays visible as {name}. */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, ParamValue>>,
  locale: Locale,
): string {
  const plurals = memo(`p|${locale}`, () => new Intl.PluralRules(INTL_LOCALE[locale]));
  const withPlurals = template.replace(PLURAL, (whole, name: string, body: string) => {
    const value = params[name];
    if (typeof value !== 'number') return whole;
    const options = new Map<string, string>();
    for (const [, selector, text] of body.matchAll(OPTION)) options.set(selector ?? '', text ?? '');
    const chosen =
      options.get(`=${value}`) ?? options.get(plurals.select(value)) ?? options.get('other') ?? '';
    return chosen.replaceAll('#', formatNumber(value, locale));
  });
  return withPlurals.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(value, locale);
  });
}

/** The explanation in the user's language. */
export function render(explanation: Explanation, locale: Locale): string {
  const template = isMessageKey(explanation.key) ? CATALOGUES[locale][explanation.key] : explanation.key;
  return formatMessage(template, explanation.params, locale);
}
