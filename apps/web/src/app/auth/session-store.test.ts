import { describe, expect, it } from 'vitest';
import type { Membership } from '../api/types.ts';
import { pickCurrentOrg } from './session-store.ts';

const org = (id: string): Membership => ({
  id,
  name: id,
  accountType: 'venue',
  role: 'owner',
  country: 'FR',
});

describe('pickCurrentOrg', () => {
  it.each<[string, Membership[], string | null, string | null]>([
    ['no memberships', [], 'a', null],
    ['no preference', [org('a'), org('b')], null, 'a'],
    ['preference kept', [org('a'), org('b')], 'b', 'b'],
    ['preference no longer a membership', [org('a'), org('b')], 'gone', 'a'],
  ])('%s', (_name, organisations, preferred, expected) => {
    expect(pickCurrentOrg(organisations, preferred)).toBe(expected);
  });
});
