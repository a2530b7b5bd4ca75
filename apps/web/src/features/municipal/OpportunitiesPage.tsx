import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { municipalApi, municipalKeys, type Opportunity, type Order } from './api.ts';
import { day, euros } from './format.ts';
import { MunicipalProblem } from './MunicipalProblem.tsx';

const TYPES = ['deambulation', 'fixe', 'interactif', 'atelier'] as const;

function AnswerForm({ orgId, opportunity }: { orgId: string; opportunity: Opportunity }) {
  const { t } = useTranslation('municipal');
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { showTitle: '', performanceType: 'deambulation', amount: '' } });
  const submit = useMutation({
    mutationFn: (v: { showTitle: string; performanceType: string; amount: string }) =>
      municipalApi.submitQuote(orgId, opportunity.eventId, {
        showTitle: v.showTitle,
        performanceType: v.performanceType,
        amountExclVat: v.amount.replace(',', '.').replace(/\s/g, ''),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalKeys.all(orgId) }),
  });
  return (
    <form noValidate data-testid="quote-form" onSubmit={form.onSubmit((v) => submit.mutate(v))}>
      <Stack gap="xs">
        <MunicipalProblem error={submit.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('answer.showTitle')} required {...form.getInputProps('showTitle')} />
          <NativeSelect
            label={t('answer.type')}
            data={TYPES.map((v) => ({ value: v, label: t(`format.${v}`) }))}
            {...form.getInputProps('performanceType')}
          />
          <TextInput
            label={t('answer.amount')}
            inputMode="decimal"
            required
            {...form.getInputProps('amount')}
          />
        </SimpleGrid>
        <Button
          type="submit"
          loading={submit.isPending}
          data-testid="submit-quote"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('answer.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function InvoiceForm({ orgId, order }: { orgId: string; order: Order }) {
  const { t } = useTranslation('municipal');
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { siret: '', vatId: '', addressLine1: '', postcode: '', city: '', iban: '' },
  });
  const issue = useMutation({
    mutationFn: (v: typeof form.values) =>
      municipalApi.issueInvoice(orgId, order.id, {
        seller: {
          siret: v.siret.replace(/\s/g, ''),
          ...(v.vatId ? { vatId: v.vatId.replace(/\s/g, '') } : {}),
          addressLine1: v.addressLine1,
          postcode: v.postcode,
          city: v.city,
          ...(v.iban ? { iban: v.iban.replace(/\s/g, '') } : {}),
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalKeys.all(orgId) }),
  });
  return (
    <form noValidate data-testid="invoice-form" onSubmit={form.onSubmit((v) => issue.mutate(v))}>
      <Stack gap="xs">
        <MunicipalProblem error={issue.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('order.siret')} inputMode="numeric" required {...form.getInputProps('siret')} />
          <TextInput label={t('answer.vatId')} {...form.getInputProps('vatId')} />
          <TextInput label={t('answer.iban')} {...form.getInputProps('iban')} />
          <TextInput label={t('order.address')} required {...form.getInputProps('addressLine1')} />
          <TextInput label={t('order.postcode')} required {...form.getInputProps('postcode')} />
          <TextInput label={t('order.city')} required {...form.getInputProps('city')} />
        </SimpleGrid>
        <Button
          type="submit"
          loading={issue.isPending}
          data-testid="issue-invoice"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('answer.invoice')}
        </Button>
      </Stack>
    </form>
  );
}

export function OpportunitiesPage() {
  const { t, i18n } = useTranslation('municipal');
  const lang = i18n.language;
  const { currentOrg } = useAuthenticatedSession();
  const orgId = currentOrg?.id ?? '';
  usePageTitle(t('opportunities.title'));
  const needs = useQuery({
    queryKey: [...municipalKeys.all(orgId), 'opportunities'],
    queryFn: () => municipalApi.opportunities(orgId),
    enabled: orgId !== '',
  });
  const orders = useQuery({
    queryKey: [...municipalKeys.all(orgId), 'orders'],
    queryFn: () => municipalApi.orders(orgId),
    enabled: orgId !== '',
  });
  const references = useQuery({
    queryKey: [...municipalKeys.all(orgId), 'references'],
    queryFn: () => municipalApi.references(orgId),
    enabled: orgId !== '',
  });

  return (
    <Stack gap="md" data-testid="opportunities-page">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('opportunities.title')}
        </Title>
        <Group>
          <Button component={Link} to="/app/municipal/invoices" variant="light">
            {t('invoices.title')}
          </Button>
          <Button component={Link} to="/app/municipal/archive" variant="light">
            {t('archive.title')}
          </Button>
        </Group>
      </Group>
      <Text size="sm">{t('opportunities.intro')}</Text>
      <MunicipalProblem error={needs.error} />
      {(needs.data?.items ?? []).length === 0 && <Text c="dimmed">{t('opportunities.none')}</Text>}
      {(needs.data?.items ?? []).map((o) => (
        <Card key={o.eventId} withBorder data-testid="opportunity">
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap">
              <Text fw={700}>{o.title}</Text>
              {o.local && <Badge color="teal.9">{t('quotes.local')}</Badge>}
            </Group>
            <Text size="sm">
              {o.communeName} · {day(o.startDate, lang)} · {o.placeName} ·{' '}
              {t('event.audience', { count: o.expectedAudience })}
              {o.distanceMetres !== null && ` · ${Math.round(o.distanceMetres / 1000)} km`}
            </Text>
            <Text size="sm">{o.need}</Text>
            <Text size="sm" c="dimmed">
              {t('event.deadlineIs', { date: day(o.responseDeadline, lang) })}
            </Text>
            {o.myQuoteStatus ? (
              <Badge variant="light" data-testid="my-quote-status">
                {t(`quoteStatus.${o.myQuoteStatus}`)}
              </Badge>
            ) : (
              <AnswerForm orgId={orgId} opportunity={o} />
            )}
          </Stack>
        </Card>
      ))}
      <Title order={2} fz="lg">
        {t('opportunities.orders')}
      </Title>
      {(orders.data?.items ?? []).length === 0 && <Text c="dimmed">{t('dashboard.none')}</Text>}
      {(orders.data?.items ?? []).map((order) => (
        <Card key={order.id} withBorder data-testid="company-order">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={700}>
                {order.number} — {order.communeName}
              </Text>
              <Badge>{t(`orderStatus.${order.status}`)}</Badge>
            </Group>
            <Text size="sm">
              {order.eventTitle} · {euros(order.amountInclVatCents, lang)} {t('quotes.inclVat')}
            </Text>
            {order.status === 'service_done' && <InvoiceForm orgId={orgId} order={order} />}
          </Stack>
        </Card>
      ))}
      <Title order={2} fz="lg">
        {t('opportunities.references')}
      </Title>
      <MunicipalProblem error={references.error} />
      {(references.data?.items ?? []).length === 0 && (
        <Text c="dimmed">{t('opportunities.noReferences')}</Text>
      )}
      {(references.data?.items ?? []).map((r) => (
        <Text key={r.orderId} size="sm" data-testid="municipal-reference">
          {day(r.date, lang)} — {r.eventTitle} — {r.communeName}
        </Text>
      ))}
    </Stack>
  );
}
