import { Alert, Button, Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Town } from '../catalogue/types.ts';
import { matchingApi, matchingKeys } from './api.ts';

export const dayOffset = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The organisation's own profiles of a kind. */
function useOwnProfiles(orgId: string, kind: string) {
  return useQuery({
    queryKey: matchingKeys.mine(orgId, kind),
    queryFn: ({ signal }) => matchingApi.mine(orgId, kind, signal),
    enabled: orgId !== '',
  });
}

/** The organisation's published profiles of a kind, to search for (an artist, a venue). */
export function OwnProfileSelect({
  orgId,
  kind,
  label,
  value,
  onChange,
}: {
  orgId: string;
  kind: string;
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation('matching');
  const mine = useOwnProfiles(orgId, kind);
  const options = (mine.data ?? [])
    .filter((p) => p.status === 'published')
    .map((p) => ({ value: p.id, label: p.city ? `${p.name} · ${p.city}` : p.name }));
  const first = options[0]?.value ?? null;
  useEffect(() => {
    if (value === null && first !== null) onChange(first);
  }, [value, first, onChange]);
  if (mine.isSuccess && options.length === 0) return <Alert color="yellow">{t('form.noProfile')}</Alert>;
  return (
    <Select
      label={label}
      data={options}
      value={value}
      onChange={onChange}
      allowDeselect={false}
      data-testid="own-profile-select"
    />
  );
}

/**
 * Where the organisation's own profile of a kind stands (a town hall's town, a venue, a campsite):
 * the place its searches start from, until the user picks another town.
 */
export function useOwnPlace(orgId: string, kind: string): Town | null {
  const mine = useOwnProfiles(orgId, kind);
  const own = mine.data?.find((p) => p.city);
  return useMemo(
    () =>
      own?.city
        ? {
            id: 0, // not a row of the towns table: the profile's own position
            name: own.city,
            country: '',
            inseeCode: null,
            departement: null,
            region: null,
            latitude: own.latitude,
            longitude: own.longitude,
            population: 0,
          }
        : null,
    [own],
  );
}

/** A search's town: the organisation's own place (`useOwnPlace`) until the user picks one. */
export function useStartingTown(orgId: string, kind: string): [Town | null, (town: Town | null) => void] {
  const [picked, setPicked] = useState<Town | null>();
  const home = useOwnPlace(orgId, kind);
  return [picked === undefined ? home : picked, setPicked];
}

export function DateRangeFields({
  from,
  to,
  onFrom,
  onTo,
}: {
  from: string;
  to: string;
  onFrom: (d: string) => void;
  onTo: (d: string) => void;
}) {
  const { t } = useTranslation('matching');
  return (
    <Group grow>
      <TextInput
        type="date"
        label={t('form.from')}
        value={from}
        onChange={(e) => onFrom(e.currentTarget.value)}
        data-testid="date-from"
      />
      <TextInput
        type="date"
        label={t('form.to')}
        value={to}
        onChange={(e) => onTo(e.currentTarget.value)}
        data-testid="date-to"
      />
    </Group>
  );
}

export function SearchButton({ disabled }: { disabled?: boolean }) {
  const { t } = useTranslation('matching');
  return (
    <Group>
      <Button type="submit" disabled={disabled} data-testid="match-search">
        {t('form.search')}
      </Button>
    </Group>
  );
}
