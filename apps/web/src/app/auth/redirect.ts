/**
 * Where to go after logging in: back to the protected page that sent the user to log in, but
 * never outside the app (the value comes from history state, which a crafted link can set).
 */
export function redirectTarget(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = state.from;
    if (
      typeof from === 'string' &&
      (from === '/app' || from.startsWith('/app/') || from.startsWith('/app?'))
    ) {
      return from;
    }
  }
  return '/app';
}
