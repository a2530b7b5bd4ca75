import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconMapPin, IconMapSearch, IconRosetteDiscountCheck, IconStarFilled } from '@tabler/icons-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDistance, formatMoneyRange, formatRange } from './format.ts';
import { profilePath } from './kinds.ts';
import { categoryLabel } from './labels.ts';
import type { SearchHit } from './types.ts';

interface Props {
  hit: SearchHit;
  selected: boolean;
  genreName: (slug: string) => string;
  onSelect: (id: string) => void;
}

export function placeLine(hit: Pick<SearchHit, 'city' | 'departement' | 'country'>) {
  return [hit.city, hit.departement ? `(${hit.departement})` : null, hit.country].filter(Boolean).join(' ');
}

export const ResultCard = forwardRef<HTMLDivElement, Props>(function ResultCard(
  { hit, selected, genreName, onSelect },
  ref,
) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language;
  const capacity = formatRange(hit.capacityMin, hit.capacityMax, locale);
  const price = formatMoneyRange(hit.priceMinCents, hit.priceMaxCents, hit.currency, locale);
  return (
    <Card
      ref={ref}
      withBorder
      padding="sm"
      data-testid="result-card"
      data-profile-id={hit.id}
      data-selected={selected}
      style={{
        borderColor: selected ? 'var(--mantine-color-violet-6)' : undefined,
        borderWidth: selected ? 2 : 1,
      }}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={profilePath(hit.id)} fw={600} data-testid="result-name">
            {hit.name}
          </Anchor>
          {hit.distanceMetres !== null && (
            <Badge
              variant="outline"
              color="blue.9"
              leftSection={<IconMapPin size={12} aria-hidden />}
              data-testid="result-distance"
              style={{ flexShrink: 0 }}
            >
              {formatDistance(hit.distanceMetres, locale)}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {placeLine(hit)}
          {hit.categories.length > 0 && ` · ${hit.categories.map((c) => categoryLabel(t, c)).join(', ')}`}
        </Text>
        <Group gap="md" wrap="wrap">
          {capacity && (
            <Text size="sm" data-testid="result-capacity">
              {t('results.capacity', { range: capacity })}
            </Text>
          )}
          {price && (
            <Text size="sm" data-testid="result-price">
              {t(hit.kind === 'venue' || hit.kind === 'campsite' ? 'results.budget' : 'results.fee', {
                range: price,
              })}
            </Text>
          )}
          {hit.rating !== null ? (
            <Group gap={4} wrap="nowrap">
              <IconStarFilled size={14} color="var(--mantine-color-yellow-7)" aria-hidden />
              <Text size="sm">
                {t('results.rating', {
                  rating: hit.rating.toLocaleString(locale, { maximumFractionDigits: 1 }),
                  count: hit.ratingCount,
                })}
              </Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('results.noRating')}
            </Text>
          )}
          {hit.verification === 'verified' && (
            <Group gap={4} wrap="nowrap">
              <IconRosetteDiscountCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden />
              <Text size="sm">{t('results.verified')}</Text>
            </Group>
          )}
        </Group>
        <Group gap={4} justify="space-between" wrap="wrap">
          <Group gap={4}>
            {hit.genres.slice(0, 4).map((g) => (
              <Badge key={g} size="sm" variant="outline" color="gray.7">
                {genreName(g)}
              </Badge>
            ))}
          </Group>
          <Button
            size="compact-sm"
            variant={selected ? 'filled' : 'subtle'}
            leftSection={<IconMapSearch size={14} aria-hidden />}
            onClick={() => onSelect(hit.id)}
            aria-pressed={selected}
            data-testid="result-locate"
          >
            {t('results.showOnMap')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
});
