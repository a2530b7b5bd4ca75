import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { contractsApi, type Mention, type Terms, type VersionDetail } from './api.ts';

const percent = (basisPoints: number) => basisPoints / 100;
const basisPoints = (value: string | number) => Math.round(Number(value) * 100);

/**
 * Guided clause editor (match-score tier 70–84): parameters of the standard clauses, clauses picked
 * from the library, and free text marked non-standard; the server previews which validations the
 * edit triggers before it is saved as a new version.
 */
export function ClauseEditor({
  orgId,
  contractId,
  base,
}: {
  orgId: string;
  contractId: string;
  base: VersionDetail;
}) {
  const { t } = useTranslation('contracts');
  // Mentions come from the server with an English message; the code (and the contract's country for
  // company registrations) says which sentence to show in the user's language.
  const mentionText = (m: Mention): string => {
    const key = m.code.endsWith('_siret')
      ? 'siret'
      : m.code.endsWith('_registration')
        ? `registration_${String(base.terms.country)}`
        : m.code;
    const party = m.party ? t(`editor.party.${m.party}`) : '';
    return t(`editor.mention.${key}` as 'editor.mention.siret', { party, defaultValue: m.message });
  };
  const qc = useQueryClient();
  const [terms, setTerms] = useState<Terms>(base.terms);
  const [debounced] = useDebouncedValue(terms, 400);
  const library = useQuery({
    queryKey: ['contracts', orgId, 'library', base.terms.kind],
    queryFn: () => contractsApi.library(orgId, base.terms.kind),
  });
  const preview = useQuery({
    queryKey: ['contracts', orgId, contractId, 'preview', debounced],
    queryFn: () => contractsApi.preview(orgId, contractId, debounced),
  });
  const save = useMutation({
    mutationFn: () => contractsApi.saveVersion(orgId, contractId, terms),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['contracts', orgId, contractId] }),
  });
  const set = <K extends keyof Terms>(key: K, value: Terms[K]) => setTerms((x) => ({ ...x, [key]: value }));
  const inTemplate = new Set(
    base.clauses.filter((c) => c.standard && !base.terms.libraryClauses.includes(c.id)).map((c) => c.id),
  );
  const lang = terms.language;
  const toggle = (id: string, on: boolean) =>
    set('libraryClauses', on ? [...terms.libraryClauses, id] : terms.libraryClauses.filter((x) => x !== id));
  const custom = terms.customClauses;
  return (
    <Stack gap="md" data-testid="clause-editor">
      <Title order={2} fz="lg">
        {t('editor.title')}
      </Title>
      <Text c="dimmed" fz="sm">
        {t('editor.intro')}
      </Text>

      <Card withBorder>
        <Title order={3} fz="md" mb="xs">
          {t('editor.parameters')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('editor.paymentDays')}
            min={0}
            max={120}
            value={terms.payment.dueDaysAfterShow}
            onChange={(v) => set('payment', { ...terms.payment, dueDaysAfterShow: Number(v) || 0 })}
          />
          <NumberInput
            label={t('editor.deposit')}
            min={0}
            max={100}
            value={percent(terms.payment.depositBasisPoints)}
            onChange={(v) => set('payment', { ...terms.payment, depositBasisPoints: basisPoints(v) })}
          />
          <NumberInput
            label={t('editor.noticeDays')}
            min={0}
            max={365}
            value={terms.cancellation.noticeDays}
            onChange={(v) => set('cancellation', { ...terms.cancellation, noticeDays: Number(v) || 0 })}
          />
          <NumberInput
            label={t('editor.compensation')}
            min={0}
            max={100}
            value={percent(terms.cancellation.compensationBasisPoints)}
            onChange={(v) =>
              set('cancellation', { ...terms.cancellation, compensationBasisPoints: basisPoints(v) })
            }
          />
        </SimpleGrid>
        <Switch
          mt="sm"
          label={t('editor.radius')}
          checked={terms.radius !== null}
          onChange={(e) =>
            set('radius', e.currentTarget.checked ? { metres: 50_000, daysBefore: 30, daysAfter: 30 } : null)
          }
        />
        {terms.radius && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            <NumberInput
              label={t('editor.radiusKm')}
              min={0}
              max={1000}
              value={terms.radius.metres / 1000}
              onChange={(v) =>
                terms.radius && set('radius', { ...terms.radius, metres: Math.round(Number(v) * 1000) })
              }
            />
            <NumberInput
              label={t('editor.daysBefore')}
              min={0}
              max={365}
              value={terms.radius.daysBefore}
              onChange={(v) => terms.radius && set('radius', { ...terms.radius, daysBefore: Number(v) || 0 })}
            />
            <NumberInput
              label={t('editor.daysAfter')}
              min={0}
              max={365}
              value={terms.radius.daysAfter}
              onChange={(v) => terms.radius && set('radius', { ...terms.radius, daysAfter: Number(v) || 0 })}
            />
          </SimpleGrid>
        )}
        <Group mt="sm">
          <Switch
            label={t('editor.organiserLiability')}
            checked={terms.insurance.organiserLiability}
            onChange={(e) =>
              set('insurance', { ...terms.insurance, organiserLiability: e.currentTarget.checked })
            }
          />
          <Switch
            label={t('editor.producerEquipment')}
            checked={terms.insurance.producerEquipment}
            onChange={(e) =>
              set('insurance', { ...terms.insurance, producerEquipment: e.currentTarget.checked })
            }
          />
        </Group>
      </Card>

      <Card withBorder>
        <Title order={3} fz="md" mb="xs">
          {t('editor.library')}
        </Title>
        <Stack gap={6}>
          {(library.data ?? []).map((c) => (
            <Checkbox
              key={c.id}
              data-testid="library-clause"
              label={`${c.title[lang] ?? c.title.en ?? c.id}${inTemplate.has(c.id) ? ` — ${t('editor.inTemplate')}` : ''}`}
              checked={inTemplate.has(c.id) || terms.libraryClauses.includes(c.id)}
              disabled={inTemplate.has(c.id)}
              onChange={(e) => toggle(c.id, e.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Card>

      <Card withBorder>
        <Group justify="space-between">
          <Title order={3} fz="md">
            {t('editor.custom')}
          </Title>
          <Button
            size="xs"
            variant="light"
            data-testid="add-custom-clause"
            onClick={() => set('customClauses', [...custom, { title: '', text: '' }])}
          >
            {t('editor.addCustom')}
          </Button>
        </Group>
        {custom.length === 0 && (
          <Text c="dimmed" fz="sm" mt="xs">
            {t('editor.noCustom')}
          </Text>
        )}
        {custom.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: free clauses are identified by their position
          <Stack key={i} gap={4} mt="sm" data-testid="custom-clause">
            <Group gap="xs">
              <Badge color="orange.9" variant="filled">
                {t('editor.nonStandard')}
              </Badge>
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                onClick={() =>
                  set(
                    'customClauses',
                    custom.filter((_, j) => j !== i),
                  )
                }
              >
                {t('editor.remove')}
              </Button>
            </Group>
            <TextInput
              label={t('editor.clauseTitle')}
              value={c.title}
              onChange={(e) =>
                set(
                  'customClauses',
                  custom.map((x, j) => (j === i ? { ...x, title: e.currentTarget.value } : x)),
                )
              }
            />
            <Textarea
              label={t('editor.clauseText')}
              autosize
              minRows={2}
              value={c.text}
              onChange={(e) =>
                set(
                  'customClauses',
                  custom.map((x, j) => (j === i ? { ...x, text: e.currentTarget.value } : x)),
                )
              }
            />
          </Stack>
        ))}
      </Card>

      <Card withBorder data-testid="editor-preview">
        <Title order={3} fz="md" mb="xs">
          {t('editor.validations')}
        </Title>
        {preview.error && <ProblemAlert error={preview.error} />}
        {preview.data && preview.data.validations.length === 0 && <Text>{t('editor.noValidation')}</Text>}
        <Stack gap={4}>
          {preview.data?.validations.map((v) => (
            <Alert
              key={v}
              color="orange"
              variant="light"
              data-testid="triggered-validation"
              data-reason={v}
              p="xs"
            >
              {t(`editor.reason.${v}`)}
            </Alert>
          ))}
          {preview.data?.mentions.missing.map((m) => (
            <Alert key={`${m.code}-${m.party ?? ''}`} color="red" variant="light" p="xs">
              {t('editor.missingMention')} {mentionText(m)}
            </Alert>
          ))}
        </Stack>
      </Card>

      {save.error && <ProblemAlert error={save.error} />}
      <Group>
        <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="save-version">
          {t('editor.save')}
        </Button>
        {save.isSuccess && <Text c="teal.9">{t('editor.saved', { version: save.data.currentVersion })}</Text>}
      </Group>
    </Stack>
  );
}
