import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { establishSession } from '../../app/auth/actions.ts';
import { applyFieldErrors } from '../../app/ui/form-errors.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { isEmail } from '../../app/ui/validators.ts';
import { AuthCard } from './AuthCard.tsx';
import { identityApi } from './api.ts';

function sessionExpired(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'reason' in state && state.reason === 'expired';
}

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (isEmail(v) ? null : t('validation.email')),
      password: (v) => (v.length === 0 ? t('validation.required') : null),
    },
  });
  const login = useMutation({
    mutationFn: (values: typeof form.values) => identityApi.login(values.email.trim(), values.password),
    // Setting the session is enough: RedirectIfAuthenticated then takes the user on.
    onSuccess: establishSession,
    onError: (error) => applyFieldErrors(form, error, t),
  });

  return (
    <AuthCard
      title={t('auth.login.title')}
      subtitle={t('auth.login.subtitle')}
      footer={
        <Text size="sm" ta="center">
          {t('auth.login.noAccount')}{' '}
          <Anchor component={Link} to="/signup">
            {t('auth.signup.link')}
          </Anchor>
        </Text>
      }
    >
      <form noValidate onSubmit={form.onSubmit((values) => login.mutate(values))} data-testid="login-form">
        <Stack>
          {sessionExpired(location.state) && (
            <Alert color="blue" data-testid="session-expired">
              {t('auth.login.sessionExpired')}
            </Alert>
          )}
          <ProblemAlert error={login.error} />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth.forgot.link')}
          </Anchor>
          <Button type="submit" loading={login.isPending} fullWidth data-testid="login-submit">
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
