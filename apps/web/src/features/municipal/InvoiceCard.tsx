import { Alert, Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  downloadFile,
  type InvoiceView,
  type LateInterest,
  municipalApi,
  municipalKeys,
  type PaymentStatus,
} from './api.ts';
import { day, euros, pick } from './format.ts';
import { MunicipalProblem } from './MunicipalProblem.tsx';

function addDays(iso: string, days: number) {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Shade 9 keeps white badge text above 4.5:1. */
const STATUS_COLOR: Record<PaymentStatus, string> = {
  not_due: 'gray.8',
  due_soon: 'blue.9',
  due_today: 'red.9',
  overdue: 'red.9',
  paid: 'teal.9',
  unknown: 'gray.8',
};

/** Interest and indemnity of a late payment, with the rate flagged when it is provisional. */
function LateInterestAlert({ late, testId, title }: { late: LateInterest; testId: string; title?: string }) {
  const { t, i18n } = useTranslation('municipal');
  const lang = i18n.language;
  return (
    <Alert color={late.kind === 'late' ? 'orange' : 'teal'} data-testid={testId}>
      {title && <Text fw={700}>{title}</Text>}
      <Text fw={600}>
        {late.kind === 'late'
          ? t('payments.lateTotal', {
              days: late.daysLate,
              interest: euros(late.interestCents, lang),
              indemnity: euros(late.indemnityCents, lang),
              total: euros(late.totalCents, lang),
            })
          : t('payments.onTime')}
      </Text>
      {late.ecbRate?.provisional && (
        <Text size="sm" fw={600} data-testid="provisional-rate">
          {t('payments.provisionalRate', { date: day(late.ecbRate.validFrom, lang) })}
        </Text>
      )}
      <Text size="sm">{pick(late.explanation, lang)}</Text>
    </Alert>
  );
}

function PaymentForm({ orgId, invoice }: { orgId: string; invoice: InvoiceView }) {
  const { t } = useTranslation('municipal');
  const queryClient = useQueryClient();
  const [paidOn, setPaidOn] = useState('');
  const [amount, setAmount] = useState((invoice.totalInclVatCents / 100).toFixed(2));
  const record = useMutation({
    mutationFn: () =>
      municipalApi.recordPayment(orgId, invoice.id, {
        paidOn,
        amount: amount.replace(',', '.').replace(/\s/g, ''),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalKeys.all(orgId) }),
  });
  return (
    <form
      noValidate
      data-testid="payment-form"
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate();
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            label={t('payments.paidOn')}
            required
            value={paidOn}
            onChange={(e) => setPaidOn(e.currentTarget.value)}
          />
          <TextInput
            label={t('payments.amount')}
            inputMode="decimal"
            required
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
          />
          <Button type="submit" loading={record.isPending} data-testid="record-payment">
            {t('payments.record')}
          </Button>
        </Group>
        <MunicipalProblem error={record.error} />
      </Stack>
    </form>
  );
}

/**
 * One invoice with its legal deadline: reminders before it, days late and what is owed after it,
 * payment recording by the buyer, and a simulation of the interest for any payment day.
 */
export function InvoiceCard({ orgId, invoice }: { orgId: string; invoice: InvoiceView }) {
  const { t, i18n } = useTranslation('municipal');
  const lang = i18n.language;
  const [simulatedOn, setSimulatedOn] = useState(addDays(invoice.dueDate, 10));
  const [simulated, setSimulated] = useState<LateInterest | null>(null);
  const simulate = useMutation({
    mutationFn: () => municipalApi.lateInterest(orgId, invoice.id, simulatedOn),
    onSuccess: setSimulated,
  });
  const download = useMutation({
    mutationFn: (kind: 'pdf' | 'factur-x.xml') =>
      downloadFile(
        orgId,
        `/invoices/${invoice.id}/${kind}`,
        kind === 'pdf' ? `${invoice.number}.pdf` : `${invoice.number}.xml`,
      ),
  });
  const p = invoice.payment;
  const isBuyer = invoice.buyerOrganisationId === orgId;
  const upcoming = p.alerts.filter((a) => p.nextAlert !== null && a.date >= p.nextAlert);

  return (
    <Card withBorder data-testid="invoice-card">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={700} data-testid="invoice-number">
            {t('invoices.invoice', { number: invoice.number })}
          </Text>
          <Badge color={STATUS_COLOR[p.status]} data-testid="payment-status">
            {t(`paymentStatus.${p.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {isBuyer ? invoice.issuerName : invoice.buyerName} — {euros(invoice.totalInclVatCents, lang)}{' '}
          {t('quotes.inclVat')} ({euros(invoice.totalExclVatCents, lang)} {t('quotes.exclVat')})
        </Text>
        <Text size="sm" data-testid="payment-deadline">
          {t('payments.receivedOn', { date: day(invoice.receivedOn, lang) })} ·{' '}
          {t('payments.dueOn', { date: day(invoice.dueDate, lang) })}
          {p.daysRemaining !== null &&
            ` — ${
              p.daysRemaining >= 0
                ? t('payments.daysRemaining', { count: p.daysRemaining })
                : t('payments.daysLate', { count: -p.daysRemaining })
            }`}
        </Text>
        {upcoming.length > 0 && (
          <Text size="sm" data-testid="payment-alerts">
            {t('payments.alerts', {
              dates: upcoming.map((a) => day(a.date, lang)).join(', '),
            })}
          </Text>
        )}
        {p.lateIfPaidToday && (
          <LateInterestAlert late={p.lateIfPaidToday} testId="owed-today" title={t('payments.owedToday')} />
        )}
        {invoice.paidOn && (
          <Text size="sm" fw={600} data-testid="paid-on">
            {invoice.lateInterestCents
              ? t('payments.paidLate', {
                  date: day(invoice.paidOn, lang),
                  total: euros(invoice.lateInterestCents, lang),
                })
              : t('payments.paidOnTime', { date: day(invoice.paidOn, lang) })}
          </Text>
        )}
        <Group>
          <Button size="xs" variant="light" onClick={() => download.mutate('pdf')}>
            {t('invoices.pdf')}
          </Button>
          <Button size="xs" variant="light" onClick={() => download.mutate('factur-x.xml')}>
            {t('invoices.xml')}
          </Button>
        </Group>
        <MunicipalProblem error={download.error} />
        {isBuyer && !invoice.paidOn && <PaymentForm orgId={orgId} invoice={invoice} />}
        {!invoice.paidOn && (
          <>
            <Group align="flex-end" wrap="wrap">
              <TextInput
                type="date"
                label={t('payments.simulate')}
                value={simulatedOn}
                onChange={(e) => setSimulatedOn(e.currentTarget.value)}
              />
              <Button
                size="sm"
                onClick={() => simulate.mutate()}
                loading={simulate.isPending}
                data-testid="simulate-interest"
              >
                {t('payments.compute')}
              </Button>
            </Group>
            <MunicipalProblem error={simulate.error} />
            {simulated && <LateInterestAlert late={simulated} testId="late-interest" />}
          </>
        )}
      </Stack>
    </Card>
  );
}
