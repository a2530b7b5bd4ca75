import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardUpcoming } from '../../app/api/types.ts';
import { DashboardList } from './DashboardList.tsx';
import { isKnownKind } from './dashboard-keys.ts';
import { formatDay } from './format.ts';

export function UpcomingList({ items }: { items: DashboardUpcoming[] }) {
  const { t, i18n } = useTranslation();
  return (
    <DashboardList
      name="upcoming"
      items={items}
      renderItem={(item) => (
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
      )}
    />
  );
}
