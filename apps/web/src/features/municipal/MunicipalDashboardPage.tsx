import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { municipalApi, municipalKeys } from './api.ts';
import { day, euros } from './format.ts';
import { MunicipalProblem } from './MunicipalProblem.tsx';

const STATUSES = ['', 'planning', 'published', 'contracted', 'completed'] as const;

export function MunicipalDashboardPage() {
  const { t, i18n } = useTranslation('municipal');
  const { currentOrg } = useAuthenticatedSession();
  const orgId = currentOrg?.id ?? '';
  const [year, setYear] = useState(new Date().getFullYear());
  const [status, setStatus] = useState('');
  usePageTitle(t('dashboard.title'));
  const query = useQuery({
    queryKey: [...municipalKeys.all(orgId), 'dashboard', year, status],
    queryFn: () => municipalApi.dashboard(orgId, year, status),
    enabled: orgId !== '',
  });
  const d = query.data;
  const lang = i18n.language;
  const years = [year - 1, year, year + 1].map((y) => ({ value: String(y), label: String(y) }));

  return (
    <Stack gap="md" data-testid="municipal-dashboard">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('dashboard.title')}
        </Title>
        <Group>
          <Button component={Link} to="/app/municipal/invoices" variant="light" data-testid="invoices-link">
            {t('invoices.title')}
          </Button>
          <Button component={Link} to="/app/municipal/archive" variant="light" data-testid="archive-link">
            {t('archive.title')}
          </Button>
          <Button component={Link} to="/app/municipal/events/new" data-testid="new-event">
            {t('dashboard.newEvent')}
          </Button>
        </Group>
      </Group>
      <Group wrap="wrap">
        <NativeSelect
          label={t('dashboard.year')}
          data={years}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
        />
        <NativeSelect
          label={t('dashboard.statusFilter')}
          data={STATUSES.map((s) => ({ value: s, label: s ? t(`status.${s}`) : t('dashboard.allStatuses') }))}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
        />
      </Group>
      <MunicipalProblem error={query.error} />
      {d && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {(['allocatedCents', 'committedCents', 'invoicedCents', 'paidCents'] as const).map((k) => (
              <Card key={k} withBorder padding="sm">
                <Text size="sm" c="dimmed">
                  {t(`budget.${k}`)}
                </Text>
                <Text fw={700} data-testid={`total-${k}`}>
                  {euros(d.totals[k], lang)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <Card withBorder>
            <Title order={2} fz="lg" mb="sm">
              {t('dashboard.calendar')}
            </Title>
            {d.calendar.length === 0 ? (
              <Text c="dimmed">{t('dashboard.noEvents')}</Text>
            ) : (
              <Stack gap="xs">
                {d.calendar.map((e) => (
                  <Group key={e.id} justify="space-between" wrap="nowrap">
                    <div>
                      <Text
                        component={Link}
                        to={`/app/municipal/events/${e.id}`}
                        fw={600}
                        c="blue.8"
                        data-testid="calendar-event"
                      >
                        {e.title}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {day(e.startDate, lang)} · {t(`kind.${e.kind}`)} · {e.placeName}
                      </Text>
                    </div>
                    <Badge variant="light">{t(`status.${e.status}`)}</Badge>
                  </Group>
                ))}
              </Stack>
            )}
          </Card>
          <Card withBorder>
            <Title order={2} fz="lg" mb="sm">
              {t('dashboard.budgetByEvent')}
            </Title>
            <Table.ScrollContainer minWidth={560}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('budget.event')}</Table.Th>
                    <Table.Th>{t('budget.imputation')}</Table.Th>
                    <Table.Th>{t('budget.allocatedCents')}</Table.Th>
                    <Table.Th>{t('budget.committedCents')}</Table.Th>
                    <Table.Th>{t('budget.invoicedCents')}</Table.Th>
                    <Table.Th>{t('budget.paidCents')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.budget.map((b) => (
                    <Table.Tr key={b.eventId}>
                      <Table.Td>{b.title}</Table.Td>
                      <Table.Td>
                        {b.imputation.chapter}/{b.imputation.article}
                      </Table.Td>
                      <Table.Td>{euros(b.allocatedCents, lang)}</Table.Td>
                      <Table.Td>{euros(b.committedCents, lang)}</Table.Td>
                      <Table.Td>{euros(b.invoicedCents, lang)}</Table.Td>
                      <Table.Td>{euros(b.paidCents, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Title order={2} fz="lg" mb="sm">
                {t('dashboard.companies')}
              </Title>
              {d.contractedCompanies.length === 0 && <Text c="dimmed">{t('dashboard.none')}</Text>}
              {d.contractedCompanies.map((c) => (
                <Text key={c.id} size="sm">
                  {c.companyName} — {c.number} — {euros(c.amountInclVatCents, lang)} (
                  {t(`orderStatus.${c.status}`)})
                </Text>
              ))}
            </Card>
            <Card withBorder>
              <Title order={2} fz="lg" mb="sm">
                {t('dashboard.payments')}
              </Title>
              {d.upcomingPayments.length === 0 && <Text c="dimmed">{t('dashboard.none')}</Text>}
              {d.upcomingPayments.map((i) => (
                <Text key={i.id} size="sm" data-testid="upcoming-payment">
                  {i.number} — {i.issuerName} — {euros(i.totalInclVatCents, lang)} —{' '}
                  {t('payments.dueOn', { date: day(i.dueDate, lang) })} —{' '}
                  {t(`paymentStatus.${i.payment.status}`)}
                </Text>
              ))}
            </Card>
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
