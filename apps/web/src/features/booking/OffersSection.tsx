import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { bookingApi, formatFee, type Offer } from './api.ts';
import { Countdown } from './Countdown.tsx';
import { OfferForm } from './OfferForm.tsx';

function OfferCard({ orgId, offer }: { orgId: string; offer: Offer }) {
  const { t, i18n } = useTranslation('booking');
  const { user } = useAuthenticatedSession();
  const qc = useQueryClient();
  const [countering, setCountering] = useState(false);
  const refresh = () => qc.invalidateQueries({ queryKey: ['booking', orgId] });
  const act = useMutation({
    mutationFn: (action: 'accept' | 'decline' | 'send') =>
      action === 'accept'
        ? bookingApi.accept(orgId, offer.id, { name: user.displayName, email: user.email })
        : action === 'decline'
          ? bookingApi.decline(orgId, offer.id)
          : bookingApi.send(orgId, offer.id),
    onSuccess: refresh,
  });
  const mine = offer.awaitingOrganisationId === orgId && offer.status === 'pending';
  const isSeller = offer.artistOrganisationId === orgId;
  const v = offer.validation;
  const canSend =
    isSeller && offer.status === 'accepted' && !offer.signatureRequestId && (!v || v.status === 'approved');
  return (
    <Card withBorder data-testid="offer-row" data-offer-id={offer.id} data-status={offer.status}>
      <Group justify="space-between" wrap="wrap">
        <Text fw={600}>
          {offer.date} · {offer.venueName} · {offer.artistName}
        </Text>
        <Group gap="xs">
          <Badge data-testid="offer-status">
            {t(`offers.status.${offer.status}`, { defaultValue: offer.status })}
          </Badge>
          {offer.tier && (
            <Badge variant="outline" data-testid="offer-tier">
              {t(`offers.tier.${offer.tier}`, { defaultValue: offer.tier })}
            </Badge>
          )}
          {v && (
            <Badge
              color={v.status === 'approved' ? 'teal.9' : 'orange.9'}
              variant="filled"
              data-testid="offer-validation"
            >
              {t(`validation.status.${v.status}`, { defaultValue: v.status })}
            </Badge>
          )}
          {v?.status === 'pending' && <Countdown seconds={v.secondsLeft} label={t('validation.sla')} />}
          {offer.signatureRequestId && (
            <Badge color="teal" data-testid="offer-sent">
              {t('offers.sent')}
            </Badge>
          )}
        </Group>
      </Group>
      <Table mt="xs" data-testid="offer-history" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>{t('offers.from')}</Table.Th>
            <Table.Th>{t('offer.fee')}</Table.Th>
            <Table.Th>{t('offer.deal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {offer.revisions.map((r) => (
            <Table.Tr key={r.revision}>
              <Table.Td>{r.revision}</Table.Td>
              <Table.Td>
                {r.fromOrganisationId === offer.artistOrganisationId ? t('offers.seller') : t('offers.buyer')}
              </Table.Td>
              <Table.Td>{formatFee(r.feeCents, r.currency, i18n.language)}</Table.Td>
              <Table.Td>
                {t(`offer.deals.${String((r.terms.deal as { type?: string } | undefined)?.type)}`, {
                  defaultValue: '',
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {act.error && <ProblemAlert error={act.error} />}
      <Group gap="xs" mt="xs">
        {mine && (
          <>
            <Button
              size="xs"
              onClick={() => act.mutate('accept')}
              loading={act.isPending}
              data-testid="offer-accept"
            >
              {t('offers.accept')}
            </Button>
            <Button
              size="xs"
              variant="light"
              onClick={() => setCountering(!countering)}
              data-testid="offer-counter"
            >
              {t('offers.counter')}
            </Button>
            <Button size="xs" color="gray" variant="subtle" onClick={() => act.mutate('decline')}>
              {t('offers.decline')}
            </Button>
          </>
        )}
        {offer.contractId && (
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/app/contracts/${offer.contractId}`}
            data-testid="offer-contract"
          >
            {t('offers.openContract')}
          </Button>
        )}
        {canSend && (
          <Button
            size="xs"
            onClick={() => act.mutate('send')}
            loading={act.isPending}
            data-testid="offer-send"
          >
            {t('offers.sendForSignature')}
          </Button>
        )}
      </Group>
      {countering && (
        <OfferForm
          onSubmit={(body) => bookingApi.counter(orgId, offer.id, body)}
          onDone={() => {
            setCountering(false);
            void refresh();
          }}
        />
      )}
    </Card>
  );
}

export function OffersSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation('booking');
  const offers = useQuery({
    queryKey: ['booking', orgId, 'offers'],
    queryFn: () => bookingApi.offers(orgId),
  });
  return (
    <Stack gap="sm">
      <Title order={2} fz="lg">
        {t('offers.title')}
      </Title>
      {(offers.data ?? []).length === 0 && <Text c="dimmed">{t('offers.none')}</Text>}
      {(offers.data ?? []).map((o) => (
        <OfferCard key={o.id} orgId={orgId} offer={o} />
      ))}
    </Stack>
  );
}
