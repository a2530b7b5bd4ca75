import { describe, expect, it } from 'vitest';
import { KIND_PLURALS, kindFromSlug, PROFILE_KINDS, searchPath } from './kinds.ts';

describe('kind slugs', () => {
  it.each(PROFILE_KINDS.map((k) => [k]))('%s round-trips through its URL segment', (kind) => {
    expect(kindFromSlug(KIND_PLURALS[kind])).toBe(kind);
  });
  it.each([[undefined], ['venue'], ['bands']])('%s is no search page', (slug) => {
    expect(kindFromSlug(slug)).toBeNull();
  });
  it('builds search links', () => {
    expect(searchPath('street_arts_company', 'q=x')).toBe('/app/catalogue/search/street-arts-companies?q=x');
  });
});
