import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@flowstage/domain/identity';
import type { TFunction } from 'i18next';
import { ApiError, type FieldError } from '../api/problem.ts';

const PASSWORD_RULE_MESSAGES = [
  'min_length',
  'max_length',
  'lowercase',
  'uppercase',
  'digit',
  'symbol',
] as const;
type PasswordRuleMessage = (typeof PASSWORD_RULE_MESSAGES)[number];

function isPasswordRuleMessage(message: string): message is PasswordRuleMessage {
  return (PASSWORD_RULE_MESSAGES as readonly string[]).includes(message);
}

/**
 * Some field messages are machine words (WEAK_PASSWORD lists the unmet rules, a wrong current
 * password says `incorrect`): those are translated; anything else is shown as the API wrote it.
 */
export function fieldErrorMessage(t: TFunction, error: FieldError): string {
  if (isPasswordRuleMessage(error.message)) {
    return t(`auth.password.rules.${error.message}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
  }
  if (error.message === 'incorrect') return t('validation.incorrect');
  return error.message;
}

interface FieldErrorTarget {
  getValues: () => object;
  setFieldError: (path: string, error: string) => void;
}

/**
 * Puts the server's field errors under the matching inputs (several errors on one field are
 * joined). Returns true when every field error found its field.
 */
export function applyFieldErrors(form: FieldErrorTarget, error: unknown, t: TFunction): boolean {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return false;
  const fields = Object.keys(form.getValues());
  const messages = new Map<string, string[]>();
  let allMapped = true;
  for (const fieldError of error.fieldErrors) {
    if (!fields.includes(fieldError.field)) {
      allMapped = false;
      continue;
    }
    const list = messages.get(fieldError.field) ?? [];
    list.push(fieldErrorMessage(t, fieldError));
    messages.set(fieldError.field, list);
  }
  for (const [field, list] of messages) form.setFieldError(field, list.join(' · '));
  return allMapped;
}
