import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardTask } from '../../app/api/types.ts';
import { DashboardList } from './DashboardList.tsx';
import { isKnownTask } from './dashboard-keys.ts';

export function TasksList({ tasks }: { tasks: DashboardTask[] }) {
  const { t } = useTranslation();
  return (
    <DashboardList
      name="tasks"
      items={tasks.filter((task) => task.count > 0)}
      renderItem={(task) => (
        <Group component="li" key={task.key} justify="space-between" wrap="nowrap">
          <Text>{isKnownTask(task.key) ? t(`dashboard.tasks.items.${task.key}`) : task.key}</Text>
          <Badge color="red.9" variant="filled" circle={task.count < 10}>
            {task.count}
          </Badge>
        </Group>
      )}
    />
  );
}
