import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { redirectTarget } from './redirect.ts';
import { useSession } from './use-session.ts';

export interface LoginRedirectState {
  from?: string;
  reason?: 'expired';
}

function Restoring() {
  const { t } = useTranslation();
  return (
    <Center mih="50vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** Protected area: waits for the start-up refresh, then sends anonymous visitors to log in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <Restoring />;
  if (session.status === 'anonymous') {
    const state: LoginRedirectState = {
      from: `${location.pathname}${location.search}`,
      reason: session.reason === 'expired' ? 'expired' : undefined,
    };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}

/** Log-in and sign-up pages: once signed in, the user goes on to the app. */
export function RedirectIfAuthenticated({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'authenticated') return <Navigate to={redirectTarget(location.state)} replace />;
  return children;
}
