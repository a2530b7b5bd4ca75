import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardTask } from '../../app/api/types.ts';
import { isKnownTask } from './dashboard-keys.ts';

export function TasksList({ tasks }: { tasks: DashboardTask[] }) {
  const { t } = useTranslation();
  const pending = tasks.filter((task) => task.count > 0);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dashboard-tasks">
      <Title order={2} size="h4" id="dashboard-tasks" mb="sm">
        {t('dashboard.tasks.title')}
      </Title>
      {pending.length === 0 ? (
        <Text c="dimmed" data-testid="tasks-empty">
          {t('dashboard.tasks.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="tasks-list">
          {pending.map((task) => (
            <Group component="li" key={task.key} justify="space-between" wrap="nowrap">
              <Text>{isKnownTask(task.key) ? t(`dashboard.tasks.items.${task.key}`) : task.key}</Text>
              <Badge color="red.9" variant="filled" circle={task.count < 10}>
                {task.count}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
