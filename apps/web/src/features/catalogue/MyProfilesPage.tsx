import { allowedProfileKinds } from '@flowstage/domain/catalogue';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconChevronDown, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { catalogueApi, catalogueKeys } from './api.ts';
import { profilePath } from './kinds.ts';
import { PublishButton } from './PublishButton.tsx';

export function MyProfilesPage() {
  const { t } = useTranslation('catalogue');
  const { currentOrg } = useAuthenticatedSession();
  usePageTitle(t('mine.title'));
  const orgId = currentOrg?.id ?? '';
  const profiles = useQuery({
    queryKey: catalogueKeys.mine(orgId),
    queryFn: ({ signal }) => catalogueApi.organisationProfiles(orgId, signal),
    enabled: Boolean(orgId),
  });
  const kinds = currentOrg ? allowedProfileKinds(currentOrg.accountType) : [];

  return (
    <Stack gap="md" data-testid="my-profiles">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('mine.title')}
        </Title>
        {kinds.length > 0 && (
          <Group gap="xs">
            <Button
              component={Link}
              to="/app/catalogue/import"
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
            >
              {t('import.title')}
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button
                  leftSection={<IconPlus size={16} aria-hidden />}
                  rightSection={kinds.length > 1 ? <IconChevronDown size={14} aria-hidden /> : undefined}
                  data-testid="new-profile"
                >
                  {t('mine.new')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {kinds.map((kind) => (
                  <Menu.Item key={kind} component={Link} to={`/app/catalogue/new/${kind}`}>
                    {t(`kind.${kind}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>
      <ProblemAlert error={profiles.error} />
      {profiles.isPending && <Skeleton height={160} />}
      {profiles.data?.items.length === 0 && <Alert color="gray">{t('mine.empty')}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {profiles.data?.items.map((p) => (
          <Card key={p.id} withBorder data-testid="my-profile-card">
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Anchor component={Link} to={profilePath(p.id)} fw={600}>
                  {p.name}
                </Anchor>
                <Badge color={p.status === 'published' ? 'teal.9' : 'gray.7'} style={{ flexShrink: 0 }}>
                  {t(`status.${p.status}`)}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {t(`kind.${p.kind}`)} · {p.city ?? '—'}
              </Text>
              <Text size="sm">{t('completion.label', { percent: p.completion.percent })}</Text>
              <Progress
                value={p.completion.percent}
                aria-label={t('completion.label', { percent: p.completion.percent })}
              />
              <Group gap="xs" mt="xs">
                <Button component={Link} to={`${profilePath(p.id)}/edit`} size="xs" variant="light">
                  {t('actions.edit')}
                </Button>
                <Button component={Link} to={`${profilePath(p.id)}/availability`} size="xs" variant="light">
                  {t('actions.availability')}
                </Button>
                <PublishButton profile={p} size="xs" />
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
