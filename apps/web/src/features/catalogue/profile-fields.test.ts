import { PROFILE_KINDS } from '@flowstage/domain/catalogue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETAIL_SECTIONS, errorsByPath, getPath, NEW_DETAILS, prune, setPath } from './profile-fields.ts';

describe('dotted paths', () => {
  it.each<[unknown, string, unknown, unknown]>([
    [{}, 'a', 1, { a: 1 }],
    [{}, 'capacityRange.min', 300, { capacityRange: { min: 300 } }],
    [
      { fees: [{ minCents: 1 }, { minCents: 2 }] },
      'fees.1.minCents',
      5,
      { fees: [{ minCents: 1 }, { minCents: 5 }] },
    ],
  ])('set %j %s = %j', (source, path, value, expected) => {
    const before = JSON.stringify(source);
    expect(setPath(source, path, value)).toEqual(expected);
    expect(JSON.stringify(source)).toBe(before); // never mutated
  });

  it('reads back what it set', () => {
    const key = fc.stringMatching(/^[a-z]{1,5}$/);
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 4 }), fc.integer(), (keys, value) => {
        const path = keys.join('.');
        expect(getPath(setPath({}, path, value), path)).toBe(value);
      }),
    );
  });
});

describe('prune', () => {
  it.each<[unknown, unknown]>([
    [
      { a: '', b: null, c: Number.NaN, d: 0, e: false },
      { d: 0, e: false },
    ],
    [{ technicalRider: { inputs: null, pdfUrl: ' ' } }, undefined],
    [{ fees: [{ minCents: 100, note: '' }] }, { fees: [{ minCents: 100 }] }],
    [{ audiences: [] }, { audiences: [] }],
    [{ name: '  Salle  ' }, { name: 'Salle' }],
  ])('%j → %j', (input, expected) => {
    expect(prune(input)).toEqual(expected);
  });
});

describe('errorsByPath', () => {
  it('joins several messages of one field', () => {
    expect(
      errorsByPath([
        { field: 'details.gauge', message: 'a' },
        { field: 'details.gauge', message: 'b' },
        { field: 'name', message: 'c' },
      ]),
    ).toEqual({ 'details.gauge': 'a · b', name: 'c' });
  });
});

describe('spec', () => {
  it.each(PROFILE_KINDS.map((k) => [k]))('%s has sections and starting details', (kind) => {
    expect(DETAIL_SECTIONS[kind].length).toBeGreaterThan(0);
    expect(NEW_DETAILS[kind]).toBeDefined();
  });
});

describe('renderedPaths', () => {
  it('knows list items and media links of the current values', async () => {
    const { renderedPaths } = await import('./profile-fields.ts');
    const paths = renderedPaths('artist', { details: { fees: [{}, {}] }, mediaLinks: [{}] });
    expect(paths.has('details.fees.1.minCents')).toBe(true);
    expect(paths.has('details.fees.2.minCents')).toBe(false);
    expect(paths.has('mediaLinks.0.url')).toBe(true);
    expect(paths.has('details.capacityRange')).toBe(false); // a cross-field rule: listed above the form
  });
});
