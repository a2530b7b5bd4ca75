import { NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { identityApi } from '../../features/identity/api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { isLocale, LOCALES, type Locale } from '../api/types.ts';
import { sessionStore } from '../auth/session-store.ts';
import { useSession } from '../auth/use-session.ts';

/** Switches the UI language; when signed in, also saves it in the user's profile. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const session = useSession();

  async function change(locale: Locale): Promise<void> {
    await i18n.changeLanguage(locale);
    if (session.status !== 'authenticated' || session.user.locale === locale) return;
    try {
      sessionStore.setMe(await identityApi.updateMe({ locale }));
    } catch {
      notifications.show({ color: 'red', message: t('language.saveFailed') });
    }
  }

  return (
    <NativeSelect
      aria-label={t('language.label')}
      data-testid="language-switcher"
      value={currentLocale()}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isLocale(value)) void change(value);
      }}
      data={LOCALES.map((locale) => ({ value: locale, label: t(`language.names.${locale}`) }))}
      size="sm"
      // Wide enough for the longest name (Nederlands) next to the burger, logo and avatar at 375 px.
      w={{ base: 132, sm: 150 }}
    />
  );
}
