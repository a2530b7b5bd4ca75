import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { TownSelect } from '../catalogue/TownSelect.tsx';
import type { Town } from '../catalogue/types.ts';
import type { MatchRequest } from './api.ts';
import { MatchResults } from './MatchResults.tsx';
import { DateRangeFields, dayOffset, SearchButton, useOwnPlace, useStartingTown } from './SearchForms.tsx';
import { summerDay } from './summer-day.ts';

const ROLES = ['foh', 'monitor', 'lighting', 'stage', 'rigger', 'video'] as const;
const PLACES = ['place-publique', 'parc', 'rue', 'salle'] as const;
const euros = (v: string | number) => (typeof v === 'number' ? v : 0);
const point = (town: Town) => ({ lat: town.latitude, lon: town.longitude, label: town.name });

function Page({
  id,
  children,
  base,
  plural,
  criteria,
}: {
  id: string;
  children: React.ReactNode;
  base: MatchRequest | null;
  plural: string;
  criteria: string[];
}) {
  const { t } = useTranslation('matching');
  return (
    <Stack data-testid={`match-page-${id}`}>
      <Title order={1}>{t(`pages.${id}.title` as 'pages.venues.title')}</Title>
      <Text c="dimmed">{t(`pages.${id}.intro` as 'pages.venues.intro')}</Text>
      <Paper withBorder p="sm">
        {children}
      </Paper>
      <MatchResults base={base} plural={plural} criteria={criteria} />
    </Stack>
  );
}

export function FindTechniciansPage() {
  const { t } = useTranslation('matching');
  const orgId = useAuthenticatedSession().currentOrg?.id ?? '';
  const [role, setRole] = useState<string>('foh');
  const [town, setTown] = useStartingTown(orgId, 'venue');
  const [from, setFrom] = useState(dayOffset(30));
  const [to, setTo] = useState(dayOffset(30));
  const [rate, setRate] = useState<number>(400);
  const [base, setBase] = useState<MatchRequest | null>(null);
  return (
    <Page
      id="technicians"
      base={base}
      plural="technicians"
      criteria={['geography', 'expertise', 'venueKnowledge', 'availability', 'budget', 'reputation']}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!town) return;
          setBase({
            kind: 'technicians',
            organisationId: orgId,
            role,
            from,
            to,
            venue: { location: point(town), equipment: [] },
            riderRequirements: [],
            budget: { maxDayRateCents: Math.round(rate * 100), currency: 'EUR' },
          });
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('form.role')}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={role}
            onChange={(v) => setRole(v ?? 'foh')}
            allowDeselect={false}
          />
          <TownSelect label={t('form.town')} value={town} onChange={setTown} />
          <DateRangeFields from={from} to={to} onFrom={setFrom} onTo={setTo} />
          <NumberInput
            label={t('form.maxDayRate')}
            min={0}
            value={rate}
            onChange={(v) => setRate(euros(v))}
          />
          <SearchButton disabled={!town} />
        </Stack>
      </form>
    </Page>
  );
}

