// The signed-in session lives in memory only: the access token never touches storage, and the
// refresh token stays in its httpOnly cookie. React reads this store through useSyncExternalStore.
import type { Me, Membership, Session, User } from '../api/types.ts';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'anonymous'; reason: 'initial' | 'expired' | 'logged_out' }
  | { status: 'authenticated'; user: User; organisations: Membership[]; currentOrgId: string | null };

const CURRENT_ORG_KEY = 'fs.currentOrg';

let state: SessionState = { status: 'restoring' };
let accessToken: string | null = null;
const listeners = new Set<() => void>();

function emit(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function readStoredOrg(): string | null {
  try {
    return localStorage.getItem(CURRENT_ORG_KEY);
  } catch {
    return null;
  }
}

function storeOrg(id: string): void {
  try {
    localStorage.setItem(CURRENT_ORG_KEY, id);
  } catch {
    // Private mode or disabled storage: the choice just won't survive a reload.
  }
}

/** Keeps the chosen organisation if the user still belongs to it, else the first membership. */
export function pickCurrentOrg(organisations: Membership[], preferred: string | null): string | null {
  if (preferred && organisations.some((o) => o.id === preferred)) return preferred;
  return organisations[0]?.id ?? null;
}

export const sessionStore = {
  getState: (): SessionState => state,
  getAccessToken: (): string | null => accessToken,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  setSession(session: Session): void {
    accessToken = session.accessToken;
    sessionStore.setMe(session);
  },
  setMe(me: Me): void {
    const preferred = state.status === 'authenticated' ? state.currentOrgId : readStoredOrg();
    emit({
      status: 'authenticated',
      user: me.user,
      organisations: me.organisations,
      currentOrgId: pickCurrentOrg(me.organisations, preferred),
    });
  },
  selectOrganisation(id: string): void {
    if (state.status !== 'authenticated' || !state.organisations.some((o) => o.id === id)) return;
    storeOrg(id);
    emit({ ...state, currentOrgId: id });
  },
  clear(reason: 'initial' | 'expired' | 'logged_out'): void {
    accessToken = null;
    emit({ status: 'anonymous', reason });
  },
};
