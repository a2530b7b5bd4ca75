import { Divider, NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router-dom';
import type { Membership } from '../api/types.ts';
import { type NavItem, navItemsFor } from '../nav/nav-config.ts';
import { OrgSwitcher } from './OrgSwitcher.tsx';

function NavEntry({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const { t } = useTranslation();
  const match = useMatch({ path: item.to, end: item.end });
  const Icon = item.icon;
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={t(item.labelKey)}
      leftSection={<Icon size={18} aria-hidden />}
      active={match !== null}
      aria-current={match ? 'page' : undefined}
      onClick={onNavigate}
      data-testid={`nav-${item.labelKey.slice('nav.'.length)}`}
    />
  );
}

interface AppNavbarProps {
  organisations: Membership[];
  current: Membership;
  onNavigate: () => void;
}

export function AppNavbar({ organisations, current, onNavigate }: AppNavbarProps) {
  return (
    <Stack gap="sm" h="100%">
      <OrgSwitcher organisations={organisations} current={current} />
      <Divider />
      <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
        {navItemsFor(current.accountType).map((item) => (
          <li key={item.to}>
            <NavEntry item={item} onNavigate={onNavigate} />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
