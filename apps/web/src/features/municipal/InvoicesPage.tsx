import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { municipalApi, municipalKeys } from './api.ts';
import { InvoiceCard } from './InvoiceCard.tsx';
import { MunicipalProblem } from './MunicipalProblem.tsx';

/** Invoices received (commune) or issued (company), nearest legal deadline first. */
export function InvoicesPage() {
  const { t } = useTranslation('municipal');
  const { currentOrg } = useAuthenticatedSession();
  const orgId = currentOrg?.id ?? '';
  const [show, setShow] = useState<'unpaid' | 'all'>('unpaid');
  usePageTitle(t('invoices.title'));
  const invoices = useQuery({
    queryKey: [...municipalKeys.all(orgId), 'invoices'],
    queryFn: () => municipalApi.invoices(orgId),
    enabled: orgId !== '',
  });
  const items = (invoices.data?.items ?? []).filter((i) => show === 'all' || i.paidOn === null);

  return (
    <Stack gap="md" data-testid="invoices-page">
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('invoices.title')}
      </Title>
      <Text size="sm">{t('invoices.intro')}</Text>
      <SegmentedControl
        style={{ alignSelf: 'flex-start' }}
        value={show}
        onChange={(v) => setShow(v === 'all' ? 'all' : 'unpaid')}
        data={[
          { value: 'unpaid', label: t('invoices.unpaid') },
          { value: 'all', label: t('invoices.all') },
        ]}
      />
      <MunicipalProblem error={invoices.error} />
      {invoices.data && items.length === 0 && <Text c="dimmed">{t('invoices.none')}</Text>}
      {items.map((i) => (
        <InvoiceCard key={i.id} orgId={orgId} invoice={i} />
      ))}
    </Stack>
  );
}
