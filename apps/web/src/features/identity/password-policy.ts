// The policy itself lives in the domain package, shared with the API so both always agree;
// this file only decides which rules the sign-up checklist shows.
import { PASSWORD_MIN_LENGTH, type PasswordRule, unmetPasswordRules } from '@flowstage/domain/identity';

/** max_length (128) is left out of the checklist: nobody needs to be told, the API still enforces it. */
export const CHECKLIST_RULES = [
  'min_length',
  'lowercase',
  'uppercase',
  'digit',
  'symbol',
] as const satisfies readonly PasswordRule[];
export type ChecklistRule = (typeof CHECKLIST_RULES)[number];

export { PASSWORD_MIN_LENGTH };

export function isPasswordRule(value: string): value is PasswordRule {
  return value === 'max_length' || (CHECKLIST_RULES as readonly string[]).includes(value);
}

export function checklist(password: string): Record<ChecklistRule, boolean> {
  const unmet = new Set<PasswordRule>(unmetPasswordRules(password));
  return {
    min_length: !unmet.has('min_length'),
    lowercase: !unmet.has('lowercase'),
    uppercase: !unmet.has('uppercase'),
    digit: !unmet.has('digit'),
    symbol: !unmet.has('symbol'),
  };
}

export function isPasswordValid(password: string): boolean {
  return unmetPasswordRules(password).length === 0;
}
