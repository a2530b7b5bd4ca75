import { Anchor, Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/use-session.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { GuestActions, UserMenu } from './UserMenu.tsx';

interface AppHeaderProps {
  /** Present in the app shell, where the navbar collapses behind a burger on small screens. */
  navbar?: { opened: boolean; toggle: () => void };
}

export function AppHeader({ navbar }: AppHeaderProps) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="xs" wrap="nowrap">
        {navbar && (
          <Burger
            opened={navbar.opened}
            onClick={navbar.toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={navbar.opened ? t('nav.close') : t('nav.open')}
            aria-expanded={navbar.opened}
            aria-controls="app-navbar"
          />
        )}
        <Anchor
          component={Link}
          to={session.status === 'authenticated' ? '/app' : '/'}
          fw={800}
          fz="lg"
          c="violet.8"
          underline="never"
          data-testid="logo"
          style={{ whiteSpace: 'nowrap' }}
        >
          {t('brand.name')}
        </Anchor>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <LanguageSwitcher />
        {session.status === 'authenticated' ? <UserMenu user={session.user} /> : <GuestActions />}
      </Group>
    </Group>
  );
}
