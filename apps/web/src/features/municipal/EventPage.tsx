import { Alert, Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { downloadFile, municipalApi, municipalKeys } from './api.ts';
import { DeclarationsPanel } from './DeclarationsPanel.tsx';
import { day, euros, pick } from './format.ts';
import { MunicipalProblem } from './MunicipalProblem.tsx';
import { OrderPanel } from './OrderPanel.tsx';
import { ProcurementPanel } from './ProcurementPanel.tsx';
import { QuotesPanel } from './QuotesPanel.tsx';

export function EventPage() {
  const { t, i18n } = useTranslation('municipal');
  const lang = i18n.language;
  const { eventId = '' } = useParams();
  const { currentOrg } = useAuthenticatedSession();
  const orgId = currentOrg?.id ?? '';
  const queryClient = useQueryClient();
  const key = [...municipalKeys.all(orgId), 'event', eventId];
  const event = useQuery({
    queryKey: key,
    queryFn: () => municipalApi.event(orgId, eventId),
    enabled: orgId !== '',
  });
  const conflicts = useQuery({
    queryKey: [...key, 'conflicts'],
    queryFn: () => municipalApi.conflicts(orgId, eventId),
    enabled: orgId !== '',
  });
  const quotes = useQuery({
    queryKey: [...municipalKeys.all(orgId), 'quotes', eventId, lang],
    queryFn: () => municipalApi.quotes(orgId, eventId, lang),
    enabled: orgId !== '',
  });
  const [deadline, setDeadline] = useState('');
  const publish = useMutation({
    mutationFn: () => municipalApi.publish(orgId, eventId, deadline),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalKeys.all(orgId) }),
  });
  const download = useMutation({
    mutationFn: (format: 'pdf' | 'docx') =>
      downloadFile(
        orgId,
        `/events/${eventId}/cahier-des-charges?format=${format}`,
        `cahier-des-charges.${format}`,
      ),
  });
  const e = event.data;
  usePageTitle(e?.title ?? t('event.title'));
  if (!e) return <MunicipalProblem error={event.error} />;
  const selected = quotes.data?.items.find((q) => q.status === 'selected')?.id ?? null;

  return (
    <Stack gap="md" data-testid="event-page">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {e.title}
        </Title>
        <Badge size="lg" data-testid="event-status">
          {t(`status.${e.status}`)}
        </Badge>
      </Group>
      <Text>
        {day(e.startDate, lang)}
        {e.endDate !== e.startDate && ` → ${day(e.endDate, lang)}`} · {t(`place.${e.placeType}`)} ·{' '}
        {e.placeName} · {t('event.audience', { count: e.expectedAudience })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('event.budget', {
          amount: euros(e.budgetAllocatedCents, lang),
          chapter: e.imputationChapter,
          article: e.imputationArticle,
        })}
      </Text>
      {(conflicts.data?.conflicts ?? []).map((c) => (
        <Alert
          key={`${c.code}-${pick(c.reason, lang)}`}
          color={c.severity === 'blocking' ? 'red' : 'yellow'}
          data-testid="conflict"
        >
          {pick(c.reason, lang)}
        </Alert>
      ))}
      <ProcurementPanel orgId={orgId} eventId={eventId} eventTitle={e.title} />
      <Card withBorder>
        <Title order={2} fz="lg" mb="sm">
          {t('event.consultation')}
        </Title>
        {e.status === 'planning' ? (
          <form
            noValidate
            onSubmit={(ev) => {
              ev.preventDefault();
              publish.mutate();
            }}
          >
            <Group align="flex-end" wrap="wrap">
              <TextInput
                type="date"
                label={t('event.deadline')}
                value={deadline}
                onChange={(ev) => setDeadline(ev.currentTarget.value)}
                required
              />
              <Button type="submit" loading={publish.isPending} data-testid="publish">
                {t('event.publish')}
              </Button>
            </Group>
          </form>
        ) : (
          <Text size="sm">
            {t('event.deadlineIs', { date: e.responseDeadline ? day(e.responseDeadline, lang) : '—' })}
          </Text>
        )}
        <MunicipalProblem error={publish.error ?? download.error} />
        <Group mt="sm">
          <Button
            variant="light"
            onClick={() => download.mutate('pdf')}
            disabled={!e.responseDeadline}
            data-testid="cdc-pdf"
          >
            {t('event.cdcPdf')}
          </Button>
          <Button
            variant="light"
            onClick={() => download.mutate('docx')}
            disabled={!e.responseDeadline}
            data-testid="cdc-docx"
          >
            {t('event.cdcDocx')}
          </Button>
        </Group>
      </Card>
      <QuotesPanel orgId={orgId} eventId={eventId} canSelect={e.status === 'published'} />
      <OrderPanel orgId={orgId} eventId={eventId} selectedQuoteId={selected} />
      {e.status !== 'planning' && <DeclarationsPanel orgId={orgId} eventId={eventId} />}
    </Stack>
  );
}
