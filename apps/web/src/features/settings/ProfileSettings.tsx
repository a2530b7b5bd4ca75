import { Button, NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '../../app/api/types.ts';
import { sessionStore } from '../../app/auth/session-store.ts';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { applyFieldErrors } from '../../app/ui/form-errors.ts';
import { localeOptions } from '../../app/ui/options.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { isBlank } from '../../app/ui/validators.ts';
import { identityApi } from '../identity/api.ts';

export function ProfileSettings() {
  const { t, i18n } = useTranslation();
  const { user } = useAuthenticatedSession();
  // locale is kept as a plain string because the select hands back strings; it is checked on submit.
  const form = useForm<{ displayName: string; locale: string }>({
    initialValues: { displayName: user.displayName, locale: user.locale },
    validate: { displayName: (v) => (isBlank(v) ? t('validation.required') : null) },
  });
  // The header's language switcher also updates the profile: follow it while nothing is being edited.
  // biome-ignore lint/correctness/useExhaustiveDependencies: form is a new object each render; only the user's values matter.
  useEffect(() => {
    if (form.isDirty()) return;
    const next = { displayName: user.displayName, locale: user.locale };
    form.setValues(next);
    form.resetDirty(next);
  }, [user.displayName, user.locale]);
  const save = useMutation({
    mutationFn: (patch: { displayName: string; locale: Locale }) => identityApi.updateMe(patch),
    onSuccess: async (me) => {
      sessionStore.setMe(me);
      if (i18n.language !== me.user.locale) await i18n.changeLanguage(me.user.locale);
      form.resetDirty();
      notifications.show({ color: 'teal', message: t('settings.saved') });
    },
    onError: (error) => applyFieldErrors(form, error, t),
  });

  return (
    <Paper withBorder p="md" radius="md" maw={560}>
      <form
        noValidate
        data-testid="profile-form"
        onSubmit={form.onSubmit((v) => {
          if (isLocale(v.locale)) save.mutate({ displayName: v.displayName.trim(), locale: v.locale });
        })}
      >
        <Stack>
          <ProblemAlert error={save.error} />
          <TextInput
            label={t('fields.email')}
            value={user.email}
            readOnly
            description={t('settings.profile.emailHelp')}
          />
          <TextInput
            label={t('fields.displayName')}
            autoComplete="name"
            required
            {...form.getInputProps('displayName')}
          />
          <NativeSelect
            label={t('fields.language')}
            data={localeOptions(t)}
            {...form.getInputProps('locale')}
          />
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
