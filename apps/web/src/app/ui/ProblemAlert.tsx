import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, isKnownErrorCode } from '../api/problem.ts';

/** Translated by `code`; a code the UI does not know yet shows the server's `detail`. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.codes.UNKNOWN');
  if (isKnownErrorCode(error.code)) return t(`errors.codes.${error.code}`);
  return error.detail ?? t('errors.codes.UNKNOWN');
}

interface ProblemAlertProps {
  error: unknown;
  /** Context-specific wording by code, already translated (e.g. NOT_FOUND when inviting someone). */
  messages?: Partial<Record<string, string>>;
}

export function ProblemAlert({ error, messages }: ProblemAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const specific = error instanceof ApiError ? messages?.[error.code] : undefined;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} data-testid="form-error" role="alert">
      {specific ?? problemMessage(t, error)}
    </Alert>
  );
}
