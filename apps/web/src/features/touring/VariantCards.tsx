import type { TourEvaluation } from '@flowstage/domain/touring';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TourResult } from './api.ts';
import { euros } from './tour-edit.ts';

const dayDate = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

export function Metrics({ evaluation, testId }: { evaluation: TourEvaluation; testId?: string }) {
  const { t, i18n } = useTranslation('touring');
  const b = evaluation.breakdown;
  const hard = evaluation.violations.filter((v) => v.severity === 'hard').length;
  const soft = evaluation.violations.filter((v) => v.severity === 'soft' && v.rule !== 'skipped_stop').length;
  // Shows come sorted by date: the span tells the booker how long the band is away.
  const first = evaluation.shows[0]?.date;
  const last = evaluation.shows.at(-1)?.date;
  const day = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="sm">
        {t('metrics.cost')}:{' '}
        <strong data-testid={testId ? `${testId}-cost` : undefined}>
          {euros(b.travelCostCents, b.currency, i18n.language)}
        </strong>
      </Text>
      <Text size="sm">
        {t('metrics.km')}: {Math.round(b.metres / 1000).toLocaleString(i18n.language)} km
      </Text>
      {/* The least-CO₂ variant may switch vehicle (train for a small party): say so. */}
      <Text size="sm" data-testid={testId ? `${testId}-vehicle` : undefined}>
        {t('form.vehicle')}: {t(`form.vehicles.${b.vehicle}`)}
      </Text>
      <Text size="sm">
        {t('metrics.co2')}:{' '}
        <span data-testid={testId ? `${testId}-co2` : undefined}>
          {b.co2Kg.toLocaleString(i18n.language)} kg
        </span>
      </Text>
      <Text size="sm">
        {t('metrics.weekends')}: {b.weekendShows} / {b.shows}
      </Text>
      {first && last && (
        <Text size="sm" data-testid={testId ? `${testId}-span` : undefined}>
          {t('metrics.span')}:{' '}
          {t('metrics.spanRange', { from: day.format(dayDate(first)), to: day.format(dayDate(last)) })}
          {' · '}
          {t('metrics.hotelNights', { count: b.hotelNights })}
        </Text>
      )}
      <Text
        size="sm"
        c={hard > 0 ? 'red.8' : undefined}
        data-testid={testId ? `${testId}-violations` : undefined}
      >
        {t('metrics.violations')}:{' '}
        {hard + soft === 0
          ? t('metrics.none')
          : [hard > 0 && t('metrics.hard', { count: hard }), soft > 0 && t('metrics.soft', { count: soft })]
              .filter(Boolean)
              .join(', ')}
      </Text>
    </Stack>
  );
}

export function VariantCards({
  result,
  activeIndex,
  onChoose,
}: {
  result: TourResult;
  activeIndex: number | null;
  onChoose: (index: number) => void;
}) {
  const { t } = useTranslation('touring');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: Math.min(4, result.variants.length + 1) }} data-testid="variants">
      {result.variants.map((v, i) => (
        <Card
          key={v.kinds.join('+')}
          withBorder
          padding="sm"
          data-testid={`variant-${i}`}
          style={{
            borderColor: i === activeIndex ? '#1971c2' : undefined,
            borderWidth: i === activeIndex ? 2 : 1,
          }}
        >
          <Group gap={4} mb={6}>
            {v.kinds.map((k) => (
              <Badge key={k} variant="default" size="sm">
                {t(`kinds.${k}`)}
              </Badge>
            ))}
          </Group>
          <Metrics evaluation={v.evaluation} />
          <Text size="sm" fw={700} mt={4}>
            {t('metrics.savings')}: {v.savingsVsNaive.travelCostPct} %
          </Text>
          <Button
            mt="sm"
            size="xs"
            variant={i === activeIndex ? 'filled' : 'default'}
            onClick={() => onChoose(i)}
            data-testid={`choose-${i}`}
          >
            {i === activeIndex ? t('detail.chosen') : t('detail.choose')}
          </Button>
        </Card>
      ))}
      <Card withBorder padding="sm" data-testid="variant-naive" bg="gray.0">
        <Text size="sm" fw={600} mb={6}>
          {t('detail.naive')}
        </Text>
        <Metrics evaluation={result.naive.evaluation} />
      </Card>
    </SimpleGrid>
  );
}
