import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type StopDetails, type Town, touringApi, type VenueHit } from './api.ts';
import { SuggestVenues } from './SuggestVenues.tsx';
import { addDaysIso } from './tour-edit.ts';

interface Candidate {
  venue: VenueHit;
  fixedDate: string;
}

const VEHICLES = ['van', 'nightliner', 'truck', 'train'] as const;
type Vehicle = (typeof VEHICLES)[number];
const isVehicle = (v: string): v is Vehicle => (VEHICLES as readonly string[]).includes(v);

function nextMonday(): string {
  const d = new Date();
  const day = d.getUTCDay();
  d.setUTCDate(d.getUTCDate() + 14 + ((8 - day) % 7));
  return d.toISOString().slice(0, 10);
}

export function NewTourForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation('touring');
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [townQuery, setTownQuery] = useState('');
  const [home, setHome] = useState<Town | null>(null);
  const [from, setFrom] = useState(nextMonday);
  const [to, setTo] = useState(() => addDaysIso(nextMonday(), 27));
  const [showsWanted, setShowsWanted] = useState<number>(4);
  const [partySize, setPartySize] = useState<number>(5);
  const [vehicle, setVehicle] = useState<Vehicle>('van');
  const [venueQuery, setVenueQuery] = useState('');
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [debouncedTown] = useDebouncedValue(townQuery, 250);
  const [debouncedVenue] = useDebouncedValue(venueQuery, 250);

  const towns = useQuery({
    queryKey: ['towns', debouncedTown],
    queryFn: ({ signal }) => touringApi.towns(debouncedTown, signal),
    enabled: debouncedTown.trim().length >= 2,
  });
  const venues = useQuery({
    queryKey: ['tour-venues', debouncedVenue],
    queryFn: ({ signal }) => touringApi.searchVenues(debouncedVenue.trim(), signal),
  });

  const create = useMutation({
    mutationFn: () => {
      if (!home) throw new Error(t('form.errors.home'));
      const stopDetails: Record<string, StopDetails> = {};
      const stops = candidates.map(({ venue, fixedDate }) => {
        stopDetails[venue.id] = { catalogueProfileId: venue.id, ...(venue.city ? { city: venue.city } : {}) };
        return {
          id: venue.id,
          name: venue.city ? `${venue.name} (${venue.city})` : venue.name,
          location: { lat: venue.latitude, lon: venue.longitude, country: venue.country },
          capacity: venue.capacityMax ?? venue.capacityMin ?? 300,
          windows: [{ kind: 'days' as const, from, to }],
          ...(fixedDate ? { fixedDate } : {}),
        };
      });
      return touringApi.create(orgId, {
        name: name.trim() || `${home.name} ${from}`,
        problem: {
          currency: home.country === 'CH' ? 'CHF' : 'EUR',
          start: { location: { lat: home.latitude, lon: home.longitude, country: home.country } },
          dateRange: { from, to },
          showsWanted,
          party: { size: partySize, vehicle },
          stops,
        },
        stopDetails,
      });
    },
    onSuccess: (tour) => navigate(`/app/tours/${tour.id}`),
  });

  const submit = () => {
    if (!home) return setError(t('form.errors.home'));
    if (to <= from) return setError(t('form.errors.dates'));
    if (candidates.length < showsWanted) return setError(t('form.errors.candidates'));
    setError(null);
    create.mutate();
  };

  const chosen = new Set(candidates.map((c) => c.venue.id));
  return (
    <Paper withBorder p="md" data-testid="new-tour-form">
      <Stack>
        <Title order={2} size="h4">
          {t('form.new')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('form.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-testid="tour-name"
          />
          <Select
            label={t('form.home')}
            description={t('form.homeHint')}
            searchable
            searchValue={townQuery}
            onSearchChange={setTownQuery}
            data={(towns.data?.items ?? []).map((town) => ({
              value: String(town.id),
              label: `${town.name} (${town.country})`,
            }))}
            value={home ? String(home.id) : null}
            onChange={(id) => setHome(towns.data?.items.find((x) => String(x.id) === id) ?? null)}
            filter={({ options }) => options}
            data-testid="tour-home"
          />
          <TextInput
            type="date"
            label={t('form.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            data-testid="tour-from"
          />
          <TextInput
            type="date"
            label={t('form.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            data-testid="tour-to"
          />
          <NumberInput
            label={t('form.showsWanted')}
            min={1}
            max={60}
            value={showsWanted}
            onChange={(v) => setShowsWanted(Number(v) || 1)}
            data-testid="tour-shows"
          />
          <NumberInput
            label={t('form.partySize')}
            min={1}
            max={16}
            value={partySize}
            onChange={(v) => setPartySize(Number(v) || 1)}
          />
          <NativeSelect
            label={t('form.vehicle')}
            value={vehicle}
            onChange={(e) => isVehicle(e.currentTarget.value) && setVehicle(e.currentTarget.value)}
            data={VEHICLES.map((v) => ({ value: v, label: t(`form.vehicles.${v}`) }))}
          />
        </SimpleGrid>
        <SuggestVenues
          orgId={orgId}
          from={from}
          to={to}
          chosen={chosen}
          onAdd={(hits) =>
            setCandidates((c) => [
              ...c,
              ...hits
                .filter((h) => !c.some((x) => x.venue.id === h.id))
                .map((venue) => ({ venue, fixedDate: '' })),
            ])
          }
        />
        <TextInput
          label={t('form.venueSearch')}
          value={venueQuery}
          onChange={(e) => setVenueQuery(e.currentTarget.value)}
          data-testid="venue-search"
        />
        <Stack gap={4} data-testid="venue-results" style={{ maxHeight: 220, overflowY: 'auto' }}>
          {(venues.data?.items ?? [])
            .filter((v) => !chosen.has(v.id))
            .map((v) => (
              <Group key={v.id} justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {v.name} — {v.city ?? v.country} · {v.capacityMax ?? '?'}
                </Text>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setCandidates((c) => [...c, { venue: v, fixedDate: '' }])}
                  data-testid="venue-add"
                >
                  {t('form.add')}
                </Button>
              </Group>
            ))}
        </Stack>
        <Title order={3} size="h5">
          {t('form.candidates', { count: candidates.length })}
        </Title>
        {candidates.length > 0 && (
          <Table data-testid="candidates">
            <Table.Tbody>
              {candidates.map((c, i) => (
                <Table.Tr key={c.venue.id}>
                  <Table.Td>{c.venue.name}</Table.Td>
                  <Table.Td>
                    <TextInput
                      type="date"
                      size="xs"
                      aria-label={`${t('form.confirmed')} — ${c.venue.name}`}
                      min={from}
                      max={to}
                      value={c.fixedDate}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        setCandidates((all) => all.map((x, k) => (k === i ? { ...x, fixedDate: value } : x)));
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`${t('form.remove')} ${c.venue.name}`}
                      onClick={() => setCandidates((all) => all.filter((_, k) => k !== i))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {error && (
          <Text c="red" role="alert">
            {error}
          </Text>
        )}
        {create.error && <ProblemAlert error={create.error} />}
        <Group justify="flex-end">
          <Button onClick={submit} loading={create.isPending} data-testid="tour-create">
            {t('form.create')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
