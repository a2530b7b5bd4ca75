import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Paper,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { FlowMap } from '../../app/map/index.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { catalogueApi, catalogueKeys } from './api.ts';
import { useFieldLabel } from './DetailFields.tsx';
import { formatMoney } from './format.ts';
import { categoryLabel, genreLabels, languageName } from './labels.ts';
import { PublishButton } from './PublishButton.tsx';
import { DETAIL_SECTIONS, type FieldSpec, getPath } from './profile-fields.ts';
import { isRiderFile, RiderDownload } from './RiderFileField.tsx';
import type { Profile } from './types.ts';

function useFormatValue(genreName: ReadonlyMap<string, string>) {
  const { t, i18n } = useTranslation('catalogue');
  return (field: FieldSpec, value: unknown, currency: string): string | null => {
    if (value === undefined || value === null || value === '') return null;
    if (Array.isArray(value)) {
      if (value.length === 0) return null;
      const name = (v: unknown) =>
        field.type === 'genres'
          ? (genreName.get(String(v)) ?? String(v))
          : field.type === 'tags'
            ? String(v)
            : categoryLabel(t, String(v));
      return value.map(name).join(', ');
    }
    switch (field.type) {
      case 'money':
        return typeof value === 'number' ? formatMoney(value, currency, i18n.language) : null;
      case 'minutes':
        return typeof value === 'number' ? `${Math.round(value / 60)} min` : null;
      case 'boolean':
        return t(value === true ? 'view.yes' : 'view.no');
      case 'select':
        return typeof value === 'string' ? categoryLabel(t, value) : String(value);
      case 'number':
      case 'decimal':
        return typeof value === 'number' ? value.toLocaleString(i18n.language) : null;
      default:
        return typeof value === 'string' ? value : null;
    }
  };
}

/** One fact of the profile page: text lines, or a control (rider download). */
interface FactRow {
  path: string;
  text: string[];
  node?: ReactNode;
}

