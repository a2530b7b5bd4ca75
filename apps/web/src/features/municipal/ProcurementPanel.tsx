import { Alert, Button, Card, Group, List, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Determination, municipalApi } from './api.ts';
import { pick } from './format.ts';
import { MunicipalProblem } from './MunicipalProblem.tsx';

export function ProcurementPanel({
  orgId,
  eventId,
  eventTitle,
}: {
  orgId: string;
  eventId: string;
  eventTitle: string;
}) {
  const { t, i18n } = useTranslation('municipal');
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [justification, setJustification] = useState('');
  const [result, setResult] = useState<Determination | null>(null);
  const determine = useMutation({
    mutationFn: () =>
      municipalApi.determine(orgId, {
        eventId,
        label: eventTitle,
        estimatedAmountExclVat: amount.replace(',', '.').replace(/\s/g, ''),
        purchaseDate: date,
        ...(justification.trim() ? { artisticException: { justification } } : {}),
      }),
    onSuccess: setResult,
  });
  const d = result?.determination;
  const lang = i18n.language;

  return (
    <Card withBorder data-testid="procurement-panel">
      <Title order={2} fz="lg" mb="sm">
        {t('procurement.title')}
      </Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          determine.mutate();
        }}
      >
        <Stack>
          <Group grow wrap="wrap" align="flex-start">
            <TextInput
              label={t('procurement.amount')}
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.currentTarget.value)}
              required
            />
            <TextInput
              type="date"
              label={t('procurement.date')}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              required
            />
          </Group>
          <Textarea
            label={t('procurement.artistic')}
            description={t('procurement.artisticHelp')}
            value={justification}
            onChange={(e) => setJustification(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Button
            type="submit"
            loading={determine.isPending}
            data-testid="determine"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('procurement.determine')}
          </Button>
          <MunicipalProblem error={determine.error} />
          {d && (
            <Stack gap="xs" data-testid="procedure-result">
              <Text
                fw={700}
                size="lg"
                c={d.publicity.required ? 'orange.9' : 'teal.9'}
                data-testid="procedure"
              >
                {pick(d.label, lang)}
              </Text>
              <Text size="sm" data-testid="procedure-explanation">
                {pick(d.explanation, lang)}
              </Text>
              <Text size="sm" c="dimmed">
                {pick(d.publicity.description, lang)}
              </Text>
              {d.warnings.map((w) => (
                <Alert key={w.code} color="yellow" data-testid="procedure-warning">
                  {pick(w.message, lang)}
                </Alert>
              ))}
              <Text size="sm" fw={600}>
                {t('procurement.rules')}
              </Text>
              <List size="sm">
                {d.rulesApplied.map((r) => (
                  <List.Item key={r.id}>
                    {r.source} — {t('procurement.validity', { from: r.validFrom, to: r.validTo ?? '…' })}
                  </List.Item>
                ))}
              </List>
              {d.artisticExceptionOffer && (
                <Text size="sm" c="dimmed">
                  {pick(d.artisticExceptionOffer.requirement, lang)} ({d.artisticExceptionOffer.source})
                </Text>
              )}
            </Stack>
          )}
        </Stack>
      </form>
    </Card>
  );
}
