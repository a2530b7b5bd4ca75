import { Button, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../app/ui/form-errors.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { identityApi } from '../identity/api.ts';
import { NewPasswordInput } from '../identity/PasswordRules.tsx';
import { isPasswordValid } from '../identity/password-policy.ts';

export function PasswordSettings() {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmation: '' },
    validate: {
      currentPassword: (v) => (v.length === 0 ? t('validation.required') : null),
      newPassword: (v) => (isPasswordValid(v) ? null : t('validation.passwordPolicy')),
      confirmation: (v, values) => (v === values.newPassword ? null : t('validation.passwordMismatch')),
    },
  });
  const change = useMutation({
    mutationFn: (v: typeof form.values) => identityApi.changePassword(v.currentPassword, v.newPassword),
    onSuccess: () => {
      form.reset();
      notifications.show({ color: 'teal', message: t('settings.security.changed') });
    },
    onError: (error) => applyFieldErrors(form, error, t),
  });

  return (
    <Paper withBorder p="md" radius="md" maw={560}>
      <form noValidate data-testid="password-form" onSubmit={form.onSubmit((v) => change.mutate(v))}>
        <Stack>
          <Text size="sm">{t('settings.security.intro')}</Text>
          <ProblemAlert error={change.error} />
          <PasswordInput
            label={t('fields.currentPassword')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <NewPasswordInput
            label={t('fields.newPassword')}
            rulesId="change-password-rules"
            password={form.values.newPassword}
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('fields.confirmPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirmation')}
          />
          <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('settings.security.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
