import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A titled dashboard panel listing items, or its empty message; `name` keys the texts and test ids. */
export function DashboardList<T>({
  name,
  items,
  renderItem,
}: {
  name: 'tasks' | 'upcoming';
  items: readonly T[];
  renderItem: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`dashboard-${name}`}>
      <Title order={2} size="h4" id={`dashboard-${name}`} mb="sm">
        {t(`dashboard.${name}.title`)}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" data-testid={`${name}-empty`}>
          {t(`dashboard.${name}.empty`)}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid={`${name}-list`}>
          {items.map(renderItem)}
        </Stack>
      )}
    </Paper>
  );
}
