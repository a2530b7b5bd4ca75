import { Alert, AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
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
      <AppShell.Navbar id="app-navbar" p="md" aria-label={t('nav.label')}>
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
