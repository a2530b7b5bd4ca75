import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Slider,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { MATCH_CONTEXTS, type MatchContext, matchingApi, matchingKeys, type WeightSet } from './api.ts';
import { checkWeights, currentSet } from './weights-form.ts';

/**
 * Weight sets of the organisation per matching context: the one in use, an editor (organisation
 * admins) that saves a new version, and the version history. Results name the version they used.
 */
export function WeightsPage() {
  const { t } = useTranslation('matching');
  const org = useAuthenticatedSession().currentOrg;
  const orgId = org?.id ?? '';
  const canEdit = org?.role === 'owner' || org?.role === 'admin';
  const [context, setContext] = useState<MatchContext>('artist-venue');
  // kept here: saving makes the new version current, which remounts the editor
  const [savedVersion, setSavedVersion] = useState<string | null>(null);
  const list = useQuery({
    queryKey: matchingKeys.weights(orgId, context),
    queryFn: ({ signal }) => matchingApi.weights(orgId, context, signal),
    enabled: orgId !== '',
  });
  const current = list.data ? currentSet(list.data) : undefined;
  return (
    <Stack data-testid="weights-page">
      <Title order={1}>{t('pages.weights.title')}</Title>
      <Text c="dimmed">{t('pages.weights.intro')}</Text>
      <SegmentedControl
        value={context}
        onChange={(v) => {
          setContext(v as MatchContext); // the options are MATCH_CONTEXTS
          setSavedVersion(null);
        }}
        data={MATCH_CONTEXTS.map((c) => ({ value: c, label: t(`weights.contexts.${c}`) }))}
        data-testid="weights-context"
      />
      <ProblemAlert error={list.error} />
      {current && (
        <WeightsEditor
          key={`${context}|${current.id}`}
          current={current}
          orgId={orgId}
          canEdit={canEdit}
          onSaved={setSavedVersion}
        />
      )}
      {savedVersion && (
        <Alert color="teal" data-testid="weights-saved">
          {t('weights.saved', { version: savedVersion })}
        </Alert>
      )}
      {list.data && <History items={list.data} current={current} />}
    </Stack>
  );
}

function WeightsEditor({
  current,
  orgId,
  canEdit,
  onSaved,
}: {
  current: WeightSet;
  orgId: string;
  canEdit: boolean;
  onSaved: (version: string) => void;
}) {
  const { t } = useTranslation('matching');
  const criterionLabel = (c: string) => t(`criteria.${c}`, { defaultValue: c });
  const client = useQueryClient();
  const [draft, setDraft] = useState<Record<string, number | string>>(current.weights);
  const [label, setLabel] = useState('');
  const check = checkWeights(draft);
  const save = useMutation({
    mutationFn: () =>
      matchingApi.saveWeights({
        organisationId: orgId,
        context: current.context,
        weights: draft as Record<string, number>, // checked: every value is a whole number
        ...(label.trim() ? { label: label.trim() } : {}),
      }),
    onSuccess: (row) => {
      onSaved(row.version);
      setLabel('');
      void client.invalidateQueries({ queryKey: ['matching', 'weights', orgId, current.context] });
    },
  });
  const changed = Object.entries(draft).some(([k, v]) => current.weights[k] !== v);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Text fw={700}>{t('weights.inUse', { version: current.version })}</Text>
          <Badge color={check.ok ? 'teal.9' : 'red.9'} variant="filled" size="lg" data-testid="weights-sum">
            {t('weights.sum', { sum: Number.isNaN(check.sum) ? '—' : check.sum })}
          </Badge>
        </Group>
        {!canEdit && <Text size="sm">{t('weights.readOnly')}</Text>}
        {Object.keys(current.weights).map((criterion) => {
          const value = draft[criterion];
          const numeric = typeof value === 'number' ? value : 0;
          return (
            <Group key={criterion} align="end" wrap="nowrap" gap="md">
              <Stack gap={4} style={{ flex: 1 }}>
                <Text size="sm" fw={500} id={`w-${criterion}`}>
                  {criterionLabel(criterion)}
                </Text>
                <Slider
                  min={0}
                  max={100}
                  step={1}
                  value={numeric}
                  disabled={!canEdit}
                  onChange={(v) => setDraft((d) => ({ ...d, [criterion]: v }))}
                  thumbProps={{ 'aria-labelledby': `w-${criterion}` }}
                />
              </Stack>
              <NumberInput
                w={90}
                min={0}
                max={100}
                step={1}
                allowDecimal={false}
                value={value}
                disabled={!canEdit}
                aria-label={criterionLabel(criterion)}
                data-testid={`weight-${criterion}`}
                onChange={(v) => setDraft((d) => ({ ...d, [criterion]: v }))}
              />
            </Group>
          );
        })}
        {!check.ok && (
          <Alert color="red" role="alert" data-testid="weights-error">
            {check.reason === 'sum'
              ? t('weights.errorSum', { sum: check.sum })
              : t('weights.errorRange', { criterion: criterionLabel(check.criterion ?? '') })}
          </Alert>
        )}
        {canEdit && (
          <Group align="end">
            <TextInput
              style={{ flex: 1 }}
              label={t('weights.label')}
              maxLength={120}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
            />
            <Button
              onClick={() => save.mutate()}
              disabled={!check.ok || !changed}
              loading={save.isPending}
              data-testid="weights-save"
            >
              {t('weights.save')}
            </Button>
          </Group>
        )}
        <ProblemAlert error={save.error} />
      </Stack>
    </Paper>
  );
}

function History({ items, current }: { items: WeightSet[]; current: WeightSet | undefined }) {
  const { t, i18n } = useTranslation('matching');
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('weights.history')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped data-testid="weights-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('weights.version')}</Table.Th>
              <Table.Th>{t('weights.created')}</Table.Th>
              <Table.Th>{t('weights.values')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm" fw={600}>
                      {w.version}
                    </Text>
                    {w.organisationId === null && <Badge variant="light">{t('weights.default')}</Badge>}
                    {w.id === current?.id && (
                      <Badge color="teal.9" variant="filled">
                        {t('weights.current')}
                      </Badge>
                    )}
                  </Group>
                  {w.label && (
                    <Text size="xs" c="dimmed">
                      {w.label}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{when(w.createdAt)}</Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {Object.entries(w.weights)
                      .map(([k, v]) => `${t(`criteria.${k}`, { defaultValue: k })} ${v}`)
                      .join(' · ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
