import { Checkbox, NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Filters {
  maxDistanceKm: number | '';
  capacityAtLeast: number | '';
  priceAtMost: number | '';
  minScore: number | '';
  verifiedOnly: boolean;
  sort: string;
}

export const NO_FILTERS: Filters = {
  maxDistanceKm: '',
  capacityAtLeast: '',
  priceAtMost: '',
  minScore: '',
  verifiedOnly: false,
  sort: 'score',
};

/** The API's filter object (prices in cents) from the form values. */
export function apiFilters(f: Filters) {
  return {
    ...(f.maxDistanceKm === '' ? {} : { maxDistanceKm: f.maxDistanceKm }),
    ...(f.capacityAtLeast === '' ? {} : { capacityAtLeast: f.capacityAtLeast }),
    ...(f.priceAtMost === '' ? {} : { priceAtMostCents: Math.round(f.priceAtMost * 100) }),
    ...(f.minScore === '' ? {} : { minScore: f.minScore }),
    ...(f.verifiedOnly ? { verifiedOnly: true } : {}),
  };
}

const BASE_SORTS: readonly string[] = ['score', 'distance', 'price', 'capacity', 'name'];

const num = (v: string | number): number | '' => (typeof v === 'number' ? v : '');

export function FiltersBar({
  value,
  onChange,
  criteria,
}: {
  value: Filters;
  onChange: (f: Filters) => void;
  criteria: string[];
}) {
  const { t } = useTranslation('matching');
  const sorts = [
    ...(['score', 'distance', 'price', 'capacity', 'name'] as const).map((s) => ({
      value: s,
      label: t(`filters.sorts.${s}`),
    })),
    ...criteria
      .filter((c) => !BASE_SORTS.includes(c))
      .map((c) => ({ value: c, label: t(`criteria.${c}`, { defaultValue: c }) })),
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} data-testid="match-filters">
      <NumberInput
        label={t('filters.maxDistanceKm')}
        min={1}
        value={value.maxDistanceKm}
        onChange={(v) => onChange({ ...value, maxDistanceKm: num(v) })}
      />
      <NumberInput
        label={t('filters.capacityAtLeast')}
        min={0}
        value={value.capacityAtLeast}
        onChange={(v) => onChange({ ...value, capacityAtLeast: num(v) })}
      />
      <NumberInput
        label={t('filters.priceAtMost')}
        min={0}
        value={value.priceAtMost}
        onChange={(v) => onChange({ ...value, priceAtMost: num(v) })}
      />
      <NumberInput
        label={t('filters.minScore')}
        min={0}
        max={100}
        value={value.minScore}
        onChange={(v) => onChange({ ...value, minScore: num(v) })}
      />
      <Select
        label={t('filters.sort')}
        data={sorts}
        value={value.sort}
        allowDeselect={false}
        onChange={(v) => onChange({ ...value, sort: v ?? 'score' })}
        data-testid="match-sort"
      />
      <Checkbox
        mt="xl"
        label={t('filters.verifiedOnly')}
        checked={value.verifiedOnly}
        onChange={(e) => onChange({ ...value, verifiedOnly: e.currentTarget.checked })}
      />
    </SimpleGrid>
  );
}
