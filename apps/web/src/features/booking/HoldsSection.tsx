import { Badge, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { bookingApi, type Hold, ownProfiles } from './api.ts';
import { Countdown } from './Countdown.tsx';
import { OfferForm } from './OfferForm.tsx';

export function HoldsSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation('booking');
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const holds = useQuery({ queryKey: ['booking', orgId, 'holds'], queryFn: () => bookingApi.holds(orgId) });
  const profiles = useQuery({ queryKey: ['booking', orgId, 'own'], queryFn: () => ownProfiles(orgId) });
  const [venueId, setVenueId] = useState(params.get('venue') ?? '');
  const [artistId, setArtistId] = useState('');
  const [date, setDate] = useState(params.get('date') ?? '');
  const [offerFor, setOfferFor] = useState<string | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['booking', orgId] });
  const place = useMutation({
    mutationFn: () =>
      bookingApi.placeHold(orgId, {
        venueProfileId: venueId,
        artistProfileId: artistId || profiles.data?.items.find((p) => p.kind === 'artist')?.id || '',
        date,
      }),
    onSuccess: refresh,
  });
  const act = useMutation({
    mutationFn: ({ hold, action }: { hold: Hold; action: 'challenge' | 'release' }) =>
      action === 'challenge' ? bookingApi.challenge(orgId, hold.id) : bookingApi.release(orgId, hold.id),
    onSuccess: refresh,
  });
  const artists = (profiles.data?.items ?? []).filter(
    (p) => p.kind === 'artist' || p.kind === 'street_arts_company',
  );

  return (
    <Stack gap="sm">
      <Title order={2} fz="lg">
        {t('holds.title')}
      </Title>
      <Card withBorder data-testid="hold-form">
        <Stack gap="xs">
          <TextInput
            label={t('holds.venue')}
            value={venueId}
            onChange={(e) => setVenueId(e.currentTarget.value)}
            data-testid="hold-venue"
          />
          {artists.length > 0 && (
            <NativeSelect
              label={t('holds.artist')}
              value={artistId}
              onChange={(e) => setArtistId(e.currentTarget.value)}
              data={[
                { value: '', label: t('holds.firstArtist') },
                ...artists.map((a) => ({ value: a.id, label: a.name })),
              ]}
              data-testid="hold-artist"
            />
          )}
          <TextInput
            type="date"
            label={t('holds.date')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            data-testid="hold-date"
          />
          {place.error && <ProblemAlert error={place.error} />}
          <Button onClick={() => place.mutate()} loading={place.isPending} data-testid="hold-submit">
            {t('holds.place')}
          </Button>
        </Stack>
      </Card>
      {act.error && <ProblemAlert error={act.error} />}
      {(holds.data ?? []).length === 0 && <Text c="dimmed">{t('holds.none')}</Text>}
      {(holds.data ?? []).map((h) => (
        <Card key={h.id} withBorder data-testid="hold-row" data-hold-id={h.id} data-status={h.status}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={2}>
              <Text fw={600}>
                {h.date} · {h.venueName}
              </Text>
              <Text size="sm">{h.artistName}</Text>
            </Stack>
            <Group gap="xs">
              {h.rank !== null && (
                <Badge data-testid="hold-rank">
                  {t('holds.rank', { rank: h.rank, total: h.holdsOnDate })}
                </Badge>
              )}
              <Badge variant="outline" data-testid="hold-status">
                {t(`holds.status.${h.status}`, { defaultValue: h.status })}
              </Badge>
              {h.status === 'challenged' && h.secondsLeft !== null && (
                <Countdown seconds={h.secondsLeft} label={t('holds.deadline')} testId="hold-timer" />
              )}
            </Group>
          </Group>
          {h.placedByOrganisationId === orgId && (
            <Group gap="xs" mt="xs">
              {h.rank !== null && h.rank > 1 && (
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => act.mutate({ hold: h, action: 'challenge' })}
                  data-testid="hold-challenge"
                >
                  {t('holds.challenge')}
                </Button>
              )}
              {h.rank === 1 && (h.status === 'active' || h.status === 'challenged') && (
                <Button
                  size="xs"
                  onClick={() => setOfferFor(offerFor === h.id ? null : h.id)}
                  data-testid="hold-confirm"
                >
                  {t('holds.confirmWithOffer')}
                </Button>
              )}
              {(h.status === 'active' || h.status === 'challenged') && (
                <Button
                  size="xs"
                  color="gray"
                  variant="subtle"
                  onClick={() => act.mutate({ hold: h, action: 'release' })}
                  data-testid="hold-release"
                >
                  {t('holds.release')}
                </Button>
              )}
            </Group>
          )}
          {offerFor === h.id && (
            <OfferForm
              onSubmit={(body) => bookingApi.makeOffer(orgId, h.id, body)}
              onDone={() => {
                setOfferFor(null);
                void refresh();
              }}
            />
          )}
        </Card>
      ))}
    </Stack>
  );
}
