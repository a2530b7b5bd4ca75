import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { applyFieldErrors } from '../../app/ui/form-errors.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { AuthCard } from './AuthCard.tsx';
import { identityApi } from './api.ts';
import { NewPasswordInput } from './PasswordRules.tsx';
import { isPasswordValid } from './password-policy.ts';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useForm({
    initialValues: { password: '', confirmation: '' },
    validate: {
      password: (v) => (isPasswordValid(v) ? null : t('validation.passwordPolicy')),
      confirmation: (v, values) => (v === values.password ? null : t('validation.passwordMismatch')),
    },
  });
  const reset = useMutation({
    mutationFn: (password: string) => identityApi.resetPassword(token, password),
    onError: (error) => applyFieldErrors(form, error, t),
  });

  if (token === '') {
    return (
      <AuthCard title={t('auth.reset.title')}>
        <Stack>
          <Alert color="red" data-testid="reset-missing-token">
            {t('auth.reset.missingToken')}
          </Alert>
          <Anchor component={Link} to="/forgot-password">
            {t('auth.reset.requestNew')}
          </Anchor>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('auth.reset.title')} subtitle={t('auth.reset.subtitle')}>
      {reset.isSuccess ? (
        <Stack>
          <Alert color="teal" data-testid="reset-done" role="status">
            {t('auth.reset.done')}
          </Alert>
          <Button component={Link} to="/login">
            {t('auth.login.submit')}
          </Button>
        </Stack>
      ) : (
        <form noValidate onSubmit={form.onSubmit((v) => reset.mutate(v.password))} data-testid="reset-form">
          <Stack>
            <ProblemAlert error={reset.error} />
            <NewPasswordInput
              label={t('fields.newPassword')}
              rulesId="reset-password-rules"
              password={form.values.password}
              {...form.getInputProps('password')}
            />
            <PasswordInput
              label={t('fields.confirmPassword')}
              autoComplete="new-password"
              required
              {...form.getInputProps('confirmation')}
            />
            <Button type="submit" loading={reset.isPending} fullWidth>
              {t('auth.reset.submit')}
            </Button>
            {reset.isError && (
              <Anchor component={Link} to="/forgot-password" size="sm">
                {t('auth.reset.requestNew')}
              </Anchor>
            )}
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
