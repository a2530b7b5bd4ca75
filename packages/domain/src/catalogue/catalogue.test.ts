import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentToRow, rowToDocument } from './columns.ts';
import { profileCompletion } from './completion.ts';
import type { ArtistDetails, ProfileInput } from './details.ts';
import { expandGenres, isKnownGenreSlug } from './genres.ts';
import { allowedProfileKinds } from './kinds.ts';
import { projectProfile } from './projection.ts';
import { decodeUpload, guessDelimiter, neutraliseFormula } from './text-encoding.ts';
import { validateProfile } from './validation.ts';

const venue: ProfileInput = {
  kind: 'venue',
  name: 'Le Transbordeur',
  country: 'FR',
  city: 'Villeurbanne',
  latitude: 45.78,
  longitude: 4.88,
  genres: ['rock', 'electro'],
  languages: ['fr'],
  mediaLinks: [],
  details: {
    venueType: 'concert_hall',
    capacityStanding: 1800,
    capacitySeated: 900,
    budget: { minCents: 300_000, maxCents: 2_500_000, currency: 'EUR' },
  },
};

const artistDetails: ArtistDetails = {
  actType: 'band',
  capacityRange: { min: 200, max: 800 },
  fees: [
    { dealType: 'flat_guarantee', minCents: 150_000, maxCents: 300_000, currency: 'EUR' },
    { dealType: 'versus', minCents: 100_000, maxCents: 250_000, currency: 'EUR' },
  ],
  travellingParty: 6,
};

const artist: ProfileInput = {
  kind: 'artist',
  name: 'Les Ondes',
  country: 'FR',
  latitude: 47.21,
  longitude: -1.55,
  genres: ['indie-rock'],
  languages: ['fr', 'en'],
  mediaLinks: [],
  details: artistDetails,
};

describe('validateProfile', () => {
  it.each<[string, ProfileInput, string[]]>([
    ['a valid venue', venue, []],
    ['a valid artist', artist, []],
    ['latitude out of range', { ...venue, latitude: 91 }, ['latitude']],
    ['NaN longitude', { ...venue, longitude: Number.NaN }, ['longitude']],
    ['an unknown genre', { ...venue, genres: ['rock', 'polka-core'] }, ['genres.1']],
    [
      'a negative capacity',
      { ...venue, details: { venueType: 'club', capacityStanding: -5 } } as ProfileInput,
      ['details.capacityStanding'],
    ],
    [
      'budget min > max',
      {
        ...venue,
        details: {
          venueType: 'club',
          capacityStanding: 300,
          budget: { minCents: 5, maxCents: 1, currency: 'EUR' },
        },
      } as ProfileInput,
      ['details.budget.minCents'],
    ],
    [
      'fee min > max',
      {
        ...artist,
        kind: 'artist',
        details: {
          ...artistDetails,
          fees: [{ dealType: 'versus', minCents: 9, maxCents: 1, currency: 'EUR' }],
        },
      } as ProfileInput,
      ['details.fees.0.minCents'],
    ],
    [
      'an unknown genre in past programming',
      {
        ...venue,
        details: {
          venueType: 'club',
          capacityStanding: 300,
          pastProgramming: [{ date: '2025-03-01', artistName: 'X', genres: ['rock', 'polka-core'] }],
        },
      } as ProfileInput,
      ['details.pastProgramming.0.genres.1'],
    ],
    [
      'an insurance expiring on a day that does not exist',
      {
        ...venue,
        kind: 'service_provider',
        details: {
          services: ['transport'],
          coverageRadiusKm: 200,
          insurance: { insurer: 'MAIF', policyNumber: 'RC-1', validTo: '2027-02-30' },
          certifications: [{ name: 'Permis D', validTo: '2030-01-01' }],
        },
      } as ProfileInput,
      ['details.insurance.validTo'],
    ],
  ])('%s', (_label, input, paths) => {
    expect(validateProfile(input).map((i) => i.path)).toEqual(paths);
  });

  it('keeps a street-arts gauge within 50–5,000', () => {
    const issues = validateProfile({
      kind: 'street_arts_company',
      name: 'Cie',
      country: 'FR',
      latitude: 44.9,
      longitude: 2.4,
      genres: [],
      languages: [],
      mediaLinks: [],
      details: {
        performanceTypes: ['deambulation'],
        durationSeconds: 2700,
        gauge: { min: 20, max: 8000 },
        technicallyAutonomous: true,
        weatherDependent: false,
        audiences: ['family'],
        pmrFriendly: true,
        municipalExperience: true,
        rates: { minCents: 100_000, maxCents: 200_000, currency: 'EUR', structure: 'per_show' },
      },
    });
    expect(issues.map((i) => i.path)).toEqual(['details.gauge']);
  });
});

describe('projectProfile', () => {
  it('spans a venue from seated to standing capacity and its budget', () => {
    expect(projectProfile(venue)).toMatchObject({
      capacityMin: 900,
      capacityMax: 1800,
      priceMinCents: 300_000,
      priceMaxCents: 2_500_000,
      categories: ['concert_hall'],
      features: ['seated'],
    });
  });
  it('spans an artist over every deal type fee', () => {
    expect(projectProfile(artist)).toMatchObject({
      priceMinCents: 100_000,
      priceMaxCents: 300_000,
      capacityMin: 200,
    });
  });
});

