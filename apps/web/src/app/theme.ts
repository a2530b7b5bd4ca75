import { type CSSVariablesResolver, createTheme } from '@mantine/core';
import i18next from 'i18next';

export const theme = createTheme({
  primaryColor: 'violet',
  // Shade 7 keeps white text on filled buttons above WCAG AA contrast (4.5:1).
  primaryShade: { light: 7, dark: 5 },
  focusRing: 'auto',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  components: {
    // Toasts' close buttons are icons: they need a name for screen readers (axe button-name), read
    // at render time so it follows the language switch.
    Notification: {
      defaultProps: () => ({ closeButtonProps: { 'aria-label': i18next.t('common.close') } }),
    },
  },
});

// Mantine's default "dimmed" grey (gray.6) and error red (red.6) are about 3.3:1 on white;
// gray.7 and red.9 reach WCAG AA for small text.
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});
