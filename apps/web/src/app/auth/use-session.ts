import { useSyncExternalStore } from 'react';
import type { Membership, User } from '../api/types.ts';
import { type SessionState, sessionStore } from './session-store.ts';

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
}

export interface AuthenticatedSession {
  user: User;
  organisations: Membership[];
  currentOrg: Membership | null;
}

/** For pages under RequireAuth: the session is known to be authenticated there. */
export function useAuthenticatedSession(): AuthenticatedSession {
  const state = useSession();
  if (state.status !== 'authenticated') {
    throw new Error('useAuthenticatedSession used outside an authenticated route');
  }
  const currentOrg = state.organisations.find((o) => o.id === state.currentOrgId) ?? null;
  return { user: state.user, organisations: state.organisations, currentOrg };
}
