import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  CopyButton,
  FileInput,
  Grid,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight, IconCopy, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api/problem.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { catalogueApi, catalogueKeys } from './api.ts';
import { addMonths, type DayCell, gridRange, monthGrid } from './calendar-grid.ts';
import { profilePath } from './kinds.ts';
import type { AvailabilityStatus } from './types.ts';

const STATUSES: AvailabilityStatus[] = ['available', 'option', 'booked', 'unavailable'];
const COLOURS: Record<AvailabilityStatus, string> = {
  available: 'teal',
  option: 'yellow',
  booked: 'red',
  unavailable: 'gray',
};

function weekdayNames(locale: string) {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    new Date(Date.UTC(2024, 0, 1 + i)).toLocaleDateString(locale, { weekday: 'short', timeZone: 'UTC' }),
  );
}

function DayButton({
  cell,
  selected,
  onPick,
}: {
  cell: DayCell;
  selected: boolean;
  onPick: (date: string) => void;
}) {
  const { t, i18n } = useTranslation('catalogue');
  const colour = cell.status ? COLOURS[cell.status] : cell.recurring ? 'gray' : null;
  const label = [
    new Date(`${cell.date}T00:00:00Z`).toLocaleDateString(i18n.language, {
      dateStyle: 'full',
      timeZone: 'UTC',
    }),
    cell.status
      ? t(`availability.status.${cell.status}`)
      : cell.recurring
        ? t('availability.recurringClosed')
        : t('availability.free'),
    cell.holiday,
    cell.reason,
  ]
    .filter(Boolean)
    .join(' — ');
  return (
    <Tooltip label={label} openDelay={400}>
      <UnstyledButton
        onClick={() => onPick(cell.date)}
        aria-label={label}
        aria-pressed={selected}
        data-testid={`day-${cell.date}`}
        data-status={cell.status ?? (cell.recurring ? 'recurring' : 'free')}
        style={{
          minHeight: 52,
          padding: 4,
          borderRadius: 6,
          border: selected
            ? '2px solid var(--mantine-color-violet-7)'
            : '1px solid var(--mantine-color-gray-3)',
          background: colour
            ? `var(--mantine-color-${colour}-1)`
            : cell.inMonth
              ? undefined
              : 'var(--mantine-color-gray-0)',
          backgroundImage:
            cell.recurring && !cell.status
              ? 'repeating-linear-gradient(45deg, transparent 0 4px, var(--mantine-color-gray-3) 4px 6px)'
              : undefined,
        }}
      >
        <Text
          size="sm"
          fw={cell.holiday ? 700 : 500}
          c={cell.holiday ? 'red.9' : cell.inMonth ? undefined : 'gray.7'}
        >
          {Number(cell.date.slice(8))}
        </Text>
        {cell.status && (
          <Text size="10px" lh={1.1} c={`${COLOURS[cell.status]}.9`}>
            {t(`availability.short.${cell.status}`)}
          </Text>
        )}
        {cell.holiday && (
          <Text size="10px" lh={1.1} c="red.9" lineClamp={1}>
            {t('availability.holiday')}
          </Text>
        )}
      </UnstyledButton>
    </Tooltip>
  );
}

