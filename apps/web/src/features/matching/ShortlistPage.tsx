import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { matchingApi, matchingKeys } from './api.ts';

export function ShortlistPage() {
  const { t, i18n } = useTranslation('matching');
  const day = (d: string | null) =>
    d
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
          new Date(`${d}T00:00:00Z`),
        )
      : null;
  const orgId = useAuthenticatedSession().currentOrg?.id ?? '';
  const client = useQueryClient();
  const list = useQuery({
    queryKey: matchingKeys.shortlist(orgId),
    queryFn: ({ signal }) => matchingApi.shortlist(orgId, signal),
    enabled: orgId !== '',
  });
  const refresh = () => client.invalidateQueries({ queryKey: matchingKeys.shortlist(orgId) });
  const hold = useMutation({ mutationFn: matchingApi.hold, onSuccess: refresh });
  const remove = useMutation({ mutationFn: matchingApi.remove, onSuccess: refresh });
  return (
    <Stack data-testid="shortlist-page">
      <Title order={1}>{t('pages.shortlist.title')}</Title>
      <Text c="dimmed">
        {t('pages.shortlist.intro')}{' '}
        <Anchor component={Link} to="/app/matching/weights" underline="always">
          {t('weights.edit')}
        </Anchor>
      </Text>
      {[list.error, hold.error, remove.error].map((e, i) => e && <ProblemAlert key={String(i)} error={e} />)}
      {list.data?.items.length === 0 && <Text>{t('pages.shortlist.empty')}</Text>}
      {list.data?.items.map((e) => (
        <Paper key={e.id} withBorder p="sm" data-testid="shortlist-entry">
          <Group justify="space-between" wrap="wrap">
            <Stack gap={2}>
              <Text fw={700}>{e.candidateName}</Text>
              <Text size="sm" c="dimmed">
                {[e.candidateCity, day(e.date), t('shortlist.weights', { version: e.weights.version })]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
            <Group gap="xs">
              <Badge size="lg" color="indigo">
                {e.score.toLocaleString(i18n.language)}
              </Badge>
              {e.status === 'hold_requested' ? (
                <Badge color="teal.9" variant="filled" data-testid="hold-requested">
                  {t('shortlist.holdRequested')}
                </Badge>
              ) : (
                <Button
                  size="xs"
                  onClick={() => hold.mutate(e.id)}
                  loading={hold.isPending && hold.variables === e.id}
                  data-testid="request-hold"
                >
                  {t('shortlist.hold')}
                </Button>
              )}
              <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(e.id)}>
                {t('shortlist.remove')}
              </Button>
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
