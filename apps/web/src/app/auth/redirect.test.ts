import { describe, expect, it } from 'vitest';
import { redirectTarget } from './redirect.ts';

describe('redirectTarget', () => {
  it.each<[string, unknown, string]>([
    ['no state', null, '/app'],
    ['not an object', '/app/settings', '/app'],
    ['protected page', { from: '/app/settings/members' }, '/app/settings/members'],
    ['app root with query', { from: '/app?tab=1' }, '/app?tab=1'],
    ['outside the app', { from: '/signup' }, '/app'],
    ['look-alike prefix', { from: '/application' }, '/app'],
    ['absolute URL', { from: 'https://evil.example/app' }, '/app'],
    ['protocol-relative URL', { from: '//evil.example/app' }, '/app'],
    ['non-string', { from: 42 }, '/app'],
  ])('%s', (_name, state, expected) => {
    expect(redirectTarget(state)).toBe(expected);
  });
});
