import { Alert, AppShell } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { useAuthenticatedSession } from '../auth/use-session.ts';
import { AppHeader } from './AppHeader.tsx';
import { AppNavbar } from './AppNavbar.tsx';
import { MAIN_ID, SkipLink } from './SkipLink.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const { organisations, currentOrg } = useAuthenticatedSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below the sm breakpoint (48em) the closed navbar is only slid off-screen: make it inert so
  // keyboard and screen-reader users do not land on links they cannot see.
  const isMobile = useMediaQuery('(max-width: 48em)') ?? false;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <AppHeader navbar={{ opened, toggle }} />
      </AppShell.Header>
      <AppShell.Navbar id="app-navbar" p="md" aria-label={t('nav.label')} inert={isMobile && !opened}>
        {currentOrg && <AppNavbar organisations={organisations} current={currentOrg} onNavigate={close} />}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        {currentOrg ? (
          <Outlet />
        ) : (
          <Alert color="yellow" title={t('org.none.title')}>
            {t('org.none.body')}
          </Alert>
        )}
      </AppShell.Main>
    </AppShell>
  );
}
