import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Country, DashboardMetric } from '../../app/api/types.ts';
import { isKnownMetric } from './dashboard-keys.ts';
import { currencyForCountry, formatMetric } from './format.ts';

export function MetricCards({ metrics, country }: { metrics: DashboardMetric[]; country: Country }) {
  const { t, i18n } = useTranslation();
  const currency = currencyForCountry(country);
  return (
    <SimpleGrid
      cols={{ base: 2, md: 4 }}
      spacing="sm"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {metrics.map((metric) => (
        <Paper
          key={metric.key}
          component="li"
          withBorder
          p="md"
          radius="md"
          data-testid={`metric-${metric.key}`}
        >
          <Text size="sm" c="dimmed" id={`metric-label-${metric.key}`}>
            {isKnownMetric(metric.key) ? t(`dashboard.metrics.${metric.key}`) : metric.key}
          </Text>
          <Text fz={28} fw={700} aria-describedby={`metric-label-${metric.key}`}>
            {formatMetric(metric.key, metric.value, i18n.language, currency)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
