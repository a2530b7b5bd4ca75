import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../app/api/types.ts';
import { isEmptyDashboard } from './dashboard-keys.ts';

const base: Dashboard = {
  accountType: 'venue',
  organisationName: 'La Cigale',
  metrics: [],
  upcoming: [],
  tasks: [],
};

describe('isEmptyDashboard', () => {
  it.each<[string, Partial<Dashboard>, boolean]>([
    ['nothing at all', {}, true],
    [
      'fresh organisation: one member, empty profile, set-up task',
      {
        metrics: [
          { key: 'members', value: 1 },
          { key: 'profileCompletion', value: 0 },
          { key: 'holds', value: 0 },
        ],
        tasks: [{ key: 'completeProfile', count: 7 }],
      },
      true,
    ],
    ['an activity figure', { metrics: [{ key: 'openDates', value: 2 }] }, false],
    ['money committed', { metrics: [{ key: 'committedCents', value: 150_000 }] }, false],
    ['something planned', { upcoming: [{ date: '2026-07-14', title: 'Concert', kind: 'show' }] }, false],
  ])('%s', (_name, patch, expected) => {
    expect(isEmptyDashboard({ ...base, ...patch })).toBe(expected);
  });
});
