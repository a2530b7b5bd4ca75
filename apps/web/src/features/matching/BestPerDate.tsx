import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type MatchRequest, matchingApi, matchingKeys } from './api.ts';
import { OwnCalendarNotices, useShortlistSave } from './MatchResults.tsx';
import { ResultCard } from './ResultCard.tsx';

const PER_DATE = 5;

/**
 * The BRD journey "the 5 best venues per date": one short ranking for each date of the range, so
 * a booker routing a tour picks a venue per night and keeps it (shortlist, then hold request).
 */
export function BestPerDate({ base }: { base: MatchRequest | null }) {
  const { t, i18n } = useTranslation('matching');
  const request = base ? { ...base, locale: i18n.language.slice(0, 2), perDate: PER_DATE } : null;
  const days = useQuery({
    queryKey: matchingKeys.perDate(request),
    queryFn: ({ signal }) => matchingApi.bestPerDate(request as MatchRequest & { perDate: number }, signal), // enabled only with a request
    enabled: request !== null,
  });
  const { save, saveProps } = useShortlistSave();
  if (!base || !request) return null;
  const data = days.data;
  // days the user's own profile is off: the notices say so once, no empty card per day
  const off = new Set(data?.notices.map((n) => n.explanation.params.date?.day));
  const longDay = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return (
    <Stack data-testid="per-date-results">
      {days.error && <ProblemAlert error={days.error} />}
      {save.error && <ProblemAlert error={save.error} />}
      {days.isPending && <Loader aria-label="…" />}
      {data && (
        <>
          <OwnCalendarNotices notices={data.notices} dates={data.days.length} />
          {data.days
            .filter((d) => !off.has(d.date))
            .map((d) => (
              <Paper key={d.date} withBorder p="sm" data-testid="per-date-day">
                <Stack gap="xs">
                  <Title order={2} size="h4">
                    {longDay.format(new Date(`${d.date}T00:00:00Z`))}
                  </Title>
                  {d.results.length === 0 && <Text size="sm">{t('perDate.none')}</Text>}
                  {d.results.map((r) => (
                    <ResultCard
                      key={r.candidate.id}
                      result={r}
                      // kept for the one date it was ranked for
                      {...saveProps(
                        `${d.date}|${r.candidate.id}`,
                        { ...base, from: d.date, to: d.date },
                        r.candidate.id,
                      )}
                    />
                  ))}
                </Stack>
              </Paper>
            ))}
        </>
      )}
    </Stack>
  );
}
