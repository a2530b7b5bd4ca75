import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueApi, catalogueKeys } from './api.ts';
import type { Town } from './types.ts';

export const townLabel = (t: Pick<Town, 'name' | 'departement' | 'country'>) =>
  `${t.name}${t.departement ? ` (${t.departement})` : ''} · ${t.country}`;

interface TownSelectProps {
  label: string;
  value: { id: number; name: string } | null;
  onChange: (town: Town | null) => void;
  description?: string;
  testId?: string;
}

/** Town lookup against the API (accent- and typo-tolerant server side, so no client filtering). */
export function TownSelect({ label, value, onChange, description, testId = 'town-select' }: TownSelectProps) {
  const { t } = useTranslation('catalogue');
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const towns = useQuery({
    queryKey: catalogueKeys.towns(debounced),
    queryFn: ({ signal }) => catalogueApi.towns(debounced, signal),
    enabled: debounced.length >= 2,
    staleTime: 5 * 60_000,
  });
  const items = towns.data?.items ?? [];
  const data = useMemo(() => {
    const options = items.map((town) => ({ value: String(town.id), label: townLabel(town) }));
    if (value && !options.some((o) => o.value === String(value.id))) {
      options.unshift({ value: String(value.id), label: value.name });
    }
    return options;
  }, [items, value]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('filters.townPlaceholder')}
      data-testid={testId}
      searchable
      clearable
      data={data}
      value={value ? String(value.id) : null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.length >= 2 && !towns.isFetching ? t('filters.noTown') : undefined}
      onChange={(id) => {
        if (id === null) return onChange(null);
        const town = items.find((x) => String(x.id) === id);
        if (town) onChange(town);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
