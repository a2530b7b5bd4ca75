import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionStore } from '../../app/auth/session-store.ts';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { bookingApi, formatFee, type QueueItem } from './api.ts';
import { Countdown } from './Countdown.tsx';

function Item({ orgId, item }: { orgId: string; item: QueueItem }) {
  const { t, i18n } = useTranslation('booking');
  const qc = useQueryClient();
  const [comment, setComment] = useState('');
  const [html, setHtml] = useState<string | null>(null);
  // The document route needs the bearer token, so it is fetched here and shown in a sandboxed frame.
  const openDocument = async () => {
    const res = await fetch(`/api/v1/organisations/${orgId}/validation/items/${item.id}/document`, {
      headers: { Authorization: `Bearer ${sessionStore.getAccessToken() ?? ''}` },
    });
    setHtml(res.ok ? await res.text() : null);
  };
  const decide = useMutation({
    mutationFn: (decision: string) => bookingApi.decide(orgId, item.id, decision, comment || undefined),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['validation', orgId] }),
  });
  return (
    <Card withBorder data-testid="validation-item" data-item-id={item.id}>
      <Group justify="space-between" wrap="wrap">
        <Text fw={600}>
          {item.date} · {formatFee(item.feeCents, item.currency, i18n.language)}
        </Text>
        <Group gap="xs">
          <Badge>{t(`validation.status.${item.status}`, { defaultValue: item.status })}</Badge>
          {item.escalated && (
            <Badge styles={{ root: { background: '#a51111', color: '#ffffff' } }}>
              {t('validation.escalated')}
            </Badge>
          )}
          {item.status === 'pending' && (
            <Countdown seconds={item.secondsLeft} label={t('validation.sla')} testId="validation-timer" />
          )}
        </Group>
      </Group>
      <Group gap={4} mt="xs">
        {item.reasons.map((r) => (
          <Badge key={r} variant="default" fw={r === 'non_standard_clause' ? 800 : 500}>
            {t(`validation.reasons.${r}`, { defaultValue: r })}
          </Badge>
        ))}
      </Group>
      <Button
        size="xs"
        variant="subtle"
        mt="xs"
        onClick={() => void openDocument()}
        data-testid="validation-document"
      >
        {t('validation.document')}
      </Button>
      {html && (
        <iframe
          title={t('validation.document')}
          srcDoc={html}
          sandbox=""
          style={{ width: '100%', height: 360, border: '1px solid #ddd' }}
        />
      )}
      <Textarea
        label={t('validation.comment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        mt="xs"
      />
      {decide.error && <ProblemAlert error={decide.error} />}
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={() => decide.mutate('approve')} data-testid="validation-approve">
          {t('validation.approve')}
        </Button>
        <Button size="xs" variant="light" onClick={() => decide.mutate('request_changes')}>
          {t('validation.requestChanges')}
        </Button>
        <Button size="xs" color="red" variant="light" onClick={() => decide.mutate('reject')}>
          {t('validation.reject')}
        </Button>
      </Group>
    </Card>
  );
}

export function ValidationQueuePage() {
  const { t } = useTranslation('booking');
  const { currentOrg } = useAuthenticatedSession();
  usePageTitle(t('validation.title'));
  const orgId = currentOrg?.id ?? '';
  const queue = useQuery({
    queryKey: ['validation', orgId],
    queryFn: () => bookingApi.queue(orgId),
    enabled: !!orgId,
  });
  return (
    <Stack gap="md" data-testid="validation-queue">
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('validation.title')}
      </Title>
      {queue.error && <ProblemAlert error={queue.error} />}
      {queue.data?.length === 0 && <Text c="dimmed">{t('validation.empty')}</Text>}
      {(queue.data ?? []).map((item) => (
        <Item key={item.id} orgId={orgId} item={item} />
      ))}
    </Stack>
  );
}
