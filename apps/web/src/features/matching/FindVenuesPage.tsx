import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import type { MatchRequest } from './api.ts';
import { BestPerDate } from './BestPerDate.tsx';
import { MatchResults } from './MatchResults.tsx';
import { DateRangeFields, dayOffset, OwnProfileSelect, SearchButton } from './SearchForms.tsx';

const ARTIST_VENUE = ['capacity', 'budget', 'calendar', 'geography', 'affinity', 'history', 'exclusivity'];

/** Two directions of the artist ↔ venue matcher: venues for my artist, artists for my venue. */
function ArtistVenuePage({ direction }: { direction: 'venues' | 'artists' }) {
  const { t } = useTranslation('matching');
  const { currentOrg } = useAuthenticatedSession();
  const orgId = currentOrg?.id ?? '';
  const [profile, setProfile] = useState<string | null>(null);
  const [from, setFrom] = useState(dayOffset(30));
  const [to, setTo] = useState(dayOffset(33));
  const [base, setBase] = useState<MatchRequest | null>(null);
  // venues for an artist can also be ranked date by date (routing a tour night by night)
  const [view, setView] = useState<'ranking' | 'perDate'>('ranking');
  const phone = useMediaQuery('(max-width: 36em)');
  const ownKind = direction === 'venues' ? 'artist' : 'venue';
  return (
    <Stack data-testid={`match-page-${direction}`}>
      <Title order={1}>{t(`pages.${direction}.title`)}</Title>
      <Text c="dimmed">{t(`pages.${direction}.intro`)}</Text>
      <Paper withBorder p="sm">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const id = profile;
            if (!id) return;
            setBase(
              direction === 'venues'
                ? { kind: 'venues-for-artist', organisationId: orgId, artistProfileId: id, from, to }
                : { kind: 'artists-for-venue', organisationId: orgId, venueProfileId: id, from, to },
            );
          }}
        >
          <Stack gap="sm">
            <OwnProfileSelect
              orgId={orgId}
              kind={ownKind}
              label={t(direction === 'venues' ? 'form.artist' : 'form.venue')}
              value={profile}
              onChange={setProfile}
            />
            <DateRangeFields from={from} to={to} onFrom={setFrom} onTo={setTo} />
            {direction === 'venues' && (
              <SegmentedControl
                aria-label={t('perDate.view')}
                value={view}
                orientation={phone ? 'vertical' : 'horizontal'}
                fullWidth={phone}
                onChange={(v) => setView(v === 'perDate' ? 'perDate' : 'ranking')}
                data={[
                  { value: 'ranking', label: t('perDate.ranking') },
                  { value: 'perDate', label: t('perDate.perDate') },
                ]}
                data-testid="match-view"
              />
            )}
            <SearchButton />
          </Stack>
        </form>
      </Paper>
      {view === 'perDate' ? (
        <BestPerDate base={base} />
      ) : (
        <MatchResults base={base} plural={direction} criteria={ARTIST_VENUE} />
      )}
    </Stack>
  );
}

export function FindVenuesPage() {
  return <ArtistVenuePage direction="venues" />;
}
export function FindArtistsPage() {
  return <ArtistVenuePage direction="artists" />;
}
