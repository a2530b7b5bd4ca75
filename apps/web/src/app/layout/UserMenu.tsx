import { Avatar, Button, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconLogout, IconSettings } from '@tabler/icons-react';
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
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={t('userMenu.open', { name: user.displayName })}>
          <Avatar color="violet" radius="xl" size="md" aria-hidden>
            {initials(user.displayName)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {user.displayName}
          </Text>
          <Text size="xs">{user.email}</Text>
        </Menu.Label>
        <Menu.Item
          component={Link}
          to="/app/settings/profile"
          leftSection={<IconSettings size={16} aria-hidden />}
        >
          {t('nav.settings')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          data-testid="logout"
          color="red"
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
  return (
    <>
      <Button component={Link} to="/login" variant="subtle" size="sm">
        {t('auth.login.link')}
      </Button>
      <Button component={Link} to="/signup" size="sm" visibleFrom="sm">
        {t('auth.signup.link')}
      </Button>
    </>
  );
}
