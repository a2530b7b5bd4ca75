import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { applyFieldErrors } from '../../app/ui/form-errors.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { isEmail } from '../../app/ui/validators.ts';
import { AuthCard } from './AuthCard.tsx';
import { identityApi } from './api.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (isEmail(v) ? null : t('validation.email')) },
  });
  const forgot = useMutation({
    mutationFn: (email: string) => identityApi.forgotPassword(email),
    onError: (error) => applyFieldErrors(form, error, t),
  });

  return (
    <AuthCard
      title={t('auth.forgot.title')}
      subtitle={t('auth.forgot.subtitle')}
      footer={
        <Text size="sm" ta="center">
          <Anchor component={Link} to="/login">
            {t('auth.forgot.backToLogin')}
          </Anchor>
        </Text>
      }
    >
      {forgot.isSuccess ? (
        // Same answer whether or not the account exists: the API never reveals it either.
        <Alert color="teal" title={t('auth.forgot.sentTitle')} data-testid="forgot-sent" role="status">
          {t('auth.forgot.sentBody', { email: form.values.email.trim() })}
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((v) => forgot.mutate(v.email.trim()))}
          data-testid="forgot-form"
        >
          <Stack>
            <ProblemAlert error={forgot.error} />
            <TextInput
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={forgot.isPending} fullWidth>
              {t('auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