export function AvailabilityPage() {
  const { t, i18n } = useTranslation('catalogue');
  const { profileId = '' } = useParams();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState(() => new Date().toISOString().slice(0, 7));
  const range = gridRange(month);
  const profile = useQuery({
    queryKey: catalogueKeys.profile(profileId),
    queryFn: ({ signal }) => catalogueApi.getProfile(profileId, signal),
  });
  usePageTitle(t('availability.title', { name: profile.data?.name ?? '' }));
  const calendar = useQuery({
    queryKey: catalogueKeys.calendar(profileId, range.from, range.to),
    queryFn: ({ signal }) => catalogueApi.calendar(profileId, range.from, range.to, signal),
  });
  const cells = useMemo(() => monthGrid(month, calendar.data), [month, calendar.data]);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['catalogue', 'profile', profileId, 'calendar'] });

  const [slot, setSlot] = useState({
    startDate: '',
    endDate: '',
    status: 'booked' as AvailabilityStatus,
    reason: '',
  });
  const pick = (date: string) =>
    setSlot((s) =>
      !s.startDate || s.endDate || date < s.startDate
        ? { ...s, startDate: date, endDate: '' }
        : { ...s, endDate: date },
    );
  const addSlot = useMutation({
    mutationFn: () =>
      catalogueApi.addSlot(profileId, {
        startDate: slot.startDate,
        endDate: slot.endDate || slot.startDate,
        status: slot.status,
        reason: slot.reason.trim() || null,
      }),
    onSuccess: () => {
      setSlot((s) => ({ ...s, startDate: '', endDate: '', reason: '' }));
      void refresh();
      notifications.show({ color: 'teal', message: t('availability.saved') });
    },
  });
  const deleteSlot = useMutation({
    mutationFn: (id: string) => catalogueApi.deleteSlot(profileId, id),
    onSuccess: () => void refresh(),
  });

  const [rule, setRule] = useState({ weekdays: [] as string[], validFrom: '', validTo: '', reason: '' });
  const addRule = useMutation({
    mutationFn: () =>
      catalogueApi.addRule(profileId, {
        weekdays: rule.weekdays.map(Number),
        validFrom: rule.validFrom || null,
        validTo: rule.validTo || null,
        reason: rule.reason.trim() || null,
      }),
    onSuccess: () => {
      setRule({ weekdays: [], validFrom: '', validTo: '', reason: '' });
      void refresh();
    },
  });
  const deleteRule = useMutation({
    mutationFn: (id: string) => catalogueApi.deleteRule(profileId, id),
    onSuccess: () => void refresh(),
  });

  const feed = useQuery({
    queryKey: catalogueKeys.feed(profileId),
    queryFn: () => catalogueApi.calendarFeed(profileId),
  });
  const rotate = useMutation({
    mutationFn: () => catalogueApi.rotateFeed(profileId),
    onSuccess: (d) => queryClient.setQueryData(catalogueKeys.feed(profileId), d),
  });

  const [ical, setIcal] = useState({ label: '', url: '', file: null as File | null });
  const importIcal = useMutation({
    mutationFn: async () => {
      const label = ical.label.trim() || ical.file?.name || ical.url;
      if (ical.file) return catalogueApi.importIcal(profileId, { label, ics: await ical.file.text() });
      return catalogueApi.importIcal(profileId, { label, url: ical.url.trim() });
    },
    onSuccess: (source) => {
      setIcal({ label: '', url: '', file: null });
      void refresh();
      notifications.show({
        color: 'teal',
        message: t('availability.imported', { count: source.eventCount }),
      });
    },
  });

  const monthLabel = new Date(`${month}-01T00:00:00Z`).toLocaleDateString(i18n.language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const fieldError = (error: unknown, field: string) =>
    error instanceof ApiError ? error.fieldErrors.find((e) => e.field === field)?.message : undefined;
  const submit = (run: () => void) => (e: FormEvent) => {
    e.preventDefault();
    run();
  };
  const slotsInView = (calendar.data?.slots ?? []).filter(
    (s) => s.endDate >= range.from && s.startDate <= range.to,
  );

  return (
    <Stack gap="md" data-testid="availability-page">
      <div>
        {profile.data && (
          <Anchor component={Link} to={profilePath(profileId)} size="sm">
            {profile.data.name}
          </Anchor>
        )}
        <Title order={1} size="h2">
          {t('availability.heading')}
        </Title>
      </div>
      <ProblemAlert error={calendar.error ?? profile.error} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="sm">
            <Group justify="space-between" mb="xs">
              <ActionIcon
                variant="subtle"
                onClick={() => setMonth((m) => addMonths(m, -1))}
                aria-label={t('availability.previous')}
                data-testid="month-prev"
              >
                <IconChevronLeft size={18} aria-hidden />
              </ActionIcon>
              <Title
                order={2}
                size="h4"
                aria-live="polite"
                data-testid="month-label"
                style={{ textTransform: 'capitalize' }}
              >
                {monthLabel}
              </Title>
              <ActionIcon
                variant="subtle"
                onClick={() => setMonth((m) => addMonths(m, 1))}
                aria-label={t('availability.next')}
                data-testid="month-next"
              >
                <IconChevronRight size={18} aria-hidden />
              </ActionIcon>
            </Group>
            {calendar.isPending ? (
              <Skeleton height={320} />
            ) : (
              <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
                {weekdayNames(i18n.language).map((d) => (
                  <Text key={d} size="xs" c="dimmed" ta="center" aria-hidden>
                    {d}
                  </Text>
                ))}
                {cells.map((cell) => (
                  <DayButton
                    key={cell.date}
                    cell={cell}
                    selected={
                      cell.date === slot.startDate ||
                      cell.date === slot.endDate ||
                      (Boolean(slot.endDate) && cell.date > slot.startDate && cell.date < slot.endDate)
                    }
                    onPick={pick}
                  />
                ))}
              </SimpleGrid>
            )}
            <Group gap="xs" mt="sm">
              {STATUSES.map((s) => (
                <Badge key={s} color={COLOURS[s]} variant="dot">
                  {t(`availability.status.${s}`)}
                </Badge>
              ))}
              <Badge color="red.9" variant="outline">
                {t('availability.holiday')}
              </Badge>
            </Group>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Paper
              withBorder
              p="md"
              component="form"
              onSubmit={submit(() => addSlot.mutate())}
              data-testid="slot-form"
            >
              <Title order={2} size="h4" mb="xs">
                {t('availability.mark')}
              </Title>
              <Text size="sm" c="dimmed" mb="xs">
                {t('availability.pickHelp')}
              </Text>
              <Stack gap="xs">
                <Group grow align="flex-start">
                  <TextInput
                    type="date"
                    label={t('availability.from')}
                    value={slot.startDate}
                    required
                    onChange={(e) => setSlot({ ...slot, startDate: e.currentTarget.value })}
                    error={fieldError(addSlot.error, 'startDate')}
                    data-testid="slot-start"
                  />
                  <TextInput
                    type="date"
                    label={t('availability.to')}
                    value={slot.endDate}
                    min={slot.startDate || undefined}
                    onChange={(e) => setSlot({ ...slot, endDate: e.currentTarget.value })}
                    error={fieldError(addSlot.error, 'endDate')}
                    data-testid="slot-end"
                  />
                </Group>
                <NativeSelect
                  label={t('availability.statusLabel')}
                  data={STATUSES.map((s) => ({ value: s, label: t(`availability.status.${s}`) }))}
                  value={slot.status}
                  onChange={(e) =>
                    setSlot({
                      ...slot,
                      status: STATUSES.find((s) => s === e.currentTarget.value) ?? 'booked',
                    })
                  }
                  data-testid="slot-status"
                />
                <TextInput
                  label={t('availability.reason')}
                  description={t('availability.reasonHelp')}
                  value={slot.reason}
                  onChange={(e) => setSlot({ ...slot, reason: e.currentTarget.value })}
                  data-testid="slot-reason"
                />
                {!(addSlot.error instanceof ApiError && addSlot.error.fieldErrors.length > 0) && (
                  <ProblemAlert error={addSlot.error} />
                )}
                <Button
                  type="submit"
                  loading={addSlot.isPending}
                  disabled={!slot.startDate}
                  data-testid="slot-save"
                >
                  {t('availability.save')}
                </Button>
              </Stack>
            </Paper>
            {slotsInView.length > 0 && (
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="xs">
                  {t('availability.entries')}
                </Title>
                <List spacing={4} listStyleType="none" data-testid="slot-list">
                  {slotsInView.map((s) => (
                    <List.Item key={s.id}>
                      <Group gap="xs" wrap="nowrap" justify="space-between">
                        <Text size="sm">
                          <Badge size="sm" color={COLOURS[s.status]} variant="dot" mr={6}>
                            {t(`availability.status.${s.status}`)}
                          </Badge>
                          {s.startDate === s.endDate ? s.startDate : `${s.startDate} → ${s.endDate}`}
                          {s.reason && ` · ${s.reason}`}
                          {s.source === 'ical' && ` · iCal`}
                        </Text>
                        {s.source === 'manual' && (
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('availability.delete')}
                            onClick={() => deleteSlot.mutate(s.id)}
                          >
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        )}
                      </Group>
                    </List.Item>
                  ))}
                </List>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Paper
          withBorder
          p="md"
          component="form"
          onSubmit={submit(() => addRule.mutate())}
          data-testid="rule-form"
        >
          <Title order={2} size="h4" mb="xs">
            {t('availability.recurring')}
          </Title>
          <Stack gap="xs">
            <Checkbox.Group
              label={t('availability.weekdays')}
              value={rule.weekdays}
              onChange={(v) => setRule({ ...rule, weekdays: v })}
              error={fieldError(addRule.error, 'weekdays')}
            >
              <Group gap="xs" mt={4}>
                {weekdayNames(i18n.language).map((d, i) => (
                  <Checkbox key={d} value={String(i + 1)} label={d} />
                ))}
              </Group>
            </Checkbox.Group>
            <Group grow align="flex-start">
              <TextInput
                type="date"
                label={t('availability.validFrom')}
                value={rule.validFrom}
                onChange={(e) => setRule({ ...rule, validFrom: e.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t('availability.validTo')}
                value={rule.validTo}
                onChange={(e) => setRule({ ...rule, validTo: e.currentTarget.value })}
                error={fieldError(addRule.error, 'validTo')}
              />
            </Group>
            <TextInput
              label={t('availability.reason')}
              value={rule.reason}
              onChange={(e) => setRule({ ...rule, reason: e.currentTarget.value })}
            />
            <Button
              type="submit"
              variant="light"
              loading={addRule.isPending}
              disabled={rule.weekdays.length === 0}
            >
              {t('availability.addRule')}
            </Button>
            {(calendar.data?.rules ?? []).map((r) => (
              <Group key={r.id} gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {r.weekdays.map((w) => weekdayNames(i18n.language)[w - 1]).join(', ')}
                  {r.validFrom || r.validTo ? ` · ${r.validFrom ?? '…'} → ${r.validTo ?? '…'}` : ''}
                  {r.reason && ` · ${r.reason}`}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('availability.delete')}
                  onClick={() => deleteRule.mutate(r.id)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Paper>
        <Paper withBorder p="md" data-testid="feed">
          <Title order={2} size="h4" mb="xs">
            {t('availability.feed')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('availability.feedHelp')}
          </Text>
          <ProblemAlert error={feed.error} />
          {feed.data && (
            <Stack gap="xs">
              <Group gap={4} wrap="nowrap">
                <TextInput
                  aria-label={t('availability.feed')}
                  value={feed.data.url}
                  readOnly
                  style={{ flex: 1 }}
                  onFocus={(e) => e.currentTarget.select()}
                  data-testid="feed-url"
                />
                <CopyButton value={feed.data.url}>
                  {({ copied, copy }) => (
                    <Button
                      variant={copied ? 'filled' : 'light'}
                      color={copied ? 'teal' : undefined}
                      onClick={copy}
                      leftSection={<IconCopy size={16} aria-hidden />}
                      data-testid="feed-copy"
                    >
                      {copied ? t('availability.copied') : t('availability.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                h="auto"
                py={4}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                onClick={() => rotate.mutate()}
                loading={rotate.isPending}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('availability.rotate')}
              </Button>
            </Stack>
          )}
        </Paper>
        <Paper
          withBorder
          p="md"
          component="form"
          onSubmit={submit(() => importIcal.mutate())}
          data-testid="ical-import"
        >
          <Title order={2} size="h4" mb="xs">
            {t('availability.importTitle')}
          </Title>
          <Stack gap="xs">
            <TextInput
              label={t('availability.importLabel')}
              value={ical.label}
              onChange={(e) => setIcal({ ...ical, label: e.currentTarget.value })}
            />
            <TextInput
              type="url"
              label={t('availability.importUrl')}
              placeholder="https://…/calendar.ics"
              value={ical.url}
              disabled={ical.file !== null}
              onChange={(e) => setIcal({ ...ical, url: e.currentTarget.value })}
              error={fieldError(importIcal.error, 'url')}
            />
            <FileInput
              label={t('availability.importFile')}
              accept=".ics,text/calendar"
              clearable
              value={ical.file}
              onChange={(f) => setIcal({ ...ical, file: f })}
            />
            {!(
              importIcal.error instanceof ApiError &&
              importIcal.error.fieldErrors.some((e) => e.field === 'url')
            ) && <ProblemAlert error={importIcal.error} />}
            <Button
              type="submit"
              variant="light"
              loading={importIcal.isPending}
              disabled={!ical.file && !ical.url.trim()}
            >
              {t('availability.import')}
            </Button>
          </Stack>
        </Paper>
      </SimpleGrid>
      {calendar.data && calendar.data.holidays.length > 0 && (
        <Alert color="red" variant="light" title={t('availability.holidays')}>
          {calendar.data.holidays
            .map((h) => `${h.date.slice(8)}/${h.date.slice(5, 7)} ${h.name}`)
            .join(' · ')}
        </Alert>
      )}
    </Stack>
  );
}
