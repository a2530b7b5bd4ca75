import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BreakdownLine } from './api.ts';

/** One bar per criterion: points earned over the criterion's weight, with the explanation. */
export function Breakdown({ lines }: { lines: BreakdownLine[] }) {
  const { t } = useTranslation('matching');
  return (
    <Stack gap="xs" data-testid="breakdown">
      {lines.map((l) => (
        <div key={l.criterion} data-testid={`breakdown-${l.criterion}`}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" fw={600}>
              {t(`criteria.${l.criterion}`, { defaultValue: l.criterion })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('points', { points: l.points.toLocaleString(), weight: l.weight })}
            </Text>
          </Group>
          <Progress
            value={Math.round(l.subScore * 100)}
            color={l.subScore >= 0.75 ? 'teal' : l.subScore >= 0.4 ? 'yellow' : 'red'}
            aria-label={`${t(`criteria.${l.criterion}`, { defaultValue: l.criterion })}: ${Math.round(l.subScore * 100)} %`}
          />
          <Text size="xs">{l.text}</Text>
        </div>
      ))}
    </Stack>
  );
}
