import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/problem.ts';

/** Municipal refusals carry a precise legal reason from the server (in French): show it. */
export function MunicipalProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('municipal');
  if (!error) return null;
  const detail = error instanceof ApiError ? error.detail : undefined;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" data-testid="municipal-error">
      {detail ?? t('errors.unknown')}
    </Alert>
  );
}
