import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Stack,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILTERS_OF } from './kinds.ts';
import { categoryLabel, languageName } from './labels.ts';
import { EMPTY_FILTERS, type SearchFilters as Filters, SORTS } from './search-params.ts';
import { TownSelect } from './TownSelect.tsx';
import type { FacetCount, GenreFamily, ProfileKind, SearchResult } from './types.ts';

interface Props {
  kind: ProfileKind;
  value: Filters;
  facets: SearchResult['facets'];
  genres: readonly GenreFamily[];
  onApply: (filters: Filters) => void;
}

const withCount = (label: string, facet: FacetCount[] | undefined, value: string) => {
  const n = facet?.find((f) => f.value === value)?.count;
  return n === undefined ? label : `${label} (${n})`;
};

function FacetChecks({
  label,
  values,
  selected,
  facet,
  name,
  onChange,
  testId,
}: {
  label: string;
  values: string[];
  selected: string[];
  facet: FacetCount[] | undefined;
  name: (v: string) => string;
  onChange: (next: string[]) => void;
  testId: string;
}) {
  if (values.length === 0) return null;
  return (
    <Checkbox.Group label={label} value={selected} onChange={onChange} data-testid={testId}>
      <Stack gap={6} mt={6}>
        {values.map((v) => (
          <Checkbox key={v} value={v} label={withCount(name(v), facet, v)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** Values with counts first (most frequent), then selected ones the facets no longer list. */
const facetValues = (facet: FacetCount[] | undefined, selected: string[]) => [
  ...new Set([...(facet ?? []).map((f) => f.value), ...selected]),
];

export function SearchFilters({ kind, value, facets, genres, onApply }: Props) {
  const { t, i18n } = useTranslation('catalogue');
  const { t: tc } = useTranslation();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const set = <K extends keyof Filters>(key: K, v: Filters[K]) => setDraft((d) => ({ ...d, [key]: v }));
  const applies = FILTERS_OF[kind];
  const num = (v: string | number) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const locale = i18n.language;

  const genreData = genres.map((f) => ({
    group: locale === 'fr' ? f.fr : f.en,
    items: [f, ...f.children].map((g) => ({
      value: g.slug,
      label: withCount(
        g === f
          ? `${locale === 'fr' ? g.fr : g.en} (${t('filters.allOfFamily')})`
          : locale === 'fr'
            ? g.fr
            : g.en,
        facets?.genre,
        g.slug,
      ),
    })),
  }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };

  return (
    <form onSubmit={submit} data-testid="search-filters" noValidate>
      <Stack gap="md">
        <TextInput
          label={t('filters.q')}
          placeholder={t('filters.qPlaceholder')}
          value={draft.q}
          onChange={(e) => set('q', e.currentTarget.value)}
          data-testid="filter-q"
        />
        <TownSelect
          label={t('filters.town')}
          value={draft.townId === null ? null : { id: draft.townId, name: draft.townName }}
          onChange={(town) =>
            setDraft((d) => ({ ...d, townId: town?.id ?? null, townName: town?.name ?? '' }))
          }
          testId="filter-town"
        />
        <NumberInput
          label={t('filters.radius')}
          min={1}
          max={1500}
          step={10}
          suffix=" km"
          value={draft.radiusKm}
          disabled={draft.townId === null}
          onChange={(v) => set('radiusKm', num(v) ?? 100)}
          data-testid="filter-radius"
        />
        {applies.capacity && (
          <Group grow align="flex-start" gap="xs">
            <NumberInput
              label={t('filters.capacityMin')}
              min={0}
              step={50}
              value={draft.capacityMin ?? ''}
              onChange={(v) => set('capacityMin', num(v))}
              data-testid="filter-capacity-min"
            />
            <NumberInput
              label={t('filters.capacityMax')}
              min={0}
              step={50}
              value={draft.capacityMax ?? ''}
              onChange={(v) => set('capacityMax', num(v))}
              data-testid="filter-capacity-max"
            />
          </Group>
        )}
        {applies.price && (
          <Group grow align="flex-start" gap="xs">
            <NumberInput
              label={t(
                kind === 'artist' ||
                  kind === 'technician' ||
                  kind === 'street_arts_company' ||
                  kind === 'service_provider'
                  ? 'filters.feeMin'
                  : 'filters.budgetMin',
              )}
              min={0}
              step={100}
              value={draft.budgetMin ?? ''}
              onChange={(v) => set('budgetMin', num(v))}
              data-testid="filter-budget-min"
            />
            <NumberInput
              label={t(
                kind === 'artist' ||
                  kind === 'technician' ||
                  kind === 'street_arts_company' ||
                  kind === 'service_provider'
                  ? 'filters.feeMax'
                  : 'filters.budgetMax',
              )}
              min={0}
              step={100}
              value={draft.budgetMax ?? ''}
              onChange={(v) => set('budgetMax', num(v))}
              data-testid="filter-budget-max"
            />
          </Group>
        )}
        <Stack gap="xs">
          <TextInput
            type="date"
            label={t('filters.dateFrom')}
            value={draft.dateFrom}
            onChange={(e) => set('dateFrom', e.currentTarget.value)}
            data-testid="filter-date-from"
          />
          <TextInput
            type="date"
            label={t('filters.dateTo')}
            value={draft.dateTo}
            min={draft.dateFrom || undefined}
            onChange={(e) => set('dateTo', e.currentTarget.value)}
            data-testid="filter-date-to"
          />
        </Stack>
        {applies.genres && genres.length > 0 && (
          <MultiSelect
            label={t('filters.genres')}
            description={t('filters.genresHelp')}
            data={genreData}
            value={draft.genres}
            onChange={(v) => set('genres', v)}
            searchable
            clearable
            data-testid="filter-genres"
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <FacetChecks
          label={tc('fields.country')}
          testId="filter-country"
          values={facetValues(facets?.country, draft.country)}
          selected={draft.country}
          facet={facets?.country}
          name={(c) => tc(`countries.${c as 'FR'}`)}
          onChange={(v) => set('country', v)}
        />
        <TextInput
          label={t('filters.departement')}
          description={t('filters.departementHelp')}
          value={draft.departement.join(', ')}
          onChange={(e) =>
            set(
              'departement',
              e.currentTarget.value
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            )
          }
          data-testid="filter-departement"
        />
        <TextInput
          label={t('filters.region')}
          description={t('filters.regionHelp')}
          value={draft.region.join(', ')}
          onChange={(e) =>
            set(
              'region',
              e.currentTarget.value
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            )
          }
          data-testid="filter-region"
        />
        <FacetChecks
          label={t('filters.categories')}
          testId="filter-categories"
          values={facetValues(facets?.category, draft.categories)}
          selected={draft.categories}
          facet={facets?.category}
          name={(c) => categoryLabel(t, c)}
          onChange={(v) => set('categories', v)}
        />
        <FacetChecks
          label={t('filters.languages')}
          testId="filter-languages"
          values={facetValues(facets?.language, draft.languages)}
          selected={draft.languages}
          facet={facets?.language}
          name={(c) => languageName(c, locale)}
          onChange={(v) => set('languages', v)}
        />
        <NativeSelect
          label={t('filters.minRating')}
          data={[
            { value: '', label: t('filters.anyRating') },
            ...[4.5, 4, 3.5, 3].map((r) => ({
              value: String(r),
              label: t('filters.ratingAtLeast', { rating: r }),
            })),
          ]}
          value={draft.minRating === null ? '' : String(draft.minRating)}
          onChange={(e) => set('minRating', e.currentTarget.value ? Number(e.currentTarget.value) : null)}
          data-testid="filter-rating"
        />
        <NativeSelect
          label={t('filters.sort')}
          data={[
            { value: '', label: t('sort.default') },
            ...SORTS.filter((s) => s !== 'distance' || draft.townId !== null).map((s) => ({
              value: s,
              label: t(`sort.${s}`),
            })),
          ]}
          value={draft.sort ?? ''}
          onChange={(e) => {
            const v = SORTS.find((s) => s === e.currentTarget.value) ?? null;
            set('sort', v);
          }}
          data-testid="filter-sort"
        />
        <Stack gap="xs">
          <Button type="submit" fullWidth data-testid="filters-apply">
            {t('filters.apply')}
          </Button>
          <Button
            variant="subtle"
            fullWidth
            onClick={() => onApply(EMPTY_FILTERS)}
            data-testid="filters-reset"
          >
            {t('filters.reset')}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