describe('profileCompletion', () => {
  it('lists missing fields and reaches 100 when all are filled', () => {
    const partial = profileCompletion(venue);
    expect(partial.percent).toBeLessThan(100);
    expect(partial.missing).toContain('details.licence');
    const full = profileCompletion({
      ...venue,
      description: 'A'.repeat(100),
      mediaLinks: [{ label: 'site', url: 'https://example.org' }],
      details: {
        ...(venue.details as object),
        venueType: 'concert_hall',
        technicalSpecs: {
          stageWidthM: 12,
          stageDepthM: 8,
          powerKw: 120,
          riggingPoints: 0,
          pa: ['L-Acoustics K2'],
        },
        licence: { category: 1, number: 'PLATESV-D-2020-000123' },
        pastProgramming: [{ date: '2025-05-01', artistName: 'X', genres: ['rock'], attendance: 800 }],
      },
    } as ProfileInput);
    expect(full).toEqual({ percent: 100, missing: [] });
  });
  it('counts an uploaded rider PDF or a rider link as the rider document', () => {
    const file = { filename: 'rider.pdf', sizeBytes: 1200, sha256: 'ab', uploadedAt: '2026-01-01T00:00:00Z' };
    const missing = (technicalRider: ArtistDetails['technicalRider']) =>
      profileCompletion({ ...artist, details: { ...artistDetails, technicalRider } }).missing;
    expect(missing({ inputs: 24 })).toContain('details.technicalRider.file');
    expect(missing({ inputs: 24, file })).not.toContain('details.technicalRider.file');
    expect(missing({ pdfUrl: 'https://example.org/rider.pdf' })).not.toContain('details.technicalRider.file');
    expect(missing({ pdfUrl: 'https://example.org/rider.pdf' })).toContain('details.technicalRider');
  });
  it('is always within 0–100', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.constantFrom('fr', 'en')), (description, languages) => {
        const { percent } = profileCompletion({ ...venue, description, languages });
        return percent >= 0 && percent <= 100;
      }),
    );
  });
});

describe('genres', () => {
  it('expands a family to its children', () => {
    const rock = expandGenres(['rock']);
    expect(rock).toContain('indie-rock');
    expect(rock).toContain('rock');
    expect(expandGenres(['indie-rock'])).toEqual(['indie-rock']);
    expect(isKnownGenreSlug('polka-core')).toBe(false);
  });
});

describe('kinds', () => {
  it.each([
    ['booker', ['artist', 'street_arts_company']],
    ['venue', ['venue']],
    ['legal_validator', []],
  ])('%s may own %j', (type, kinds) => {
    expect(allowedProfileKinds(type)).toEqual(kinds);
  });
});

describe('columns', () => {
  it('round-trips a venue through flat cells', () => {
    const { kind: _kind, ...doc } = venue;
    const row = documentToRow('venue', doc);
    expect(row['details.budget.maxCents']).toBe('2500000');
    const back = rowToDocument('venue', row);
    expect(back.issues).toEqual([]);
    expect(back.document).toEqual({ ...doc, kind: 'venue' });
  });
  it('reports bad cells and unknown columns', () => {
    const { issues } = rowToDocument('venue', {
      name: 'x',
      latitude: 'north',
      'details.accessiblePmr': 'maybe',
      capcity: '3',
    });
    expect(issues.map((i) => i.path)).toEqual(['latitude', 'details.accessiblePmr', 'capcity']);
  });
  it('reads French decimals', () => {
    expect(rowToDocument('venue', { latitude: '45,75' }).document.latitude).toBe(45.75);
  });
  it('round-trips any name and genre list', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.length > 0),
        fc.array(fc.constantFrom('rock', 'jazz', 'indie-rock'), { minLength: 1 }),
        (name, genres) => {
          const back = rowToDocument('artist', documentToRow('artist', { name, genres }));
          return (
            back.document.name === name && JSON.stringify(back.document.genres) === JSON.stringify(genres)
          );
        },
      ),
    );
  });
});

describe('text encoding and CSV safety', () => {
  it('decodes UTF-8 and strips nothing else', () => {
    const r = decodeUpload(new TextEncoder().encode('nom;ville\nÉté;Orléans'), false);
    expect(r).toEqual({ ok: true, text: 'nom;ville\nÉté;Orléans', encoding: 'utf-8' });
  });
  it('converts Latin-1 only when allowed', () => {
    const latin1 = Uint8Array.from([0x45, 0x74, 0xe9]); // "Eté" in Latin-1
    expect(decodeUpload(latin1, false).ok).toBe(false);
    expect(decodeUpload(latin1, true)).toEqual({ ok: true, text: 'Eté', encoding: 'windows-1252' });
    expect(decodeUpload(Uint8Array.from([0xff, 0x00, 0x01]), true).ok).toBe(false);
  });
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+33 1 23', `'+33 1 23`],
    ['-5', `'-5`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['Lyon', 'Lyon'],
  ])('neutralises %s', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
  it.each([
    ['name;city;country', ';'],
    ['name,city', ','],
    ['name\tcity', '\t'],
  ])('guesses the delimiter of %j', (line, expected) => {
    expect(guessDelimiter(line)).toBe(expected);
  });
});
