import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_RULES, checklist, isPasswordRule, isPasswordValid } from './password-policy.ts';

describe('password checklist', () => {
  it.each([
    ['', { min_length: false, lowercase: false, uppercase: false, digit: false, symbol: false }],
    ['abcdefgh', { min_length: true, lowercase: true, uppercase: false, digit: false, symbol: false }],
    ['Abc1!', { min_length: false, lowercase: true, uppercase: true, digit: true, symbol: true }],
    ['Scène-2026', { min_length: true, lowercase: true, uppercase: true, digit: true, symbol: true }],
    ['Ab1 cdefg', { min_length: true, lowercase: true, uppercase: true, digit: true, symbol: false }],
  ])('%j', (password, expected) => {
    expect(checklist(password)).toEqual(expected);
  });

  it.each([
    ['Tournee#2026', true],
    ['tournee#2026', false],
    ['Tournee2026', false],
    ['Tr#2026', false],
    [`Aa1!${'x'.repeat(200)}`, false],
  ])('isPasswordValid(%j) = %s', (password, expected) => {
    expect(isPasswordValid(password)).toBe(expected);
  });

  it.each([
    ['min_length', true],
    ['max_length', true],
    ['symbol', true],
    ['incorrect', false],
  ])('isPasswordRule(%j) = %s', (value, expected) => {
    expect(isPasswordRule(value)).toBe(expected);
  });

  it('a short enough password is valid exactly when the whole checklist is ticked', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (password) => {
        const ticks = checklist(password);
        expect(isPasswordValid(password)).toBe(CHECKLIST_RULES.every((rule) => ticks[rule]));
      }),
    );
  });
});
