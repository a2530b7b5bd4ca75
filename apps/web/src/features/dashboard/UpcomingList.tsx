import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardUpcoming } from '../../app/api/types.ts';
import { isKnownKind } from './dashboard-keys.ts';
import { formatDay } from './format.ts';

export function UpcomingList({ items }: { items: DashboardUpcoming[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dashboard-upcoming">
      <Title order={2} size="h4" id="dashboard-upcoming" mb="sm">
        {t('dashboard.upcoming.title')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" data-testid="upcoming-empty">
          {t('dashboard.upcoming.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="upcoming-list">
          {items.map((item) => (
            <Group
              component="li"
              key={`${item.date}-${item.kind}-${item.title}`}
              justify="space-between"
              wrap="nowrap"
            >
              <Stack gap={0}>
                <Text fw={600}>{item.title}</Text>
                <Text size="sm" c="dimmed">
                  <time dateTime={item.date}>{formatDay(item.date, i18n.language)}</time>
                </Text>
              </Stack>
              <Badge variant="light" color="violet">
                {isKnownKind(item.kind) ? t(`dashboard.kinds.${item.kind}`) : item.kind}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
