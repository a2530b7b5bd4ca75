import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { apiJson } from '../../app/api/client.ts';
import { catalogueApi, catalogueKeys } from './api.ts';
import { categoryLabel } from './labels.ts';
import { type FieldSpec, getPath } from './profile-fields.ts';
import { RiderFileField } from './RiderFileField.tsx';

interface Props {
  fields: readonly FieldSpec[];
  /** Dotted prefix of these fields in the form values ("details", "details.fees.0"). */
  prefix: string;
  values: Record<string, unknown>;
  errors: Record<string, string>;
  onChange: (path: string, value: unknown) => void;
  /** The stored profile (rider files attach to it); null while creating. */
  profileId?: string | null;
}

/** Label key of a path: numeric segments dropped, dots as underscores ("fees.0.minCents" → "fees_minCents"). */
export const labelKey = (path: string) =>
  path
    .split('.')
    .filter((s) => !/^\d+$/.test(s))
    .join('_');

export function useFieldLabel() {
  const { t } = useTranslation('catalogue');
  const labels = t('labels', { returnObjects: true }) as Record<string, string>; // flat object in every catalogue
  return (path: string) => labels[labelKey(path)] ?? labelKey(path);
}

function useEquipment() {
  return useQuery({
    queryKey: ['catalogue', 'equipment'],
    queryFn: () =>
      apiJson<{ items: { slug: string; label: string }[] }>('/api/v1/catalogue/equipment', { auth: false }),
    staleTime: Infinity,
  });
}

/** Genre taxonomy grouped by family, labelled in the user's language. */
export function useGenreOptions(locale: string) {
  const genres = useQuery({
    queryKey: catalogueKeys.genres,
    queryFn: catalogueApi.genres,
    staleTime: Infinity,
  });
  return useMemo(
    () =>
      (genres.data?.items ?? []).map((f) => ({
        group: locale === 'fr' ? f.fr : f.en,
        items: [f, ...f.children].map((g) => ({ value: g.slug, label: locale === 'fr' ? g.fr : g.en })),
      })),
    [genres.data, locale],
  );
}

