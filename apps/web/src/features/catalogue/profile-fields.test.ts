import { PROFILE_KINDS } from '@flowstage/domain/catalogue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DETAIL_SECTIONS,
  errorsByPath,
  type FieldSpec,
  getPath,
  NEW_DETAILS,
  prune,
  setPath,
} from './profile-fields.ts';

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

describe('fields the catalogue issue asks for', () => {
  const paths = (kind: (typeof PROFILE_KINDS)[number]) => {
    const out: string[] = [];
    const walk = (fields: readonly FieldSpec[], prefix: string) => {
      for (const f of fields) {
        out.push(`${prefix}${f.path}`);
        if (f.type === 'list') walk(f.fields, `${prefix}${f.path}.`);
      }
    };
    for (const section of DETAIL_SECTIONS[kind]) walk(section.fields, '');
    return out;
  };
  const papers = [
    'insurance.insurer',
    'insurance.policyNumber',
    'insurance.validTo',
    'certifications.validTo',
  ];
  it.each<[(typeof PROFILE_KINDS)[number], string[]]>([
    [
      'artist',
      [
        'technicalRider.inputs',
        'technicalRider.file',
        'hospitalityRider.file',
        'tourSchedule.date',
        'tourSchedule.city',
      ],
    ],
    [
      'venue',
      [
        'technicalSpecs.stageWidthM',
        'technicalSpecs.powerKw',
        'technicalSpecs.riggingPoints',
        'technicalSpecs.desks',
        'technicalSpecs.pa',
        'technicalSpecs.backline',
        'pastProgramming.date',
        'pastProgramming.artistName',
        'pastProgramming.genres',
        'pastProgramming.attendance',
      ],
    ],
    ['street_arts_company', ['spaceRequirements.widthM', ...papers]],
    ['technician', ['venuesWorked', ...papers]],
    ['service_provider', ['vehicles.type', ...papers]],
    ['audiovisual_production', ['projects.title', 'crewNeeds.role', 'extrasCalls.count']],
  ])('%s can be edited with its fields', (kind, expected) => {
    expect(paths(kind)).toEqual(expect.arrayContaining(expected));
  });
  it('has a label for every field in every language', async () => {
    const keys = PROFILE_KINDS.flatMap((k) => paths(k).map((p) => `details_${p.replaceAll('.', '_')}`));
    for (const lang of ['fr', 'en', 'nl', 'de']) {
      const labels = (await import(`./locales/${lang}.json`)).default.labels as Record<string, string>;
      expect(
        keys.filter((k) => !(k in labels)),
        lang,
      ).toEqual([]);
    }
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
