import { Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { municipalApi, municipalKeys } from './api.ts';
import { euros } from './format.ts';
import { MunicipalProblem } from './MunicipalProblem.tsx';

export function QuotesPanel({
  orgId,
  eventId,
  canSelect,
}: {
  orgId: string;
  eventId: string;
  canSelect: boolean;
}) {
  const { t, i18n } = useTranslation('municipal');
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...municipalKeys.all(orgId), 'quotes', eventId, lang],
    queryFn: () => municipalApi.quotes(orgId, eventId, lang),
  });
  const select = useMutation({
    mutationFn: (quoteId: string) => municipalApi.select(orgId, eventId, quoteId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalKeys.all(orgId) }),
  });
  const items = query.data?.items ?? [];

  return (
    <Card withBorder data-testid="quotes-panel">
      <Title order={2} fz="lg" mb="sm">
        {t('quotes.title')}
      </Title>
      <MunicipalProblem error={query.error ?? select.error} />
      {items.length === 0 ? (
        <Text c="dimmed">{t('quotes.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quotes.company')}</Table.Th>
                <Table.Th>{t('quotes.amount')}</Table.Th>
                <Table.Th>{t('quotes.distance')}</Table.Th>
                <Table.Th>{t('quotes.score')}</Table.Th>
                <Table.Th>{t('quotes.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((q) => (
                <Table.Tr key={q.id} data-testid="quote-row">
                  <Table.Td>
                    <Text fw={600}>{q.companyName}</Text>
                    <Text size="sm" c="dimmed">
                      {q.showTitle}
                    </Text>
                    <Text size="xs" c="dimmed" data-testid="profile-source">
                      {t(`quotes.source.${q.profileSource}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text>
                      {euros(q.amountExclVatCents, lang)} {t('quotes.exclVat')}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {euros(q.amountInclVatCents, lang)} {t('quotes.inclVat')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {q.distanceMetres === null ? '—' : `${Math.round(q.distanceMetres / 1000)} km`}{' '}
                    {q.local && (
                      <Text size="sm" fw={700} c="teal.9">
                        {t('quotes.local')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text fw={700} data-testid="quote-score">
                      {q.score?.total ?? '—'}
                    </Text>
                    {q.score?.lines.map((l) => (
                      <Text key={l.criterion} size="xs" c="dimmed">
                        {l.points}/{l.weight} · {l.explanation}
                      </Text>
                    ))}
                    {q.score?.reasons.map((r) => (
                      <Text key={r} size="xs" c="red.8">
                        {r}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <Text size="sm" fw={600}>
                        {t(`quoteStatus.${q.status}`)}
                      </Text>
                      {canSelect && q.status === 'submitted' && (
                        <Button
                          size="xs"
                          onClick={() => select.mutate(q.id)}
                          loading={select.isPending}
                          data-testid="select-quote"
                        >
                          {t('quotes.select')}
                        </Button>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