export function DetailFields({ fields, prefix, values, errors, onChange, profileId = null }: Props) {
  const { t, i18n } = useTranslation('catalogue');
  const label = useFieldLabel();
  const equipment = useEquipment();
  const genres = useGenreOptions(i18n.language);
  const num = (v: string | number) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

  const render = (field: FieldSpec) => {
    const path = `${prefix}.${field.path}`;
    const value = getPath(values, path);
    const common = { label: label(path), error: errors[path], 'data-testid': `field-${labelKey(path)}` };
    const required = 'required' in field && field.required === true;
    switch (field.type) {
      case 'text':
      case 'url':
      case 'email':
        return (
          <TextInput
            key={path}
            {...common}
            type={field.type === 'text' ? 'text' : field.type}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(path, e.currentTarget.value)}
          />
        );
      case 'monthDay':
        return (
          <TextInput
            key={path}
            {...common}
            placeholder="MM-JJ"
            description={t('form.monthDayHelp')}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(path, e.currentTarget.value)}
          />
        );
      case 'date':
        return (
          <TextInput
            key={path}
            {...common}
            type="date"
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(path, e.currentTarget.value)}
          />
        );
      case 'textarea':
        return (
          <Textarea
            key={path}
            {...common}
            autosize
            minRows={3}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(path, e.currentTarget.value)}
          />
        );
      case 'number':
        return (
          <NumberInput
            key={path}
            {...common}
            required={required}
            min={0}
            allowDecimal={false}
            value={typeof value === 'number' ? value : ''}
            onChange={(v) => onChange(path, num(v))}
          />
        );
      case 'decimal':
        return (
          <NumberInput
            key={path}
            {...common}
            min={0}
            decimalScale={2}
            value={typeof value === 'number' ? value : ''}
            onChange={(v) => onChange(path, num(v))}
          />
        );
      case 'money': {
        // Stored in cents, typed in whole currency units.
        const currency = getPath(values, path.replace(/[^.]+$/, 'currency'));
        return (
          <NumberInput
            key={path}
            {...common}
            required={required}
            min={0}
            step={100}
            thousandSeparator=" "
            suffix={` ${typeof currency === 'string' ? currency : 'EUR'}`}
            value={typeof value === 'number' ? value / 100 : ''}
            onChange={(v) => {
              const n = num(v);
              onChange(path, n === null ? null : Math.round(n * 100));
            }}
          />
        );
      }
      case 'minutes':
        return (
          <NumberInput
            key={path}
            {...common}
            required={required}
            min={0}
            suffix=" min"
            value={typeof value === 'number' ? value / 60 : ''}
            onChange={(v) => {
              const n = num(v);
              onChange(path, n === null ? null : Math.round(n * 60));
            }}
          />
        );
      case 'select':
        return (
          <NativeSelect
            key={path}
            {...common}
            required={required}
            data={[
              { value: '', label: '—' },
              ...field.options.map((o) => ({
                value: String(o),
                label: typeof o === 'number' ? String(o) : categoryLabel(t, o),
              })),
            ]}
            value={value === undefined || value === null ? '' : String(value)}
            onChange={(e) => {
              const raw = e.currentTarget.value;
              const option = field.options.find((o) => String(o) === raw);
              onChange(path, option ?? null);
            }}
          />
        );
      case 'multiselect':
        return (
          <MultiSelect
            key={path}
            {...common}
            required={required}
            data={field.options.map((o) => ({ value: String(o), label: categoryLabel(t, String(o)) }))}
            value={Array.isArray(value) ? value.map(String) : []}
            onChange={(v) => onChange(path, v)}
            comboboxProps={{ withinPortal: true }}
          />
        );
      case 'equipment':
        return (
          <MultiSelect
            key={path}
            {...common}
            searchable
            data={(equipment.data?.items ?? []).map((e) => ({ value: e.slug, label: e.label }))}
            value={Array.isArray(value) ? value.map(String) : []}
            onChange={(v) => onChange(path, v)}
            comboboxProps={{ withinPortal: true }}
          />
        );
      case 'genres':
        return (
          <MultiSelect
            key={path}
            {...common}
            searchable
            data={genres}
            value={Array.isArray(value) ? value.map(String) : []}
            onChange={(v) => onChange(path, v)}
            maxValues={10}
            comboboxProps={{ withinPortal: true }}
          />
        );
      case 'riderFile':
        return (
          <RiderFileField
            key={path}
            profileId={profileId}
            rider={field.rider}
            label={common.label}
            value={value}
            onChange={(file) => onChange(path, file)}
            testId={common['data-testid']}
          />
        );
      case 'tags':
        return (
          <TagsInput
            key={path}
            {...common}
            description={t('form.tagsHelp')}
            value={Array.isArray(value) ? value.map(String) : []}
            onChange={(v) => onChange(path, v)}
          />
        );
      case 'boolean':
        return (
          <Checkbox
            key={path}
            label={common.label}
            error={common.error}
            data-testid={common['data-testid']}
            checked={value === true}
            onChange={(e) => onChange(path, e.currentTarget.checked)}
            mt="xs"
          />
        );
      case 'list': {
        const items = Array.isArray(value) ? value : [];
        return (
          <Fieldset key={path} legend={label(path)} variant="unstyled" data-testid={common['data-testid']}>
            <Stack gap="xs">
              {common.error && (
                <div style={{ color: 'var(--mantine-color-error)', fontSize: 14 }}>{common.error}</div>
              )}
              {items.map((_, i) => (
                // Items have no identity of their own: the index is their key in the document.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                <Paper key={i} withBorder p="sm">
                  <Group justify="space-between" mb={4}>
                    <strong>{t('form.item', { n: i + 1 })}</strong>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('form.removeItem', { n: i + 1 })}
                      onClick={() =>
                        onChange(
                          path,
                          items.filter((__, j) => j !== i),
                        )
                      }
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <DetailFields
                      fields={field.fields}
                      prefix={`${path}.${i}`}
                      values={values}
                      errors={errors}
                      onChange={onChange}
                      profileId={profileId}
                    />
                  </SimpleGrid>
                </Paper>
              ))}
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => onChange(path, [...items, { ...field.empty }])}
                h="auto"
                py={6}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
              >
                {t('form.addItem', { what: label(path) })}
              </Button>
            </Stack>
          </Fieldset>
        );
      }
    }
  };
  return <>{fields.map(render)}</>;
}
