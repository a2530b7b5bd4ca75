import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { touringApi, toursKey } from './api.ts';
import { NewTourForm } from './NewTourForm.tsx';

export function ToursPage() {
  const { t } = useTranslation('touring');
  const { currentOrg } = useAuthenticatedSession();
  const orgId = currentOrg?.id ?? '';
  const tours = useQuery({
    queryKey: toursKey(orgId),
    queryFn: ({ signal }) => touringApi.list(orgId, signal),
    enabled: orgId !== '',
  });
  return (
    <Stack data-testid="tours-page">
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      {tours.error && <ProblemAlert error={tours.error} />}
      <Stack gap="xs" data-testid="tour-list">
        {tours.data?.items.length === 0 && <Text>{t('list.empty')}</Text>}
        {tours.data?.items.map((tour) => (
          <Paper key={tour.id} withBorder p="sm">
            <Group justify="space-between">
              <Group>
                <Text fw={600}>{tour.name}</Text>
                <Badge variant="default">{t(`list.status.${tour.status}`)}</Badge>
              </Group>
              <Button component={Link} to={`/app/tours/${tour.id}`} variant="default" size="xs">
                {t('list.open')}
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
      {orgId && <NewTourForm orgId={orgId} />}
    </Stack>
  );
}
