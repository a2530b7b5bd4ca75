/** Holds whose rank counts: a released or expired hold leaves the queue, a booked one ends it. */
export const LIVE_HOLD_STATUSES = ['active', 'challenged', 'offered'] as const;
export type LiveHoldStatus = (typeof LIVE_HOLD_STATUSES)[number];

export interface RankableHold {
  readonly id: string;
  readonly status: string;
  /** ISO instant: earlier holds rank higher. */
  readonly createdAt: string;
}

export function isLive(status: string): status is LiveHoldStatus {
  return (LIVE_HOLD_STATUSES as readonly string[]).includes(status);
}

/**
 * Ranks the live holds of one venue date, 1st, 2nd, 3rd… by creation (ties broken by id, so the
 * order is total and the same on every read). Dead holds get no rank.
 */
export function rankHolds<T extends RankableHold>(holds: readonly T[]): (T & { rank: number | null })[] {
  const live = holds
    .filter((h) => isLive(h.status))
    .sort((a, b) => (a.createdAt === b.createdAt ? cmp(a.id, b.id) : cmp(a.createdAt, b.createdAt)));
  const ranks = new Map(live.map((h, i) => [h.id, i + 1]));
  return holds.map((h) => ({ ...h, rank: ranks.get(h.id) ?? null }));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Default delay given to a challenged hold to confirm (make an offer) or release: 48 h. */
export const DEFAULT_CHALLENGE_SECONDS = 48 * 3600;

export function challengeDeadline(now: Date, challengeSeconds: number): Date {
  return new Date(now.getTime() + challengeSeconds * 1000);
}

export type ChallengeCheck =
  | { readonly kind: 'ok'; readonly targetId: string }
  | { readonly kind: 'not_live' }
  | { readonly kind: 'first_hold' }
  | { readonly kind: 'already_challenged'; readonly targetId: string }
  | { readonly kind: 'target_offered'; readonly targetId: string };

/**
 * A lower hold challenges the one just above it; that one must then confirm or release. A hold
 * already turned into an offer cannot be challenged (it is confirmed), nor one already challenged.
 */
export function checkChallenge<T extends RankableHold>(
  holds: readonly T[],
  challengerId: string,
): ChallengeCheck {
  const ranked = rankHolds(holds).filter((h) => h.rank !== null);
  ranked.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const index = ranked.findIndex((h) => h.id === challengerId);
  if (index < 0) return { kind: 'not_live' };
  if (index === 0) return { kind: 'first_hold' };
  const target = ranked[index - 1];
  if (!target) return { kind: 'first_hold' };
  if (target.status === 'challenged') return { kind: 'already_challenged', targetId: target.id };
  if (target.status === 'offered') return { kind: 'target_offered', targetId: target.id };
  return { kind: 'ok', targetId: target.id };
}

/** Seconds left before a challenge deadline (0 once passed): what the UI timer counts down. */
export function secondsLeft(deadline: Date, now: Date): number {
  return Math.max(0, Math.floor((deadline.getTime() - now.getTime()) / 1000));
}
