import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';

const DEALS = ['flat_guarantee', 'guarantee_vs_percentage', 'door_deal', 'co_realisation'] as const;
type DealType = (typeof DEALS)[number];

function deal(type: DealType, percent: number) {
  const bp = Math.round(percent * 100);
  switch (type) {
    case 'flat_guarantee':
      return { type };
    case 'guarantee_vs_percentage':
      return { type, percentageBasisPoints: bp, deductibleCostsCents: 0 };
    case 'door_deal':
      return { type, percentageBasisPoints: bp };
    case 'co_realisation':
      return { type, producerShareBasisPoints: bp };
  }
}

/** Offer or counter-offer terms; the signatory defaults to the logged-in user. */
export function OfferForm({
  onSubmit,
  onDone,
  withSignatory = true,
}: {
  onSubmit: (body: unknown) => Promise<unknown>;
  onDone: () => void;
  withSignatory?: boolean;
}) {
  const { t } = useTranslation('booking');
  const { user } = useAuthenticatedSession();
  const [fee, setFee] = useState<number | string>(8000);
  const [currency, setCurrency] = useState('EUR');
  const [dealType, setDealType] = useState<DealType>('flat_guarantee');
  const [percent, setPercent] = useState<number | string>(70);
  const [capacity, setCapacity] = useState<number | string>(500);
  const [setMinutes, setSetMinutes] = useState<number | string>(90);
  const [times, setTimes] = useState({
    loadIn: '14:00',
    soundcheck: '16:30',
    doors: '19:30',
    showStart: '20:30',
    curfew: '23:30',
  });
  const [hospitality, setHospitality] = useState('');
  const [name, setName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email);
  const submit = useMutation({
    mutationFn: () =>
      onSubmit({
        terms: {
          feeCents: Math.round(Number(fee) * 100),
          currency,
          deal: deal(dealType, Number(percent)),
          capacity: Number(capacity),
          setLengthSeconds: Number(setMinutes) * 60,
          schedule: Object.fromEntries(Object.entries(times).filter(([, v]) => v)),
          hospitality,
        },
        ...(withSignatory ? { signatory: { name, email } } : {}),
      }),
    onSuccess: onDone,
  });
  const time = (key: keyof typeof times) => (
    <TextInput
      type="time"
      label={t(`offer.schedule.${key}`)}
      value={times[key]}
      onChange={(e) => setTimes({ ...times, [key]: e.currentTarget.value })}
    />
  );
  return (
    <Stack gap="xs" mt="sm" data-testid="offer-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label={t('offer.fee')} value={fee} onChange={setFee} data-testid="offer-fee" />
        <NativeSelect
          label={t('offer.currency')}
          value={currency}
          onChange={(e) => setCurrency(e.currentTarget.value)}
          data={['EUR', 'CHF']}
        />
        <NativeSelect
          label={t('offer.deal')}
          value={dealType}
          onChange={(e) => setDealType(DEALS.find((d) => d === e.currentTarget.value) ?? 'flat_guarantee')}
          data={DEALS.map((d) => ({ value: d, label: t(`offer.deals.${d}`) }))}
        />
        {dealType !== 'flat_guarantee' && (
          <NumberInput label={t('offer.percent')} value={percent} onChange={setPercent} min={1} max={100} />
        )}
        <NumberInput label={t('offer.capacity')} value={capacity} onChange={setCapacity} min={1} />
        <NumberInput label={t('offer.setLength')} value={setMinutes} onChange={setSetMinutes} min={5} />
        {time('loadIn')}
        {time('soundcheck')}
        {time('doors')}
        {time('showStart')}
        {time('curfew')}
      </SimpleGrid>
      <Textarea
        label={t('offer.hospitality')}
        value={hospitality}
        onChange={(e) => setHospitality(e.currentTarget.value)}
      />
      {withSignatory && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('offer.signatoryName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label={t('offer.signatoryEmail')}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
        </SimpleGrid>
      )}
      {submit.error && <ProblemAlert error={submit.error} />}
      <Group>
        <Button onClick={() => submit.mutate()} loading={submit.isPending} data-testid="offer-submit">
          {t('offer.send')}
        </Button>
      </Group>
    </Stack>
  );
}
