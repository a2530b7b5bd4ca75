import { AppShell, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { AppHeader } from './AppHeader.tsx';
import { MAIN_ID, SkipLink } from './SkipLink.tsx';

export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 60 }} padding={0}>
      <SkipLink />
      <AppShell.Header>
        <AppHeader />
      </AppShell.Header>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <Outlet />
        <Container component="footer" size="lg" py="xl">
          <Text size="sm" c="dimmed" ta="center">
            {t('footer.tagline', { year: new Date().getFullYear() })}
          </Text>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
