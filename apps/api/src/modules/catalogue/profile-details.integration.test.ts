import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { SAMPLE_PROFILES } from './fixtures.ts';

let t: TestApp;
let venue: SignedUp;
let provider: SignedUp;

beforeAll(async () => {
  t = await createTestApp();
  [venue, provider] = await Promise.all([signUpAs(t.app, 'venue'), signUpAs(t.app, 'service_provider')]);
});
afterAll(() => t.close());

function create(who: SignedUp, doc: object) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/catalogue/profiles',
    headers: who.auth,
    payload: { organisationId: who.organisationId, ...doc },
  });
}

const specs = {
  stageWidthM: 12,
  stageDepthM: 9,
  stageHeightM: 7.5,
  powerKw: 120,
  powerNotes: 'P17 125 A tri',
  riggingPoints: 16,
  riggingLoadKg: 500,
  desks: ['DiGiCo SD12', 'Yamaha CL5'],
  pa: ['L-Acoustics Kara'],
  backline: ['Drum kit DW'],
};

describe('venue technical specs and past programming', () => {
  it('stores them and counts them in the completion', async () => {
    const bare = (await create(venue, SAMPLE_PROFILES.venue)).json();
    expect(bare.completion.missing).toEqual(
      expect.arrayContaining([
        'details.technicalSpecs.stage',
        'details.technicalSpecs.powerKw',
        'details.technicalSpecs.riggingPoints',
        'details.technicalSpecs.inventory',
        'details.pastProgramming',
      ]),
    );
    const res = await create(venue, {
      ...SAMPLE_PROFILES.venue,
      details: {
        ...SAMPLE_PROFILES.venue.details,
        technicalSpecs: specs,
        pastProgramming: [
          { date: '2025-11-14', artistName: 'Les Ondes', genres: ['indie-rock'], attendance: 780 },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const profile = res.json();
    expect(profile.details.technicalSpecs).toEqual(specs);
    expect(profile.details.pastProgramming[0].attendance).toBe(780);
    expect(profile.completion.missing.filter((f: string) => f.startsWith('details.technicalSpecs'))).toEqual(
      [],
    );
    expect(profile.completion.percent).toBeGreaterThan(bare.completion.percent);
  });

  it.each([
    [
      'negative rigging points',
      { technicalSpecs: { riggingPoints: -2 } },
      'details.technicalSpecs.riggingPoints',
    ],
    ['an unknown key in the specs', { technicalSpecs: { smokeMachine: true } }, 'details.technicalSpecs'],
    [
      'an unknown genre in past programming',
      { pastProgramming: [{ date: '2025-11-14', artistName: 'X', genres: ['polka-core'] }] },
      'details.pastProgramming.0.genres.0',
    ],
    [
      'a negative attendance',
      { pastProgramming: [{ date: '2025-11-14', artistName: 'X', attendance: -1 }] },
      'details.pastProgramming.0.attendance',
    ],
  ])('refuses %s', async (_name, extra, path) => {
    const res = await create(venue, {
      ...SAMPLE_PROFILES.venue,
      details: { ...SAMPLE_PROFILES.venue.details, ...extra },
    });
    expect(res.statusCode).toBe(400);
    // schema errors of the request come as body.<path>, business rules as <path>
    const paths: string[] = res.json().errors.map((e: { path: string }) => e.path.replace(/^body\./, ''));
    expect(paths).toContain(path);
  });
});

describe('insurance and certificates', () => {
  const papers = {
    insurance: { insurer: 'MAIF', policyNumber: 'RC-2026-0042', validTo: '2027-03-31' },
    certifications: [{ name: 'Permis D', validTo: '2031-06-30' }, { name: 'FIMO voyageurs' }],
  };
  it('are kept on a service provider and count in the completion', async () => {
    const res = await create(provider, {
      ...SAMPLE_PROFILES.service_provider,
      details: { ...SAMPLE_PROFILES.service_provider.details, ...papers },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().details).toMatchObject(papers);
    expect(res.json().completion.missing).not.toContain('details.insurance');
    expect(res.json().completion.missing).not.toContain('details.certifications');
  });

  it('refuses an insurance without its policy number or with an impossible expiry', async () => {
    const res = await create(provider, {
      ...SAMPLE_PROFILES.service_provider,
      details: {
        ...SAMPLE_PROFILES.service_provider.details,
        insurance: { insurer: 'MAIF', validTo: '2027-02-30' },
      },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path.replace(/^body\./, ''));
    expect(paths).toEqual(
      expect.arrayContaining(['details.insurance.policyNumber', 'details.insurance.validTo']),
    );
  });
});
