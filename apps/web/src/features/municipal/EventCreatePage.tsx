import {
  Button,
  Card,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { municipalApi } from './api.ts';
import { MunicipalProblem } from './MunicipalProblem.tsx';

const KINDS = ['festival', 'fete_locale', 'marche', 'inauguration', 'commemoration', 'other'] as const;
const PLACES = ['place-publique', 'parc', 'rue', 'salle'] as const;

interface Values {
  title: string;
  kind: string;
  startDate: string;
  endDate: string;
  placeType: string;
  placeName: string;
  address: string;
  expectedAudience: number;
  need: string;
  technicalConstraints: string;
  accessibilityNotes: string;
  budget: string;
  article: string;
}

export function EventCreatePage() {
  const { t } = useTranslation('municipal');
  const { currentOrg } = useAuthenticatedSession();
  const navigate = useNavigate();
  usePageTitle(t('create.title'));
  const form = useForm<Values>({
    initialValues: {
      title: '',
      kind: 'festival',
      startDate: '',
      endDate: '',
      placeType: 'place-publique',
      placeName: '',
      address: '',
      expectedAudience: 500,
      need: '',
      technicalConstraints: '',
      accessibilityNotes: '',
      budget: '',
      article: '6042',
    },
  });
  const create = useMutation({
    mutationFn: (v: Values) =>
      municipalApi.createEvent(currentOrg?.id ?? '', {
        title: v.title,
        kind: v.kind,
        startDate: v.startDate,
        ...(v.endDate ? { endDate: v.endDate } : {}),
        placeType: v.placeType,
        placeName: v.placeName,
        address: v.address,
        expectedAudience: v.expectedAudience,
        need: v.need,
        formats: ['deambulation', 'fixe'],
        technicalConstraints: v.technicalConstraints,
        accessibilityNotes: v.accessibilityNotes,
        budget: v.budget.replace(',', '.').replace(/\s/g, ''),
        imputation: { chapter: '011', article: v.article },
      }),
    onSuccess: (event) => navigate(`/app/municipal/events/${event.id}`),
  });
  const input = (k: keyof Values) => form.getInputProps(k);

  return (
    <Stack gap="md">
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('create.title')}
      </Title>
      <Card withBorder>
        <form noValidate data-testid="event-form" onSubmit={form.onSubmit((v) => create.mutate(v))}>
          <Stack>
            <MunicipalProblem error={create.error} />
            <TextInput label={t('fields.title')} required {...input('title')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('fields.kind')}
                data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                {...input('kind')}
              />
              <NativeSelect
                label={t('fields.placeType')}
                data={PLACES.map((p) => ({ value: p, label: t(`place.${p}`) }))}
                {...input('placeType')}
              />
              <TextInput type="date" label={t('fields.startDate')} required {...input('startDate')} />
              <TextInput type="date" label={t('fields.endDate')} {...input('endDate')} />
              <TextInput label={t('fields.placeName')} required {...input('placeName')} />
              <TextInput label={t('fields.address')} required {...input('address')} />
              <NumberInput
                label={t('fields.expectedAudience')}
                min={1}
                required
                {...input('expectedAudience')}
              />
              <TextInput
                label={t('fields.budget')}
                description={t('fields.budgetHelp')}
                inputMode="decimal"
                required
                {...input('budget')}
              />
              <NativeSelect
                label={t('fields.imputation')}
                data={(['6042', '6232', '6188'] as const).map((a) => ({ value: a, label: t(`m57.${a}`) }))}
                {...input('article')}
              />
            </SimpleGrid>
            <Textarea
              label={t('fields.need')}
              description={t('fields.needHelp')}
              required
              autosize
              minRows={3}
              {...input('need')}
            />
            <Textarea
              label={t('fields.technicalConstraints')}
              autosize
              minRows={2}
              {...input('technicalConstraints')}
            />
            <Textarea
              label={t('fields.accessibility')}
              autosize
              minRows={2}
              {...input('accessibilityNotes')}
            />
            <Button
              type="submit"
              loading={create.isPending}
              data-testid="event-submit"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('create.submit')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
