import { Anchor, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FlowMap, type MapCircle, type MapMarker } from '../../app/map/index.ts';
import { formatDistance, formatRange } from './format.ts';
import { profilePath } from './kinds.ts';
import { placeLine } from './ResultCard.tsx';
import type { SearchHit } from './types.ts';

interface Props {
  hits: readonly SearchHit[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  circle: MapCircle | null;
  height: number;
}

export function ResultsMap({ hits, selectedId, onSelect, circle, height }: Props) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language;
  const markers = useMemo<MapMarker[]>(
    () =>
      hits.map((hit) => {
        const capacity = formatRange(hit.capacityMin, hit.capacityMax, locale);
        return {
          id: hit.id,
          latitude: hit.latitude,
          longitude: hit.longitude,
          label: hit.name,
          popup: (
            <Stack gap={2} data-testid="map-popup">
              <Anchor component={Link} to={profilePath(hit.id)} fw={600}>
                {hit.name}
              </Anchor>
              <Text size="xs" component="div">
                {placeLine(hit)}
              </Text>
              {capacity && (
                <Text size="xs" component="div">
                  {t('results.capacity', { range: capacity })}
                </Text>
              )}
              {hit.distanceMetres !== null && (
                <Text size="xs" component="div">
                  {formatDistance(hit.distanceMetres, locale)}
                </Text>
              )}
            </Stack>
          ),
        };
      }),
    [hits, locale, t],
  );
  return (
    <FlowMap
      markers={markers}
      selectedId={selectedId}
      onSelect={onSelect}
      circle={circle}
      height={height}
      label={t('results.mapLabel')}
      offlineNotice={t('results.offlineMap')}
      testId="results-map"
    />
  );
}
