import { Alert, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { touringApi, type VenueHit } from './api.ts';

/** "Suggest venues for this artist": the matcher's best venues over the tour dates, ready to add. */
export function SuggestVenues({
  orgId,
  from,
  to,
  chosen,
  onAdd,
}: {
  orgId: string;
  from: string;
  to: string;
  chosen: ReadonlySet<string>;
  onAdd: (venues: VenueHit[]) => void;
}) {
  const { t } = useTranslation('touring');
  const artists = useQuery({
    queryKey: ['tour-artists', orgId],
    queryFn: ({ signal }) => touringApi.artists(orgId, signal),
  });
  const [artist, setArtist] = useState<string | null>(null);
  const first = artists.data?.[0]?.id ?? null;
  useEffect(() => {
    if (artist === null && first !== null) setArtist(first);
  }, [artist, first]);
  const suggest = useMutation({
    mutationFn: (artistId: string) => touringApi.suggestVenues(orgId, artistId, from, to),
  });
  if (artists.isSuccess && artists.data.length === 0) {
    return <Text size="sm">{t('form.suggest.noArtist')}</Text>;
  }
  const fresh = (suggest.data ?? []).filter((v) => !chosen.has(v.id));
  return (
    <Stack gap="xs" data-testid="suggest-venues">
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('form.suggest.artist')}
          data={(artists.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={artist}
          onChange={setArtist}
          allowDeselect={false}
          data-testid="suggest-artist"
        />
        <Button
          variant="light"
          disabled={!artist || to <= from}
          loading={suggest.isPending}
          onClick={() => artist && suggest.mutate(artist)}
          data-testid="suggest-run"
        >
          {t('form.suggest.run')}
        </Button>
        {fresh.length > 0 && (
          <Button variant="default" onClick={() => onAdd(fresh)} data-testid="suggest-add-all">
            {t('form.suggest.addAll', { count: fresh.length })}
          </Button>
        )}
      </Group>
      {suggest.error && <ProblemAlert error={suggest.error} />}
      {suggest.isSuccess && suggest.data.length === 0 && (
        <Alert color="yellow">{t('form.suggest.none')}</Alert>
      )}
      <Stack gap={4} style={{ maxHeight: 260, overflowY: 'auto' }}>
        {fresh.map((v) => (
          <Group key={v.id} justify="space-between" wrap="nowrap" data-testid="suggested-venue">
            <Text size="sm">
              {v.name} — {v.city ?? v.country} · {v.capacityMax ?? '?'}{' '}
              <Badge
                variant="light"
                color="teal.9"
                aria-label={t('form.suggest.score', { score: Math.round(v.score) })}
              >
                {Math.round(v.score)}
              </Badge>
            </Text>
            <Button size="xs" variant="default" onClick={() => onAdd([v])}>
              {t('form.add')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
