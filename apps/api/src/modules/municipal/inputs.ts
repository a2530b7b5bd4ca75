import { parseAmountExclVat, type ValidationFailure } from '@flowstage/domain/municipal';
import { z } from 'zod';
import { AppError } from '../../errors.ts';

/**
 * Amounts travel as decimal strings ("12000.00") or numbers: parsed exactly, never rounded, so an
 * amount with more than two decimals is refused instead of silently changed.
 */
export const amountInput = z
  .union([z.string().max(20), z.number()])
  .describe('Amount in euros, at most two decimals, e.g. "12000.00"');

export function toCents(value: string | number, field: string): number {
  const text = typeof value === 'number' ? String(value) : value;
  const parsed = parseAmountExclVat(text, field);
  if (parsed.kind === 'ok') return parsed.cents;
  throw domainValidation(parsed);
}

/** A pure-domain validation failure as a 400 problem (French first: the legal language). */
export function domainValidation(failure: ValidationFailure, detail?: string): AppError {
  const first = failure.issues[0]?.message.fr;
  return new AppError(
    'VALIDATION_FAILED',
    `domain validation: ${failure.issues.map((i) => i.field).join(', ')}`,
    {
      detail: detail ?? first ?? 'Données invalides.',
      errors: failure.issues.map((i) => ({ path: i.field, message: i.message.fr })),
    },
  );
}

export const isoDay = z.iso.date().describe('YYYY-MM-DD');

/** Today in Paris: the legal calendar of French public buyers. */
export function todayInParis(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(now);
}
