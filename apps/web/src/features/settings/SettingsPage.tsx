import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { usePageTitle } from '../../app/layout/use-page-title.ts';

const SECTIONS = ['profile', 'security', 'organisation', 'members'] as const;
type Section = (typeof SECTIONS)[number];

function sectionOf(pathname: string): Section {
  const last = pathname.split('/').filter(Boolean).at(-1) ?? '';
  return SECTIONS.find((s) => s === last) ?? 'profile';
}

export function SettingsPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const section = sectionOf(location.pathname);
  usePageTitle(`${t(`settings.tabs.${section}`)} · ${t('settings.title')}`);

  return (
    <Stack gap="md" data-testid="settings">
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('settings.title')}
      </Title>
      <Tabs
        value={section}
        onChange={(value) => value && navigate(`/app/settings/${value}`)}
        keepMounted={false}
      >
        <Tabs.List>
          {SECTIONS.map((s) => (
            <Tabs.Tab key={s} value={s} data-testid={`settings-tab-${s}`}>
              {t(`settings.tabs.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={section} pt="md">
          <Outlet />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
