import {
  Alert,
  Badge,
  Box,
  Button,
  Drawer,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustments } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/layout/NotFoundPage.tsx';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { catalogueApi, catalogueKeys } from './api.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { KIND_PLURALS, kindFromSlug, PROFILE_KINDS, searchPath } from './kinds.ts';
import { genreLabels } from './labels.ts';
import { ResultCard } from './ResultCard.tsx';
import { ResultsMap } from './ResultsMap.tsx';
import { SearchFilters } from './SearchFilters.tsx';
import {
  activeFilterCount,
  apiQuery,
  type SearchFilters as Filters,
  filtersToParams,
  parseFilters,
} from './search-params.ts';
import type { ProfileKind, Town } from './types.ts';

export function SearchPage() {
  const kind = kindFromSlug(useParams().kindSlug);
  return kind ? <KindSearch kind={kind} key={kind} /> : <NotFoundPage />;
}

function KindSearch({ kind }: { kind: ProfileKind }) {
  const { t, i18n } = useTranslation('catalogue');
  const navigate = useNavigate();
  usePageTitle(t('search.title', { kind: t(`kinds.${kind}`) }));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const query = apiQuery(filters);
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [drawerOpen, drawer] = useDisclosure(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const cards = useRef(new Map<string, HTMLDivElement>());

  const genres = useQuery({
    queryKey: catalogueKeys.genres,
    queryFn: catalogueApi.genres,
    staleTime: Infinity,
  });
  const search = useInfiniteQuery({
    queryKey: catalogueKeys.search(kind, query),
    queryFn: ({ pageParam, signal }) => catalogueApi.search(kind, query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  // The search centre is the chosen town: looked up by name to draw the radius on the map.
  const centre = useQuery({
    queryKey: catalogueKeys.towns(filters.townName),
    queryFn: ({ signal }) => catalogueApi.towns(filters.townName, signal),
    enabled: filters.townId !== null && filters.townName.length >= 2,
    staleTime: Infinity,
    select: (d): Town | undefined => d.items.find((town) => town.id === filters.townId),
  });

  const hits = useMemo(() => search.data?.pages.flatMap((p) => p.items) ?? [], [search.data]);
  const first = search.data?.pages[0];
  const genreName = useMemo(() => {
    const labels = genreLabels(genres.data?.items ?? [], i18n.language);
    return (slug: string) => labels.get(slug) ?? slug;
  }, [genres.data, i18n.language]);

  // The router renders a new URL as a transition, so the old results stay on screen meanwhile (a
  // second on a slow phone): they are marked busy and cannot be paged ("load more" of the old search).
  const [applying, startApplying] = useTransition();
  const apply = (next: Filters) => {
    startApplying(() => {
      setParams(filtersToParams(next));
      setSelectedId(null);
    });
    drawer.close();
  };
  const selectFromMap = (id: string) => {
    setSelectedId(id);
    cards.current.get(id)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  useEffect(() => {
    if (selectedId && !hits.some((h) => h.id === selectedId)) setSelectedId(null);
  }, [hits, selectedId]);

  const filtersPanel = (
    <SearchFilters
      kind={kind}
      value={filters}
      facets={first?.facets ?? null}
      genres={genres.data?.items ?? []}
      onApply={apply}
    />
  );
  const circle = centre.data
    ? {
        latitude: centre.data.latitude,
        longitude: centre.data.longitude,
        radiusMetres: filters.radiusKm * 1000,
      }
    : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1} size="h2">
          {t('search.title', { kind: t(`kinds.${kind}`) })}
        </Title>
        <Group gap="xs" wrap="wrap">
          <NativeSelect
            aria-label={t('search.kindLabel')}
            data={PROFILE_KINDS.map((k) => ({ value: KIND_PLURALS[k], label: t(`kinds.${k}`) }))}
            value={KIND_PLURALS[kind]}
            onChange={(e) => navigate(searchPath(kindFromSlug(e.currentTarget.value) ?? kind))}
            data-testid="kind-select"
          />
          <ExportMenu kind={kind} query={query} disabled={!first || first.total === 0} />
          {!wide && (
            <Button
              variant="light"
              leftSection={<IconAdjustments size={16} aria-hidden />}
              onClick={drawer.open}
              data-testid="filters-open"
            >
              {t('filters.title')}
              {activeFilterCount(filters) > 0 && (
                <Badge ml={6} size="sm" circle>
                  {activeFilterCount(filters)}
                </Badge>
              )}
            </Button>
          )}
        </Group>
      </Group>
      {!wide && (
        <Drawer
          opened={drawerOpen}
          onClose={drawer.close}
          title={t('filters.title')}
          position="bottom"
          size="90%"
        >
          {filtersPanel}
        </Drawer>
      )}
      <Grid gap="md">
        {wide && (
          <Grid.Col span={{ base: 12, md: 4, xl: 3 }}>
            <Paper withBorder p="md" component="aside" aria-label={t('filters.title')}>
              {filtersPanel}
            </Paper>
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, md: 8, xl: 9 }}>
          <Stack gap="sm">
            <ProblemAlert error={search.error} />
            <Text aria-live="polite" data-testid="result-total" fw={500}>
              {first ? t('results.total', { count: first.total }) : '\u00a0'}
            </Text>
            <ResultsMap
              hits={hits}
              selectedId={selectedId}
              onSelect={selectFromMap}
              circle={circle}
              height={wide ? 380 : 260}
            />
            {search.isPending && <Skeleton height={120} />}
            {first && first.total === 0 && (
              <Alert color="gray" data-testid="no-results">
                {t('results.empty')}
              </Alert>
            )}
            <Box
              component="ul"
              aria-label={t('results.listLabel')}
              data-testid="result-list"
              aria-busy={applying || search.isFetching}
              style={{
                listStyle: 'none',
                padding: 0,
                margin: 0,
                display: 'grid',
                gap: 8,
                opacity: applying ? 0.5 : 1,
              }}
            >
              {hits.map((hit) => (
                <li key={hit.id}>
                  <ResultCard
                    ref={(el) => {
                      if (el) cards.current.set(hit.id, el);
                      else cards.current.delete(hit.id);
                    }}
                    hit={hit}
                    selected={hit.id === selectedId}
                    genreName={genreName}
                    onSelect={setSelectedId}
                  />
                </li>
              ))}
            </Box>
            {search.hasNextPage && !applying && (
              <Button
                variant="light"
                onClick={() => search.fetchNextPage()}
                loading={search.isFetchingNextPage}
                data-testid="load-more"
              >
                {t('results.loadMore', { shown: hits.length, total: first?.total ?? 0 })}
              </Button>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