export function StreetArtsPage() {
  const { t } = useTranslation('matching');
  const orgId = useAuthenticatedSession().currentOrg?.id ?? '';
  const [town, setTown] = useStartingTown(orgId, 'municipality');
  const [from, setFrom] = useState(dayOffset(45));
  const [to, setTo] = useState(dayOffset(45));
  const [place, setPlace] = useState<string>('place-publique');
  const [audience, setAudience] = useState<number>(800);
  const [power, setPower] = useState<number>(0);
  const [budget, setBudget] = useState<number>(3000);
  const [pmr, setPmr] = useState(false);
  const [base, setBase] = useState<MatchRequest | null>(null);
  return (
    <Page
      id="streetArts"
      base={base}
      plural="street-arts-companies"
      criteria={['budget', 'publicSpace', 'municipalExperience', 'proximity', 'audience', 'availability']}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!town) return;
          setBase({
            kind: 'street-arts',
            organisationId: orgId,
            event: {
              location: point(town),
              from,
              to,
              placeType: place,
              expectedAudience: audience,
              availablePowerKw: power,
              audiences: ['tout-public', 'famille'],
              pmrRequired: pmr,
            },
            budget: { minCents: 0, maxCents: Math.round(budget * 100), currency: 'EUR' },
          });
        }}
      >
        <Stack gap="sm">
          <TownSelect label={t('form.town')} value={town} onChange={setTown} />
          <DateRangeFields from={from} to={to} onFrom={setFrom} onTo={setTo} />
          <Group grow>
            <Select
              label={t('form.placeType')}
              data={PLACES.map((p) => ({ value: p, label: t(`places.${p}`) }))}
              value={place}
              onChange={(v) => setPlace(v ?? 'place-publique')}
              allowDeselect={false}
            />
            <NumberInput
              label={t('form.audience')}
              min={1}
              value={audience}
              onChange={(v) => setAudience(euros(v))}
            />
          </Group>
          <Group grow>
            <NumberInput label={t('form.power')} min={0} value={power} onChange={(v) => setPower(euros(v))} />
            <NumberInput
              label={t('form.budgetMax')}
              min={0}
              value={budget}
              onChange={(v) => setBudget(euros(v))}
            />
          </Group>
          <Checkbox label={t('form.pmr')} checked={pmr} onChange={(e) => setPmr(e.currentTarget.checked)} />
          <SearchButton disabled={!town} />
        </Stack>
      </form>
    </Page>
  );
}

interface Stop {
  key: number;
  /** undefined for the first stop until the user picks a town: the campsite's own town. */
  town?: Town | null;
  date: string;
}

export function CampsitePage() {
  const { t } = useTranslation('matching');
  const orgId = useAuthenticatedSession().currentOrg?.id ?? '';
  const home = useOwnPlace(orgId, 'campsite');
  // one stop at the campsite itself, in the coming summer; the user adds the circuit's other sites
  const [edited, setStops] = useState<Stop[]>([{ key: 1, date: summerDay(0) }]);
  const stops = edited.map((s) => ({ ...s, town: s.town === undefined ? home : s.town }));
  const [budget, setBudget] = useState<number>(1500);
  const [base, setBase] = useState<MatchRequest | null>(null);
  const ready = stops.length > 0 && stops.every((s) => s.town);
  const update = (key: number, patch: Partial<Stop>) =>
    setStops((all) => all.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  return (
    <Page
      id="campsite"
      base={base}
      plural="street-arts-companies"
      criteria={['budget', 'family', 'circuit', 'availability', 'space', 'experience']}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          setBase({
            kind: 'campsite',
            organisationId: orgId,
            circuit: stops.map((s, i) => ({
              siteId: `stop-${i + 1}`,
              location: point(s.town as Town),
              date: s.date,
              placeType: 'parc',
              expectedAudience: 300,
              availablePowerKw: 6,
            })), // ready ⇒ every town is set
            budget: { minCents: 0, maxCents: Math.round(budget * 100), currency: 'EUR' },
          });
        }}
      >
        <Stack gap="sm">
          <Text fw={600}>{t('form.stops')}</Text>
          {stops.map((s) => (
            <Group key={s.key} align="flex-end" gap="xs" wrap="wrap">
              <div style={{ flex: 2, minWidth: 200 }}>
                <TownSelect
                  label={t('form.stopTown')}
                  value={s.town}
                  onChange={(town) => update(s.key, { town })}
                  testId={`stop-town-${s.key}`}
                />
              </div>
              <TextInput
                type="date"
                label={t('form.stopDate')}
                value={s.date}
                onChange={(e) => update(s.key, { date: e.currentTarget.value })}
                style={{ flex: 1, minWidth: 140 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('form.removeStop')}
                onClick={() => setStops((all) => all.filter((x) => x.key !== s.key))}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() =>
                setStops((all) => [
                  ...all,
                  {
                    key: Math.max(0, ...all.map((x) => x.key)) + 1,
                    town: null,
                    date: summerDay(all.length),
                  },
                ])
              }
            >
              {t('form.addStop')}
            </Button>
          </Group>
          <NumberInput
            label={t('form.budgetMax')}
            min={0}
            value={budget}
            onChange={(v) => setBudget(euros(v))}
          />
          <SearchButton disabled={!ready} />
        </Stack>
      </form>
    </Page>
  );
}
