import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DeclarationExport,
  type DeclarationOptions,
  declarationQuery,
  downloadFile,
  municipalApi,
  municipalKeys,
} from './api.ts';
import { day, euros, pick } from './format.ts';
import { MunicipalProblem } from './MunicipalProblem.tsx';

const GENRES = [
  'street_arts',
  'circus',
  'theatre',
  'dance',
  'current_music',
  'chanson_variety',
  'jazz',
  'humour',
  'classical_music',
] as const;
const EXPORTS: readonly DeclarationExport[] = ['guso', 'sacem-sacd', 'cnm'];

/** Pre-filled GUSO, SACEM/SACD and CNM declarations of one event, one CSV per body. */
export function DeclarationsPanel({ orgId, eventId }: { orgId: string; eventId: string }) {
  const { t, i18n } = useTranslation('municipal');
  const lang = i18n.language;
  const [options, setOptions] = useState<DeclarationOptions>({
    genre: 'street_arts',
    contractType: 'cession',
    music: false,
    drama: true,
  });
  const lines = useQuery({
    queryKey: [...municipalKeys.all(orgId), 'declarations', eventId, options],
    queryFn: () => municipalApi.declarations(orgId, eventId, options),
  });
  const download = useMutation({
    mutationFn: (which: DeclarationExport) =>
      downloadFile(
        orgId,
        `/events/${eventId}/declarations?${declarationQuery(options, { declaration: which, format: 'csv' })}`,
        `declarations-${which}.csv`,
      ),
  });

  return (
    <Card withBorder data-testid="declarations-panel">
      <Title order={2} fz="lg" mb="sm">
        {t('declarations.title')}
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('declarations.contractType')}
            value={options.contractType}
            onChange={(e) =>
              setOptions({
                ...options,
                contractType: e.currentTarget.value === 'engagement' ? 'engagement' : 'cession',
              })
            }
            data={[
              { value: 'cession', label: t('declarations.cession') },
              { value: 'engagement', label: t('declarations.engagement') },
            ]}
          />
          <NativeSelect
            label={t('declarations.genre')}
            value={options.genre}
            onChange={(e) => setOptions({ ...options, genre: e.currentTarget.value })}
            data={GENRES.map((g) => ({ value: g, label: t(`declarations.genres.${g}`) }))}
          />
        </SimpleGrid>
        <Group>
          <Checkbox
            label={t('declarations.music')}
            checked={options.music}
            onChange={(e) => setOptions({ ...options, music: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('declarations.drama')}
            checked={options.drama}
            onChange={(e) => setOptions({ ...options, drama: e.currentTarget.checked })}
          />
        </Group>
        <MunicipalProblem error={lines.error ?? download.error} />
        {(lines.data?.lines ?? []).map((l) => (
          <Stack key={l.body} gap={2} data-testid="declaration-line">
            <Group gap="xs">
              <Text fw={700}>{l.body}</Text>
              <Text size="sm" fw={600}>
                {l.applies ? t('declarations.applies') : t('declarations.notApplicable')}
              </Text>
              {l.amountCents !== null && <Text size="sm">{euros(l.amountCents, lang)}</Text>}
              {l.dueBy && <Text size="sm">{t('declarations.dueBy', { date: day(l.dueBy, lang) })}</Text>}
              {l.unconfirmed && (
                <Badge variant="outline" color="dark">
                  {t('declarations.toVerify')}
                </Badge>
              )}
            </Group>
            <Text size="sm">{pick(l.explanation, lang)}</Text>
          </Stack>
        ))}
        <Group>
          {EXPORTS.map((which) => (
            <Button
              key={which}
              variant="light"
              onClick={() => download.mutate(which)}
              data-testid={`declaration-${which}`}
            >
              {t(`declarations.export.${which}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
