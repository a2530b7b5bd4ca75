import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { HoldsSection } from './HoldsSection.tsx';
import { OffersSection } from './OffersSection.tsx';

export function BookingPage() {
  const { t } = useTranslation('booking');
  const { currentOrg } = useAuthenticatedSession();
  usePageTitle(t('title'));
  if (!currentOrg) return null;
  return (
    <Stack gap="lg" data-testid="booking-page">
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('title')}
      </Title>
      <HoldsSection orgId={currentOrg.id} />
      <OffersSection orgId={currentOrg.id} />
    </Stack>
  );
}
