import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { municipalApi, municipalKeys } from './api.ts';
import { day, euros } from './format.ts';
import { InvoiceCard } from './InvoiceCard.tsx';
import { MunicipalProblem } from './MunicipalProblem.tsx';

interface OrderValues {
  name: string;
  capacity: string;
  siret: string;
  addressLine1: string;
  postcode: string;
  city: string;
  serviceCode: string;
}

export function OrderPanel({
  orgId,
  eventId,
  selectedQuoteId,
}: {
  orgId: string;
  eventId: string;
  selectedQuoteId: string | null;
}) {
  const { t, i18n } = useTranslation('municipal');
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const orders = useQuery({
    queryKey: [...municipalKeys.all(orgId), 'orders'],
    queryFn: () => municipalApi.orders(orgId),
  });
  const invoices = useQuery({
    queryKey: [...municipalKeys.all(orgId), 'invoices'],
    queryFn: () => municipalApi.invoices(orgId),
  });
  const order = orders.data?.items.find((o) => o.eventId === eventId) ?? null;
  const refresh = () => queryClient.invalidateQueries({ queryKey: municipalKeys.all(orgId) });
  const form = useForm<OrderValues>({
    initialValues: {
      name: '',
      capacity: '',
      siret: '',
      addressLine1: '',
      postcode: '',
      city: '',
      serviceCode: '',
    },
  });
  const issue = useMutation({
    mutationFn: (v: OrderValues) =>
      municipalApi.issueOrder(orgId, eventId, {
        quoteId: selectedQuoteId,
        billing: {
          siret: v.siret.replace(/\s/g, ''),
          addressLine1: v.addressLine1,
          postcode: v.postcode,
          city: v.city,
          ...(v.serviceCode ? { serviceCode: v.serviceCode } : {}),
        },
        signatory: { name: v.name, capacity: v.capacity },
      }),
    onSuccess: refresh,
  });
  const done = useMutation({
    mutationFn: () => municipalApi.serviceDone(orgId, order?.id ?? ''),
    onSuccess: refresh,
  });
  const input = (k: keyof OrderValues) => form.getInputProps(k);
  const orderInvoices = (invoices.data?.items ?? []).filter((i) => i.purchaseOrderId === order?.id);

  return (
    <Card withBorder data-testid="order-panel">
      <Title order={2} fz="lg" mb="sm">
        {t('order.title')}
      </Title>
      {!order && !selectedQuoteId && <Text c="dimmed">{t('order.selectFirst')}</Text>}
      {!order && selectedQuoteId && (
        <form noValidate data-testid="order-form" onSubmit={form.onSubmit((v) => issue.mutate(v))}>
          <Stack>
            <MunicipalProblem error={issue.error} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('order.signatoryName')} required {...input('name')} />
              <TextInput label={t('order.signatoryCapacity')} required {...input('capacity')} />
              <TextInput label={t('order.siret')} inputMode="numeric" required {...input('siret')} />
              <TextInput label={t('order.serviceCode')} {...input('serviceCode')} />
              <TextInput label={t('order.address')} required {...input('addressLine1')} />
              <TextInput label={t('order.postcode')} required {...input('postcode')} />
              <TextInput label={t('order.city')} required {...input('city')} />
            </SimpleGrid>
            <Button
              type="submit"
              loading={issue.isPending}
              data-testid="issue-order"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('order.issue')}
            </Button>
          </Stack>
        </form>
      )}
      {order && (
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={700} data-testid="order-number">
              {t('order.number', { number: order.number })}
            </Text>
            <Badge data-testid="order-status">{t(`orderStatus.${order.status}`)}</Badge>
          </Group>
          <Text size="sm">
            {euros(order.amountExclVatCents, lang)} {t('quotes.exclVat')} ·{' '}
            {euros(order.amountInclVatCents, lang)} {t('quotes.inclVat')} ·{' '}
            {t('order.imputation', { chapter: order.imputation.chapter, article: order.imputation.article })}
          </Text>
          {order.status === 'issued' && (
            <Button
              onClick={() => done.mutate()}
              loading={done.isPending}
              data-testid="service-done"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('order.serviceDone')}
            </Button>
          )}
          {order.serviceDoneOn && (
            <Text size="sm">{t('order.serviceDoneOn', { date: day(order.serviceDoneOn, lang) })}</Text>
          )}
          <MunicipalProblem error={done.error} />
          {orderInvoices.map((i) => (
            <InvoiceCard key={i.id} orgId={orgId} invoice={i} />
          ))}
        </Stack>
      )}
    </Card>
  );
}
