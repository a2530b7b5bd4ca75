import { Anchor, Badge, Group, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api/problem.ts';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { NotFoundPage } from '../../app/layout/NotFoundPage.tsx';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { catalogueApi, catalogueKeys } from './api.ts';
import { useFieldLabel } from './DetailFields.tsx';
import { isProfileKind } from './kinds.ts';
import { ProfileForm, type ProfileValues } from './ProfileForm.tsx';
import { PublishButton } from './PublishButton.tsx';
import { errorsByPath, NEW_DETAILS, prune, renderedPaths, setPath } from './profile-fields.ts';
import type { Profile, ProfileKind } from './types.ts';

function toValues(p: Profile): ProfileValues {
  return {
    name: p.name,
    description: p.description ?? '',
    country: p.country,
    region: p.region ?? '',
    departement: p.departement ?? '',
    city: p.city ?? '',
    postcode: p.postcode ?? '',
    latitude: p.latitude,
    longitude: p.longitude,
    genres: p.genres,
    languages: p.languages,
    mediaLinks: p.mediaLinks,
    details: p.details,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function body(values: ProfileValues) {
  return {
    name: values.name.trim(),
    description: orNull(values.description),
    country: values.country,
    region: orNull(values.region),
    departement: orNull(values.departement),
    city: orNull(values.city),
    postcode: orNull(values.postcode),
    ...(values.latitude === null || values.longitude === null
      ? {}
      : { latitude: values.latitude, longitude: values.longitude }),
    genres: values.genres,
    languages: values.languages,
    mediaLinks: values.mediaLinks.filter((l) => l.label.trim() || l.url.trim()),
    details: prune(values.details) ?? {},
  };
}

function Editor({
  kind,
  initial,
  profile,
}: {
  kind: ProfileKind;
  initial: ProfileValues;
  profile: Profile | null;
}) {
  const { t } = useTranslation('catalogue');
  const { currentOrg } = useAuthenticatedSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const label = useFieldLabel();
  const save = useMutation({
    mutationFn: async (v: ProfileValues) => {
      if (profile) return catalogueApi.updateProfile(profile.id, body(v));
      return catalogueApi.createProfile({ ...body(v), organisationId: currentOrg?.id, kind });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(catalogueKeys.profile(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['catalogue', 'org'] });
      notifications.show({ color: 'teal', message: t('form.saved', { percent: saved.completion.percent }) });
      setValues(toValues(saved));
      if (!profile) navigate(`/app/catalogue/profiles/${saved.id}/edit`, { replace: true });
    },
  });
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : [];
  const errors = errorsByPath(fieldErrors);
  const placed = renderedPaths(kind, values);
  const unplaced = fieldErrors.filter((e) => !placed.has(e.field));
  // save and rider uploads both write the query cache, so the stored profile is always current
  const current = profile;

  return (
    <Stack gap="md" maw={860}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Text size="sm" c="dimmed">
            {t(`kind.${kind}`)}
          </Text>
          <Title order={1} size="h2">
            {profile ? values.name || profile.name : t('form.newTitle', { kind: t(`kind.${kind}`) })}
          </Title>
        </div>
        {current && (
          <Group gap="xs">
            <Badge color={current.status === 'published' ? 'teal.9' : 'gray.7'} data-testid="profile-status">
              {t(`status.${current.status}`)}
            </Badge>
            <PublishButton profile={current} />
          </Group>
        )}
      </Group>
      {current && (
        <Stack gap={4} data-testid="completion">
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {t('completion.label', { percent: current.completion.percent })}
            </Text>
            <Group gap="sm">
              <Anchor component={Link} to={`/app/catalogue/profiles/${current.id}`} size="sm">
                {t('actions.view')}
              </Anchor>
              <Anchor component={Link} to={`/app/catalogue/profiles/${current.id}/availability`} size="sm">
                {t('actions.availability')}
              </Anchor>
            </Group>
          </Group>
          <Progress
            value={current.completion.percent}
            aria-label={t('completion.label', { percent: current.completion.percent })}
          />
          {current.completion.missing.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('completion.missing', { fields: current.completion.missing.map(label).join(', ') })}
            </Text>
          )}
        </Stack>
      )}
      {!(save.error instanceof ApiError && save.error.fieldErrors.length > 0) && (
        <ProblemAlert error={save.error} />
      )}
      <ProfileForm
        kind={kind}
        values={values}
        errors={errors}
        unplaced={unplaced}
        saving={save.isPending}
        submitLabel={profile ? t('form.save') : t('form.create')}
        onChange={(path, value) => setValues((v) => setPath(v, path, value))}
        onSubmit={() => save.mutate(values)}
        profileId={profile?.id ?? null}
      />
    </Stack>
  );
}

export function ProfileEditPage() {
  const { t } = useTranslation('catalogue');
  const { profileId } = useParams();
  usePageTitle(t('form.editTitle'));
  const profile = useQuery({
    queryKey: catalogueKeys.profile(profileId ?? ''),
    queryFn: ({ signal }) => catalogueApi.getProfile(profileId ?? '', signal),
    enabled: Boolean(profileId),
  });
  if (profile.error) return <ProblemAlert error={profile.error} />;
  if (!profile.data) return <Skeleton height={400} />;
  return (
    <Editor
      key={profile.data.id}
      kind={profile.data.kind}
      initial={toValues(profile.data)}
      profile={profile.data}
    />
  );
}

export function ProfileCreatePage() {
  const { t } = useTranslation('catalogue');
  const { kind } = useParams();
  const { currentOrg } = useAuthenticatedSession();
  usePageTitle(t('form.editTitle'));
  if (!kind || !isProfileKind(kind) || !currentOrg) return <NotFoundPage />;
  const initial: ProfileValues = {
    name: '',
    description: '',
    country: currentOrg.country,
    region: '',
    departement: '',
    city: '',
    postcode: '',
    latitude: null,
    longitude: null,
    genres: [],
    languages: [],
    mediaLinks: [],
    details: NEW_DETAILS[kind],
  };
  return <Editor key={kind} kind={kind} initial={initial} profile={null} />;
}
