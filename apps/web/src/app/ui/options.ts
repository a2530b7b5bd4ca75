import type { TFunction } from 'i18next';
import { COUNTRIES, LOCALES } from '../api/types.ts';

export function countryOptions(t: TFunction): { value: string; label: string }[] {
  return COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }));
}

export function localeOptions(t: TFunction): { value: string; label: string }[] {
  return LOCALES.map((l) => ({ value: l, label: t(`language.names.${l}`) }));
}
