import { parseDecimalToCents } from '../money/index.ts';

/** Every explanation shown to a town hall exists in French (the legal language) and English. */
export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

export interface ValidationIssue {
  readonly field: string;
  readonly code:
    | 'required'
    | 'invalid_date'
    | 'invalid_amount'
    | 'too_short'
    | 'out_of_range'
    | 'inconsistent';
  readonly message: Bilingual;
}

export type ValidationFailure = {
  readonly kind: 'validation_error';
  readonly issues: readonly ValidationIssue[];
};

/** "60 000,00 €" / "€60,000.00" without Intl, so explanations are byte-stable across ICU versions. */
export function formatEuros(cents: number): Bilingual {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100).toString();
  const decimals = (abs % 100).toString().padStart(2, '0');
  const group = (sep: string) => units.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return { fr: `${sign}${group(' ')},${decimals} €`, en: `${sign}€${group(',')}.${decimals}` };
}

/** Basis points as "10,15 %" / "10.15 %". */
export function formatBasisPoints(bp: number): Bilingual {
  const text = (bp / 100).toFixed(2);
  return { fr: `${text.replace('.', ',')} %`, en: `${text} %` };
}

export type AmountParse = { readonly kind: 'ok'; readonly cents: number } | ValidationFailure;

/**
 * Parses an amount typed by a buyer ("50000", "50 000,50"). More than two decimals is an input
 * error, never rounded: a public buyer's commitment must be exact.
 */
export function parseAmountExclVat(text: string, field = 'estimatedAmountExclVat'): AmountParse {
  const cents = parseDecimalToCents(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (cents === null || cents < 0) {
    return {
      kind: 'validation_error',
      issues: [
        {
          field,
          code: 'invalid_amount',
          message: {
            fr: `Montant invalide « ${text} » : nombre positif avec au plus deux décimales attendu.`,
            en: `Invalid amount "${text}": expected a positive number with at most two decimals.`,
          },
        },
      ],
    };
  }
  return { kind: 'ok', cents };
}