function Facts({ profile, genreName }: { profile: Profile; genreName: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('catalogue');
  const label = useFieldLabel();
  const format = useFormatValue(genreName);
  const values = { details: profile.details };
  return (
    <>
      {DETAIL_SECTIONS[profile.kind].map((section) => {
        const rows = section.fields.flatMap((field): FactRow[] => {
          const path = `details.${field.path}`;
          const value = getPath(values, path);
          const currency = String(getPath(values, path.replace(/[^.]+$/, 'currency')) ?? 'EUR');
          if (field.type === 'riderFile') {
            if (!isRiderFile(value)) return [];
            const node = <RiderDownload key={path} profileId={profile.id} rider={field.rider} file={value} />;
            return [{ path, text: [], node }];
          }
          if (field.type === 'list') {
            const items = Array.isArray(value) ? value : [];
            if (items.length === 0) return [];
            const lines = items.map(
              (item, i) =>
                field.fields
                  .filter((sub) => sub.path !== 'currency')
                  .map((sub) =>
                    format(sub, getPath(item, sub.path), String(getPath(item, 'currency') ?? 'EUR')),
                  )
                  .filter(Boolean)
                  .join(' · ') || `#${i + 1}`,
            );
            return [{ path, text: lines }];
          }
          const text = format(field, value, currency);
          return text === null || field.path.endsWith('currency') ? [] : [{ path, text: [text] }];
        });
        if (rows.length === 0) return null;
        return (
          <Paper
            key={section.id}
            withBorder
            p="md"
            component="section"
            aria-labelledby={`view-${section.id}`}
          >
            <Title order={2} size="h4" id={`view-${section.id}`} mb="xs">
              {t(`form.sections.${section.id}` as 'form.sections.act')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" style={{ margin: 0 }}>
              {rows.map((row) => (
                <div key={row.path}>
                  <Text component="dt" size="xs" c="dimmed">
                    {label(row.path)}
                  </Text>
                  <Text component="dd" size="sm" m={0}>
                    {row.node ? (
                      row.node
                    ) : row.text.length === 1 ? (
                      row.text[0]
                    ) : (
                      <List size="sm">
                        {row.text.map((line) => (
                          <List.Item key={line}>{line}</List.Item>
                        ))}
                      </List>
                    )}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
          </Paper>
        );
      })}
    </>
  );
}

export function ProfilePage() {
  const { t, i18n } = useTranslation('catalogue');
  const { profileId = '' } = useParams();
  const { organisations } = useAuthenticatedSession();
  const profile = useQuery({
    queryKey: catalogueKeys.profile(profileId),
    queryFn: ({ signal }) => catalogueApi.getProfile(profileId, signal),
  });
  const genres = useQuery({
    queryKey: catalogueKeys.genres,
    queryFn: catalogueApi.genres,
    staleTime: Infinity,
  });
  const genreName = useMemo(
    () => genreLabels(genres.data?.items ?? [], i18n.language),
    [genres.data, i18n.language],
  );
  usePageTitle(profile.data?.name ?? t('view.title'));
  if (profile.error) return <ProblemAlert error={profile.error} />;
  const p = profile.data;
  if (!p) return <Skeleton height={400} />;
  const mine = organisations.some((o) => o.id === p.organisationId);

  return (
    <Stack gap="md" data-testid="profile-page">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Text size="sm" c="dimmed">
            {t(`kind.${p.kind}`)} ·{' '}
            {[p.city, p.departement && `(${p.departement})`, p.country].filter(Boolean).join(' ')}
          </Text>
          <Title order={1} size="h2">
            {p.name}
          </Title>
          <Group gap="xs" mt={4}>
            {p.verification === 'verified' && <Badge color="teal.9">{t('results.verified')}</Badge>}
            {p.rating.average !== null ? (
              <Badge color="gray.8" variant="outline">
                ★{' '}
                {t('results.rating', {
                  rating: p.rating.average.toLocaleString(i18n.language, { maximumFractionDigits: 1 }),
                  count: p.rating.count,
                })}
              </Badge>
            ) : (
              <Badge color="gray.8" variant="outline">
                {t('results.noRating')}
              </Badge>
            )}
            {mine && (
              <Badge color={p.status === 'published' ? 'teal.9' : 'gray.7'}>{t(`status.${p.status}`)}</Badge>
            )}
          </Group>
        </div>
        {mine && (
          <Group gap="xs">
            <Button component={Link} to="edit" variant="light" data-testid="profile-edit">
              {t('actions.edit')}
            </Button>
            <Button component={Link} to="availability" variant="light">
              {t('actions.availability')}
            </Button>
            <PublishButton profile={p} />
          </Group>
        )}
      </Group>
      {mine && (
        <Stack gap={4}>
          <Text size="sm">{t('completion.label', { percent: p.completion.percent })}</Text>
          <Progress
            value={p.completion.percent}
            aria-label={t('completion.label', { percent: p.completion.percent })}
          />
        </Stack>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {p.description && (
              <Text style={{ whiteSpace: 'pre-line' }} data-testid="profile-description">
                {p.description}
              </Text>
            )}
            {(p.genres.length > 0 || p.languages.length > 0) && (
              <Group gap={6}>
                {p.genres.map((g) => (
                  <Badge key={g} variant="outline" color="gray.7">
                    {genreName.get(g) ?? g}
                  </Badge>
                ))}
                {p.languages.map((l) => (
                  <Badge key={l} variant="outline" color="blue.9">
                    {languageName(l, i18n.language)}
                  </Badge>
                ))}
              </Group>
            )}
            <Facts profile={p} genreName={genreName} />
            {p.mediaLinks.length > 0 && (
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="xs">
                  {t('form.sections.media')}
                </Title>
                <List>
                  {p.mediaLinks.map((m) => (
                    <List.Item key={m.url}>
                      <Anchor href={m.url} target="_blank" rel="noreferrer noopener">
                        {m.label}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <FlowMap
            markers={[{ id: p.id, latitude: p.latitude, longitude: p.longitude, label: p.name }]}
            label={t('view.mapLabel', { name: p.name })}
            offlineNotice={t('results.offlineMap')}
            height={300}
            testId="profile-map"
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
