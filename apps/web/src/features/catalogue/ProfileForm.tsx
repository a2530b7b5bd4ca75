import {
  ActionIcon,
  Alert,
  Button,
  Group,
  List,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailFields, useFieldLabel, useGenreOptions } from './DetailFields.tsx';
import { languageName } from './labels.ts';
import { DETAIL_SECTIONS } from './profile-fields.ts';
import { TownSelect } from './TownSelect.tsx';
import type { Country, ProfileKind } from './types.ts';

export interface ProfileValues {
  name: string;
  description: string;
  country: Country;
  region: string;
  departement: string;
  city: string;
  postcode: string;
  latitude: number | null;
  longitude: number | null;
  genres: string[];
  languages: string[];
  mediaLinks: { label: string; url: string }[];
  details: Record<string, unknown>;
}

const LANGUAGES = ['fr', 'en', 'nl', 'de', 'lb', 'it', 'es', 'pt', 'ar', 'oc', 'br', 'eu', 'ca'];

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={`section-${id}`}
      data-testid={`section-${id}`}
    >
      <Title order={2} size="h4" id={`section-${id}`} mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

interface Props {
  kind: ProfileKind;
  values: ProfileValues;
  errors: Record<string, string>;
  onChange: (path: string, value: unknown) => void;
  onSubmit: () => void;
  saving: boolean;
  submitLabel: string;
  /** Errors of paths no input shows (cross-field rules), listed above the form. */
  unplaced: { field: string; message: string }[];
  /** The stored profile, null while creating. */
  profileId: string | null;
}

export function ProfileForm({
  kind,
  values,
  errors,
  onChange,
  onSubmit,
  saving,
  submitLabel,
  unplaced,
  profileId,
}: Props) {
  const { t, i18n } = useTranslation('catalogue');
  const label = useFieldLabel();
  const locale = i18n.language;
  const genreData = useGenreOptions(locale);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate data-testid="profile-form">
      <Stack gap="md">
        {unplaced.length > 0 && (
          <Alert color="red" role="alert" title={t('form.fixErrors')} data-testid="form-errors">
            <List size="sm">
              {unplaced.map((e) => (
                <List.Item key={`${e.field}:${e.message}`}>
                  {label(e.field.replace(/^details\./, ''))} : {e.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Section id="identity" title={t('form.sections.identity')}>
          <TextInput
            label={t('labels.name')}
            required
            value={values.name}
            error={errors.name}
            onChange={(e) => onChange('name', e.currentTarget.value)}
            data-testid="field-name"
          />
          <Textarea
            label={t('labels.description')}
            description={t('form.descriptionHelp')}
            autosize
            minRows={4}
            value={values.description}
            error={errors.description}
            onChange={(e) => onChange('description', e.currentTarget.value)}
            data-testid="field-description"
          />
        </Section>
        <Section id="location" title={t('form.sections.location')}>
          <TownSelect
            label={t('labels.homeBase')}
            description={
              values.city
                ? t('form.homeBaseNow', {
                    city: values.city,
                    departement: values.departement || values.country,
                  })
                : t('form.homeBaseHelp')
            }
            value={values.city ? { id: -1, name: values.city } : null}
            onChange={(town) => {
              if (!town) return;
              onChange('city', town.name);
              onChange('country', town.country);
              onChange('departement', town.departement ?? '');
              onChange('region', town.region ?? '');
              onChange('latitude', town.latitude);
              onChange('longitude', town.longitude);
            }}
            testId="field-town"
          />
          {(errors.latitude || errors.city) && <Alert color="red">{errors.latitude ?? errors.city}</Alert>}
          <TextInput
            label={t('labels.postcode')}
            value={values.postcode}
            error={errors.postcode}
            onChange={(e) => onChange('postcode', e.currentTarget.value)}
            style={{ maxWidth: 200 }}
          />
        </Section>
        <Section id="style" title={t('form.sections.style')}>
          <MultiSelect
            label={t('labels.genres')}
            description={t('form.genresHelp')}
            data={genreData}
            searchable
            value={values.genres}
            error={errors.genres}
            onChange={(v) => onChange('genres', v)}
            maxValues={20}
            data-testid="field-genres"
            comboboxProps={{ withinPortal: true }}
          />
          <MultiSelect
            label={t('labels.languages')}
            data={LANGUAGES.map((l) => ({ value: l, label: languageName(l, locale) }))}
            searchable
            value={values.languages}
            error={errors.languages}
            onChange={(v) => onChange('languages', v)}
            data-testid="field-languages"
            comboboxProps={{ withinPortal: true }}
          />
        </Section>
        {DETAIL_SECTIONS[kind].map((section) => (
          <Section
            key={section.id}
            id={section.id}
            title={t(`form.sections.${section.id}` as 'form.sections.act')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DetailFields
                fields={section.fields.filter((f) => f.type !== 'list')}
                prefix="details"
                values={values as unknown as Record<string, unknown>}
                errors={errors}
                onChange={onChange}
                profileId={profileId}
              />
            </SimpleGrid>
            <DetailFields
              fields={section.fields.filter((f) => f.type === 'list')}
              prefix="details"
              values={values as unknown as Record<string, unknown>}
              errors={errors}
              onChange={onChange}
              profileId={profileId}
            />
          </Section>
        ))}
        <Section id="media" title={t('form.sections.media')}>
          {values.mediaLinks.map((link, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: links have no id; the index is their place in the list.
            <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
              <TextInput
                label={t('labels.mediaLabel')}
                value={link.label}
                error={errors[`mediaLinks.${i}.label`]}
                onChange={(e) => onChange(`mediaLinks.${i}.label`, e.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <TextInput
                label={t('labels.mediaUrl')}
                type="url"
                value={link.url}
                error={errors[`mediaLinks.${i}.url`]}
                onChange={(e) => onChange(`mediaLinks.${i}.url`, e.currentTarget.value)}
                style={{ flex: 2 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={4}
                aria-label={t('form.removeItem', { n: i + 1 })}
                onClick={() =>
                  onChange(
                    'mediaLinks',
                    values.mediaLinks.filter((_, j) => j !== i),
                  )
                }
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => onChange('mediaLinks', [...values.mediaLinks, { label: '', url: '' }])}
            style={{ alignSelf: 'flex-start' }}
            data-testid="add-media"
          >
            {t('form.addMedia')}
          </Button>
        </Section>
        <Group
          justify="flex-end"
          style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', padding: '8px 0' }}
        >
          <Button type="submit" loading={saving} data-testid="profile-save">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
