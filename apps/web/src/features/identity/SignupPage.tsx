import { Anchor, Button, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Country, PublicAccountType, SignupInput } from '../../app/api/types.ts';
import { COUNTRIES, isLocale } from '../../app/api/types.ts';
import { establishSession } from '../../app/auth/actions.ts';
import { applyFieldErrors } from '../../app/ui/form-errors.ts';
import { countryOptions, localeOptions } from '../../app/ui/options.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { isBlank, isEmail } from '../../app/ui/validators.ts';
import { currentLocale } from '../../i18n/index.ts';
import { AccountTypePicker } from './AccountTypePicker.tsx';
import { AuthCard } from './AuthCard.tsx';
import { identityApi } from './api.ts';
import { NewPasswordInput } from './PasswordRules.tsx';
import { isPasswordValid } from './password-policy.ts';

interface SignupValues {
  accountType: PublicAccountType | '';
  email: string;
  password: string;
  displayName: string;
  organisationName: string;
  country: Country;
  locale: string;
}

function isCountry(value: string): value is Country {
  return (COUNTRIES as readonly string[]).includes(value);
}

export function SignupPage() {
  const { t } = useTranslation();
  const form = useForm<SignupValues>({
    initialValues: {
      accountType: '',
      email: '',
      password: '',
      displayName: '',
      organisationName: '',
      country: 'FR',
      locale: currentLocale(),
    },
    validate: {
      accountType: (v) => (v === '' ? t('validation.accountType') : null),
      email: (v) => (isEmail(v) ? null : t('validation.email')),
      password: (v) => (isPasswordValid(v) ? null : t('validation.passwordPolicy')),
      displayName: (v) => (isBlank(v) ? t('validation.required') : null),
      organisationName: (v) => (isBlank(v) ? t('validation.required') : null),
    },
  });

  const signup = useMutation({
    mutationFn: (input: SignupInput) => identityApi.signup(input),
    onSuccess: establishSession,
    onError: (error) => applyFieldErrors(form, error, t),
  });

  function submit(values: SignupValues): void {
    if (values.accountType === '' || !isLocale(values.locale)) return;
    signup.mutate({
      accountType: values.accountType,
      email: values.email.trim(),
      password: values.password,
      displayName: values.displayName.trim(),
      organisationName: values.organisationName.trim(),
      country: values.country,
      locale: values.locale,
    });
  }

  return (
    <AuthCard
      size="md"
      title={t('auth.signup.title')}
      subtitle={t('auth.signup.subtitle')}
      footer={
        <Text size="sm" ta="center">
          {t('auth.signup.haveAccount')}{' '}
          <Anchor component={Link} to="/login">
            {t('auth.login.link')}
          </Anchor>
        </Text>
      }
    >
      <form noValidate onSubmit={form.onSubmit(submit)} data-testid="signup-form">
        <Stack gap="lg">
          <ProblemAlert error={signup.error} />
          <AccountTypePicker
            value={form.values.accountType}
            onChange={(v) => form.setFieldValue('accountType', v)}
            error={form.errors.accountType}
          />
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('auth.signup.accountSection')}
            </Title>
            <TextInput
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <NewPasswordInput
              label={t('fields.password')}
              rulesId="signup-password-rules"
              password={form.values.password}
              {...form.getInputProps('password')}
            />
            <TextInput
              label={t('fields.displayName')}
              autoComplete="name"
              required
              {...form.getInputProps('displayName')}
            />
          </Stack>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('auth.signup.organisationSection')}
            </Title>
            <TextInput
              label={t('fields.organisationName')}
              autoComplete="organization"
              required
              {...form.getInputProps('organisationName')}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <NativeSelect
                label={t('fields.country')}
                data={countryOptions(t)}
                value={form.values.country}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  if (isCountry(v)) form.setFieldValue('country', v);
                }}
              />
              <NativeSelect
                label={t('fields.language')}
                data={localeOptions(t)}
                {...form.getInputProps('locale')}
              />
            </SimpleGrid>
          </Stack>
          <Button type="submit" loading={signup.isPending} fullWidth size="md" data-testid="signup-submit">
            {t('auth.signup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
