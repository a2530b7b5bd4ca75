import { Accordion, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type Show, type StopDetails, type Tour, touringApi, tourKey } from './api.ts';
import { stopName } from './tour-edit.ts';

const TEXT_FIELDS = ['address', 'city', 'contactName', 'contactPhone', 'contactEmail', 'hotel'] as const;
const TIME_FIELDS = ['loadIn', 'soundcheck', 'doors', 'showTime', 'curfew'] as const;

/** Empty inputs are left out, so the API stores only what the booker filled in. */
function cleaned(details: StopDetails): StopDetails {
  return Object.fromEntries(
    Object.entries(details).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
  ) as StopDetails; // the entries come from a StopDetails
}

/** Roadbook editor: one day sheet per show (contacts, times, hotel, notes), saved with the tour. */
export function DaySheets({ tour, orgId, shows }: { tour: Tour; orgId: string; shows: readonly Show[] }) {
  const { t } = useTranslation('touring');
  const queryClient = useQueryClient();
  const [details, setDetails] = useState<Record<string, StopDetails>>(tour.stopDetails);
  useEffect(() => setDetails(tour.stopDetails), [tour.stopDetails]);
  const save = useMutation({
    mutationFn: () =>
      touringApi.saveDetails(
        orgId,
        tour.id,
        Object.fromEntries(Object.entries(details).map(([id, d]) => [id, cleaned(d)])),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(tourKey(orgId, tour.id), updated);
      notifications.show({ color: 'green', message: t('sheets.saved') });
    },
  });
  const set = (stopId: string, field: keyof StopDetails, value: string) =>
    setDetails((all) => ({ ...all, [stopId]: { ...all[stopId], [field]: value } }));
  return (
    <Stack gap="xs" data-testid="day-sheets">
      <Title order={2} size="h4">
        {t('sheets.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('sheets.intro')}
      </Text>
      <Accordion variant="separated" multiple>
        {shows.map((show) => {
          const d = details[show.stopId] ?? {};
          const name = stopName(tour.problem, show.stopId);
          return (
            <Accordion.Item key={show.stopId} value={show.stopId} data-testid={`sheet-${show.stopId}`}>
              <Accordion.Control>
                {show.date} — {name}
              </Accordion.Control>
              <Accordion.Panel>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {TEXT_FIELDS.map((field) => (
                    <TextInput
                      key={field}
                      label={t(`sheets.fields.${field}`)}
                      type={field === 'contactEmail' ? 'email' : 'text'}
                      value={d[field] ?? ''}
                      onChange={(e) => set(show.stopId, field, e.currentTarget.value)}
                      data-testid={`sheet-${show.stopId}-${field}`}
                    />
                  ))}
                </SimpleGrid>
                <SimpleGrid cols={{ base: 2, sm: 5 }} mt="xs">
                  {TIME_FIELDS.map((field) => (
                    <TextInput
                      key={field}
                      type="time"
                      label={t(`sheets.fields.${field}`)}
                      value={d[field] ?? ''}
                      onChange={(e) => set(show.stopId, field, e.currentTarget.value)}
                      data-testid={`sheet-${show.stopId}-${field}`}
                    />
                  ))}
                </SimpleGrid>
                <Textarea
                  mt="xs"
                  label={t('sheets.fields.notes')}
                  autosize
                  minRows={2}
                  maxLength={2000}
                  value={d.notes ?? ''}
                  onChange={(e) => set(show.stopId, 'notes', e.currentTarget.value)}
                  data-testid={`sheet-${show.stopId}-notes`}
                />
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {save.error && <ProblemAlert error={save.error} />}
      <Group justify="flex-end">
        <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="sheets-save">
          {t('sheets.save')}
        </Button>
      </Group>
    </Stack>
  );
}
