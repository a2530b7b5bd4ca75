import { Badge, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { MatchResult } from './api.ts';
import { Breakdown } from './Breakdown.tsx';

interface ResultCardProps {
  result: MatchResult;
  saved: boolean;
  saving: boolean;
  onSave: () => void;
}

export function ResultCard({ result, saved, saving, onSave }: ResultCardProps) {
  const { t, i18n } = useTranslation('matching');
  const [open, { toggle }] = useDisclosure(false);
  const c = result.candidate;
  const km = Math.round(c.distanceMetres / 1000);
  const date = result.date
    ? new Intl.DateTimeFormat(i18n.language, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }).format(new Date(`${result.date}T00:00:00Z`))
    : null;
  return (
    <Paper withBorder p="sm" data-testid="match-result">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text c="dimmed" size="sm">
              {t('results.rank', { rank: result.rank })}
            </Text>
            <Text fw={700} data-testid="match-name">
              {c.name}
            </Text>
            {c.verified && (
              <Badge size="xs" variant="filled" color="teal.9">
                {t('results.verified')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {[c.city, c.country, t('results.distance', { km })].filter(Boolean).join(' · ')}
          </Text>
          {date && <Text size="sm">{t('results.date', { date })}</Text>}
        </Stack>
        <Text
          fw={800}
          size="xl"
          c="indigo.9"
          style={{ whiteSpace: 'nowrap' }}
          aria-label={`${t('results.score')} ${result.score}${t('results.outOf')}`}
          data-testid="match-score"
        >
          {result.score.toLocaleString(i18n.language)}
          <Text span size="xs" c="dimmed">
            {t('results.outOf')}
          </Text>
        </Text>
      </Group>
      <Group mt="xs" gap="xs">
        <Button
          size="xs"
          variant="default"
          onClick={toggle}
          aria-expanded={open}
          data-testid="toggle-breakdown"
        >
          {open ? t('results.hideBreakdown') : t('results.breakdown')}
        </Button>
        <Button
          size="xs"
          variant={saved ? 'filled' : 'outline'}
          onClick={onSave}
          loading={saving}
          disabled={saved}
          data-testid="save-result"
        >
          {saved ? t('results.saved') : t('results.save')}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Paper mt="sm" p="sm" bg="gray.0">
          <Breakdown lines={result.lines} />
        </Paper>
      </Collapse>
    </Paper>
  );
}
