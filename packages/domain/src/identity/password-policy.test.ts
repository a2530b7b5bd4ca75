import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lockDurationSeconds, unmetPasswordRules } from './password-policy.ts';

describe('unmetPasswordRules', () => {
  it.each([
    ['Tr0mbone!', []],
    ['tr0mbone!', ['uppercase']],
    ['TROMBONE1!', ['lowercase']],
    ['Trombone!', ['digit']],
    ['Tr0mbone', ['symbol']],
    ['Tr0m!', ['min_length']],
    ['Éléphant9€', []],
    ['', ['min_length', 'lowercase', 'uppercase', 'digit', 'symbol']],
  ])('%s → %j', (password, expected) => {
    expect(unmetPasswordRules(password)).toEqual(expected);
  });

  it('refuses passwords longer than 128 characters', () => {
    expect(unmetPasswordRules(`Aa1!${'x'.repeat(200)}`)).toEqual(['max_length']);
  });
});

describe('lockDurationSeconds', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 60],
    [6, 120],
    [7, 240],
    [20, 3600],
  ])('%i failures → %i s', (failures, seconds) => {
    expect(lockDurationSeconds(failures)).toBe(seconds);
  });

  it('never decreases as failures accumulate and never exceeds one hour', () => {
    fc.assert(
      fc.property(fc.nat(1000), (n) => {
        expect(lockDurationSeconds(n + 1)).toBeGreaterThanOrEqual(lockDurationSeconds(n));
        expect(lockDurationSeconds(n)).toBeLessThanOrEqual(3600);
      }),
    );
  });
});
