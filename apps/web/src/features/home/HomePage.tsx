import {
  Badge,
  Box,
  Button,
  Card,
  Container,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ACCOUNT_TYPE_ICONS } from '../../app/account-types.ts';
import { PUBLIC_ACCOUNT_TYPES } from '../../app/api/types.ts';
import { useSession } from '../../app/auth/use-session.ts';
import { usePageTitle } from '../../app/layout/use-page-title.ts';
import { HOME_MODULE_ICONS, HOME_MODULES } from './modules.ts';

function Hero() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Box bg="violet.0" py={{ base: 40, sm: 72 }}>
      <Container size="lg">
        <Stack gap="lg" maw={720}>
          <Text size="sm" fw={700} tt="uppercase" c="violet.9" style={{ letterSpacing: '0.04em' }}>
            {t('home.badge')}
          </Text>
          <Title order={1} fz={{ base: 32, sm: 48 }} lh={1.1}>
            {t('home.title')}
          </Title>
          <Text fz={{ base: 'md', sm: 'lg' }}>{t('home.pitch')}</Text>
          <Group>
            {session.status === 'authenticated' ? (
              <Button component={Link} to="/app" size="md" data-testid="cta-dashboard">
                {t('home.ctaDashboard')}
              </Button>
            ) : (
              <>
                <Button component={Link} to="/signup" size="md" data-testid="cta-signup">
                  {t('home.ctaSignup')}
                </Button>
                <Button component={Link} to="/login" size="md" variant="outline" data-testid="cta-login">
                  {t('home.ctaLogin')}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </Container>
    </Box>
  );
}

function Modules() {
  const { t } = useTranslation();
  return (
    <Container size="lg" py="xl" component="section" aria-labelledby="home-modules">
      <Title order={2} id="home-modules" mb="md">
        {t('home.modulesTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        {HOME_MODULES.map((module) => {
          const Icon = HOME_MODULE_ICONS[module];
          return (
            <Card key={module} withBorder radius="md" padding="lg" data-testid={`module-${module}`}>
              <ThemeIcon size="xl" radius="md" variant="light" color="violet" aria-hidden>
                <Icon size={26} />
              </ThemeIcon>
              <Title order={3} size="h4" mt="sm">
                {t(`home.modules.${module}.title`)}
              </Title>
              <Text size="sm" c="dimmed" mt={4}>
                {t(`home.modules.${module}.body`)}
              </Text>
            </Card>
          );
        })}
      </SimpleGrid>
    </Container>
  );
}

function Audiences() {
  const { t } = useTranslation();
  return (
    <Container size="lg" py="xl" component="section" aria-labelledby="home-audiences">
      <Title order={2} id="home-audiences" mb="xs">
        {t('home.audiencesTitle')}
      </Title>
      <Text mb="md">{t('home.audiencesBody')}</Text>
      <Group gap="xs">
        {PUBLIC_ACCOUNT_TYPES.map((type) => {
          const Icon = ACCOUNT_TYPE_ICONS[type];
          return (
            <Badge
              key={type}
              size="lg"
              variant="outline"
              color="violet"
              leftSection={<Icon size={14} aria-hidden />}
            >
              {t(`accountTypes.${type}.title`)}
            </Badge>
          );
        })}
      </Group>
    </Container>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.pageTitle'));
  return (
    <div data-testid="home">
      <Hero />
      <Modules />
      <Audiences />
    </div>
  );
}
