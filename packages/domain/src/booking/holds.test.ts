import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { challengeDeadline, checkChallenge, rankHolds, secondsLeft } from './holds.ts';

const h = (id: string, status: string, minute: number) => ({
  id,
  status,
  createdAt: new Date(Date.UTC(2026, 4, 1, 10, minute)).toISOString(),
});

describe('rankHolds', () => {
  it.each([
    ['all live, creation order', [h('a', 'active', 1), h('b', 'active', 2), h('c', 'offered', 3)], [1, 2, 3]],
    [
      'a released hold moves the next up',
      [h('a', 'released', 1), h('b', 'active', 2), h('c', 'active', 3)],
      [null, 1, 2],
    ],
    [
      'expired and booked have no rank',
      [h('a', 'expired', 1), h('b', 'booked', 2), h('c', 'challenged', 3)],
      [null, null, 1],
    ],
    ['ties broken by id', [h('b', 'active', 1), h('a', 'active', 1)], [2, 1]],
  ])('%s', (_name, holds, ranks) => {
    expect(rankHolds(holds).map((r) => r.rank)).toEqual(ranks);
  });

  it('ranks are 1..n over live holds whatever the input order', () => {
    const status = fc.constantFrom('active', 'challenged', 'offered', 'released', 'expired', 'booked');
    fc.assert(
      fc.property(fc.array(fc.tuple(status, fc.integer({ min: 0, max: 59 })), { maxLength: 20 }), (rows) => {
        const holds = rows.map(([s, m], i) => h(`h${String(i).padStart(2, '0')}`, s, m));
        const ranks = rankHolds(holds)
          .map((r) => r.rank)
          .filter((r): r is number => r !== null)
          .sort((a, b) => a - b);
        const live = holds.filter((x) => ['active', 'challenged', 'offered'].includes(x.status)).length;
        expect(ranks).toEqual(Array.from({ length: live }, (_, i) => i + 1));
      }),
    );
  });
});

describe('checkChallenge', () => {
  it.each([
    ['2nd challenges 1st', [h('a', 'active', 1), h('b', 'active', 2)], 'b', { kind: 'ok', targetId: 'a' }],
    [
      '3rd challenges 2nd',
      [h('a', 'active', 1), h('b', 'active', 2), h('c', 'active', 3)],
      'c',
      { kind: 'ok', targetId: 'b' },
    ],
    ['1st cannot challenge', [h('a', 'active', 1)], 'a', { kind: 'first_hold' }],
    ['released cannot challenge', [h('a', 'active', 1), h('b', 'released', 2)], 'b', { kind: 'not_live' }],
    [
      'already challenged',
      [h('a', 'challenged', 1), h('b', 'active', 2)],
      'b',
      { kind: 'already_challenged', targetId: 'a' },
    ],
    [
      'offered is confirmed',
      [h('a', 'offered', 1), h('b', 'active', 2)],
      'b',
      { kind: 'target_offered', targetId: 'a' },
    ],
    [
      'skips released holds above',
      [h('a', 'active', 1), h('x', 'released', 2), h('b', 'active', 3)],
      'b',
      { kind: 'ok', targetId: 'a' },
    ],
  ])('%s', (_name, holds, id, expected) => {
    expect(checkChallenge(holds, id)).toEqual(expected);
  });
});

describe('deadlines', () => {
  it('adds the organisation delay and counts down to zero', () => {
    const now = new Date('2026-05-01T10:00:00Z');
    const deadline = challengeDeadline(now, 48 * 3600);
    expect(deadline.toISOString()).toBe('2026-05-03T10:00:00.000Z');
    expect(secondsLeft(deadline, now)).toBe(172_800);
    expect(secondsLeft(deadline, new Date('2026-05-04T00:00:00Z'))).toBe(0);
  });
});
