import { Alert, Button, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { problemMessage } from '../../app/ui/ProblemAlert.tsx';
import { dashboardQueryKey, getDashboard } from './api.ts';
import { isEmptyDashboard } from './dashboard-keys.ts';
import { EmptyState } from './EmptyState.tsx';
import { MetricCards } from './MetricCards.tsx';
import { TasksList } from './TasksList.tsx';
import { UpcomingList } from './UpcomingList.tsx';

export function DashboardPage() {
  const { t } = useTranslation();
  const { user, currentOrg } = useAuthenticatedSession();
  usePageTitle(t('dashboard.title'));
  const orgId = currentOrg?.id ?? '';
  const query = useQuery({
    queryKey: dashboardQueryKey(orgId),
    queryFn: ({ signal }) => getDashboard(orgId, signal),
    enabled: orgId !== '',
  });

  if (!currentOrg) return null;

  return (
    <Stack gap="lg" data-testid="dashboard" data-account-type={currentOrg.accountType}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('dashboard.greeting', { name: user.displayName })}
        </Title>
        <Text c="dimmed">
          {t('dashboard.subtitle', {
            organisation: query.data?.organisationName ?? currentOrg.name,
            type: t(`accountTypes.${currentOrg.accountType}.title`),
          })}
        </Text>
      </Stack>
      {query.isPending && (
        <SimpleGrid cols={{ base: 2, md: 4 }} aria-busy="true" aria-label={t('common.loading')}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={88} radius="md" />
          ))}
        </SimpleGrid>
      )}
      {query.isError && (
        <Alert color="red" title={t('dashboard.loadError')} data-testid="dashboard-error">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{problemMessage(t, query.error)}</Text>
            <Button size="xs" variant="light" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {query.data && (
        <>
          <MetricCards metrics={query.data.metrics} country={currentOrg.country} />
          {isEmptyDashboard(query.data) && (
            <EmptyState accountType={currentOrg.accountType} role={currentOrg.role} />
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <UpcomingList items={query.data.upcoming} />
            <TasksList tasks={query.data.tasks} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
