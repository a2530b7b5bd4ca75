import { Avatar, Button, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconLogout, IconUser } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { User } from '../api/types.ts';
import { logout } from '../auth/actions.ts';

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '');
  return letters.join('') || '?';
}

export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function onLogout(): Promise<void> {
    await logout(queryClient).catch(() => undefined);
    navigate('/', { replace: true });
  }

  return (
    // Not portalled, so the open menu stays inside the header landmark.
    <Menu position="bottom-end" withinPortal={false}>
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={t('userMenu.open', { name: user.displayName })}>
          <Avatar color="violet" variant="filled" radius="xl" size="md" aria-hidden>
            {initials(user.displayName)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          component={Link}
          to="/app/settings/profile"
          leftSection={<IconUser size={16} aria-hidden />}
          data-testid="user-menu-profile"
        >
          <Text size="sm" fw={600} component="span" display="block">
            {user.displayName}
          </Text>
          <Text size="xs" c="dimmed" component="span" display="block">
            {user.email}
          </Text>
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          data-testid="logout"
          color="red.9"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void onLogout()}
        >
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function GuestActions() {
  const { t } = useTranslation();
  // Below 576 px the header only has room for the logo and the language: the pages themselves
  // carry the log-in and sign-up links there.
  return (
    <>
      <Button component={Link} to="/login" variant="subtle" size="sm" visibleFrom="xs">
        {t('auth.login.link')}
      </Button>
      <Button component={Link} to="/signup" size="sm" visibleFrom="sm">
        {t('auth.signup.link')}
      </Button>
    </>
  );
}
