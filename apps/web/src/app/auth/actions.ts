import type { QueryClient } from '@tanstack/react-query';
import { identityApi } from '../../features/identity/api.ts';
import i18n from '../../i18n/index.ts';
import { refreshSession } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { sessionStore } from './session-store.ts';

/** After sign-up or log-in: keep the session and speak the user's language. */
export async function establishSession(session: Session): Promise<void> {
  sessionStore.setSession(session);
  if (i18n.language !== session.user.locale) await i18n.changeLanguage(session.user.locale);
}

let restoring: Promise<void> | null = null;

/**
 * Called once at start-up. Memoised so React StrictMode's double effects cannot fire two
 * refreshes (a rotated refresh token replayed would revoke the session).
 */
export function restoreSession(): Promise<void> {
  restoring ??= (async () => {
    const ok = await refreshSession();
    const state = sessionStore.getState();
    if (!ok) {
      sessionStore.clear('initial');
    } else if (state.status === 'authenticated' && i18n.language !== state.user.locale) {
      await i18n.changeLanguage(state.user.locale);
    }
  })();
  return restoring;
}

export async function logout(queryClient: QueryClient): Promise<void> {
  try {
    await identityApi.logout();
  } finally {
    // Even if the server is unreachable, forget everything locally.
    sessionStore.clear('logged_out');
    queryClient.clear();
  }
}
