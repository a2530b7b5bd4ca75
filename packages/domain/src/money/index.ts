/** Money is always integer minor units (cents) with an ISO 4217 currency: floats never carry amounts. */
export type Currency = 'EUR' | 'CHF';
export const CURRENCIES: readonly Currency[] = ['EUR', 'CHF'];

export interface Money {
  readonly amountCents: number;
  readonly currency: Currency;
}

export function money(amountCents: number, currency: Currency): Money {
  if (!Number.isSafeInteger(amountCents)) {
    throw new RangeError(`amount must be an integer number of cents, got ${amountCents}`);
  }
  return { amountCents, currency };
}

/**
 * Parses a decimal string such as "12000.50" into cents without going through floats,
 * refusing more than two decimals (a public buyer's amount with 3 decimals is an input error).
 */
export function parseDecimalToCents(text: string): number | null {
  const match = /^(-)?(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const [, sign, units, decimals = ''] = match;
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, '0'));
  return sign ? -cents : cents;
}

/** Applies a rate expressed in basis points (1 % = 100 bp), rounding half away from zero. */
export function applyBasisPoints(amountCents: number, basisPoints: number): number {
  const raw = (amountCents * basisPoints) / 10_000;
  return Math.sign(raw) * Math.round(Math.abs(raw));
}

export function formatMoney(m: Money, locale = 'fr-FR'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(
    m.amountCents / 100,
  );
}
