import {
  Alert,
  Button,
  Fieldset,
  NativeSelect,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COUNTRIES, type Country, type Organisation } from '../../app/api/types.ts';
import { sessionStore } from '../../app/auth/session-store.ts';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { applyFieldErrors } from '../../app/ui/form-errors.ts';
import { countryOptions } from '../../app/ui/options.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { identityApi } from '../identity/api.ts';
import { organisationQueryKey, settingsApi } from './api.ts';
import { checkOrganisation, type OrganisationValues, toPatch, toValues } from './organisation-form.ts';

function isCountry(value: string): value is Country {
  return (COUNTRIES as readonly string[]).includes(value);
}

function OrganisationForm({ organisation, canEdit }: { organisation: Organisation; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<OrganisationValues>({
    initialValues: toValues(organisation),
    validate: (values) => {
      const problems = checkOrganisation(values);
      return Object.fromEntries(
        Object.entries(problems).map(([field, problem]) => [
          field,
          t(`settings.organisation.invalid.${problem}`),
        ]),
      );
    },
  });
  const save = useMutation({
    mutationFn: (values: OrganisationValues) =>
      settingsApi.updateOrganisation(organisation.id, toPatch(values)),
    onSuccess: async (updated) => {
      queryClient.setQueryData(organisationQueryKey(updated.id), updated);
      // Show what the API stored (identifiers come back compacted), and count it as the new baseline.
      form.setValues(toValues(updated));
      form.resetDirty(toValues(updated));
      notifications.show({ color: 'teal', message: t('settings.saved') });
      // The name and country also appear in the memberships (navbar, switcher): reload them.
      sessionStore.setMe(await identityApi.getMe());
      await queryClient.invalidateQueries({ queryKey: ['organisations', updated.id, 'dashboard'] });
    },
    onError: (error) => applyFieldErrors(form, error, t),
  });
  const input = (field: keyof OrganisationValues) => form.getInputProps(field);

  return (
    <form noValidate data-testid="organisation-form" onSubmit={form.onSubmit((v) => save.mutate(v))}>
      <Stack>
        {!canEdit && <Alert color="blue">{t('settings.organisation.readOnly')}</Alert>}
        <ProblemAlert error={save.error} />
        <Fieldset disabled={!canEdit} variant="unstyled">
          <Stack>
            <TextInput label={t('fields.organisationName')} required {...input('name')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('fields.country')}
                data={countryOptions(t)}
                value={form.values.country}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  if (isCountry(v)) form.setFieldValue('country', v);
                }}
              />
              <TextInput label={t('fields.city')} autoComplete="address-level2" {...input('city')} />
              <TextInput
                label={t('fields.siret')}
                description={t('settings.organisation.siretHelp')}
                inputMode="numeric"
                {...input('siret')}
              />
              <TextInput
                label={t('fields.vatNumber')}
                description={t('settings.organisation.vatHelp')}
                {...input('vatNumber')}
              />
              <TextInput
                label={t('fields.licenceNumber')}
                description={t('settings.organisation.licenceHelp')}
                {...input('licenceNumber')}
              />
              <TextInput label={t('fields.phone')} type="tel" autoComplete="tel" {...input('phone')} />
            </SimpleGrid>
            <TextInput
              label={t('fields.website')}
              type="url"
              autoComplete="url"
              placeholder="https://"
              {...input('website')}
            />
            <Textarea
              label={t('fields.description')}
              autosize
              minRows={3}
              maxRows={10}
              {...input('description')}
            />
          </Stack>
        </Fieldset>
        {canEdit && (
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('common.save')}
          </Button>
        )}
      </Stack>
    </form>
  );
}

export function OrganisationSettings() {
  const { t } = useTranslation();
  const { currentOrg } = useAuthenticatedSession();
  const orgId = currentOrg?.id ?? '';
  const query = useQuery({
    queryKey: organisationQueryKey(orgId),
    queryFn: ({ signal }) => settingsApi.getOrganisation(orgId, signal),
    enabled: orgId !== '',
  });
  const canEdit = currentOrg?.role === 'owner' || currentOrg?.role === 'admin';

  return (
    <Paper withBorder p="md" radius="md" maw={760}>
      {query.isPending && <Skeleton h={320} aria-label={t('common.loading')} />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.data && <OrganisationForm key={query.data.id} organisation={query.data} canEdit={canEdit} />}
    </Paper>
  );
}
