import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { SAMPLE_PROFILES } from '../catalogue/fixtures.ts';

const open = [{ kind: 'days', from: '2026-03-02', to: '2026-03-29' }];
const problem = {
  currency: 'EUR',
  start: { location: { lat: 48.8566, lon: 2.3522, country: 'FR' } },
  dateRange: { from: '2026-03-02', to: '2026-03-29' },
  showsWanted: 3,
  party: { size: 4, vehicle: 'van' },
  stops: [
    {
      id: 'lille',
      name: 'Lille — L’Aéronef',
      location: { lat: 50.6292, lon: 3.0573 },
      capacity: 400,
      windows: open,
    },
    {
      id: 'rouen',
      name: 'Rouen — Le 106',
      location: { lat: 49.4432, lon: 1.0999 },
      capacity: 600,
      windows: open,
    },
    { id: 'amiens', name: 'Amiens', location: { lat: 49.8941, lon: 2.2958 }, capacity: 300, windows: open },
    {
      id: 'reims',
      name: 'Reims — La Cartonnerie',
      location: { lat: 49.2583, lon: 4.0317 },
      capacity: 800,
      windows: open,
    },
    { id: 'nice', name: 'Nice', location: { lat: 43.7102, lon: 7.262 }, capacity: 900, windows: open },
  ],
};

let t: TestApp;
let booker: SignedUp;
let other: SignedUp;
let venue: SignedUp;

beforeAll(async () => {
  t = await createTestApp();
  booker = await signUpAs(t.app, 'booker');
  other = await signUpAs(t.app, 'booker');
  venue = await signUpAs(t.app, 'venue');
});
afterAll(async () => t.close());

const solve = (payload: object, auth = booker.auth) =>
  t.app.inject({ method: 'POST', url: '/api/v1/tours/solve', headers: auth, payload });

/** A request to the catalogue as the venue account (its profile's calendar feeds the tours below). */
const asVenue = (path: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1/catalogue${path}`, headers: venue.auth, payload });

async function catalogueVenue(): Promise<string> {
  const created = await asVenue('/profiles', {
    ...SAMPLE_PROFILES.venue,
    organisationId: venue.organisationId,
  });
  return created.json().id;
}

describe('POST /tours/solve', () => {
  it('returns variants, costs, skipped stops and time used; caps the budget', async () => {
    const res = await solve({ problem, options: { timeBudgetMs: 60_000, seed: 3 } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.timeBudgetMs).toBe(5_000);
    expect(body.variants.length).toBeGreaterThan(0);
    for (const v of body.variants) {
      expect(v.tour.shows).toHaveLength(3);
      expect(v.evaluation.violations.filter((x: { severity: string }) => x.severity === 'hard')).toEqual([]);
    }
    expect(body.skipped.map((s: { stopId: string }) => s.stopId)).toContain('nice');
    expect(body.naive.evaluation.breakdown.travelCostCents).toBeGreaterThan(0);
  }, 20_000);

  it('is reproducible for a seed', async () => {
    const options = { timeBudgetMs: 60_000, seed: 7 };
    // Budgets are wall-clock: compare only the stable parts (a tiny problem converges long before).
    const a = (await solve({ problem, options })).json();
    const b = (await solve({ problem, options })).json();
    expect(a.variants[0].evaluation.breakdown.travelCostCents).toBe(
      b.variants[0].evaluation.breakdown.travelCostCents,
    );
  }, 30_000);

  it('keeps answering other requests while the optimiser searches (worker thread)', async () => {
    const finished: string[] = [];
    const solving = solve({ problem, options: { timeBudgetMs: 3_000, seed: 1 } }).then((res) => {
      finished.push('solve');
      return res;
    });
    // On the request thread, the 3 s search would hold every other request until it ends.
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    finished.push('health');
    expect(health.statusCode).toBe(200);
    expect((await solving).statusCode).toBe(200);
    expect(finished).toEqual(['health', 'solve']);
  }, 60_000);

  it.each([
    ['unknown field', { problem: { ...problem, colour: 'red' } }, 'VALIDATION_FAILED'],
    [
      'venue without coordinates',
      { problem: { ...problem, stops: [{ id: 'x', capacity: 100, windows: open }] } },
      'VALIDATION_FAILED',
    ],
    [
      'window outside the date range',
      {
        problem: {
          ...problem,
          stops: [{ ...problem.stops[0], windows: [{ kind: 'days', from: '2027-01-01', to: '2027-01-02' }] }],
          showsWanted: 1,
        },
      },
      'VALIDATION_FAILED',
    ],
    ['more shows than venues', { problem: { ...problem, showsWanted: 9 } }, 'VALIDATION_FAILED'],
  ])('refuses %s with a 400 problem', async (_name, payload, code) => {
    const res = await solve(payload);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe(code);
    expect(res.json().errors.length).toBeGreaterThan(0);
  });

  it('explains an infeasible problem (422) with what to relax', async () => {
    const day = (d: string) => [{ kind: 'days', from: d, to: d }];
    const res = await solve({
      problem: {
        ...problem,
        showsWanted: 2,
        stops: [
          {
            id: 'brest',
            location: { lat: 48.3904, lon: -4.4861 },
            capacity: 500,
            windows: day('2026-03-05'),
            fixedDate: '2026-03-05',
          },
          {
            id: 'nice',
            location: { lat: 43.7102, lon: 7.262 },
            capacity: 500,
            windows: day('2026-03-06'),
            fixedDate: '2026-03-06',
          },
        ],
      },
      options: { timeBudgetMs: 100 },
    });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('TOUR_INFEASIBLE');
    expect(body.conflicts[0].rules).toContain('max_drive_per_day');
    expect(body.conflicts[0].relax).toMatch(/maxDriveMetresPerDay/);
  });

  it('needs a session', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/tours/solve', payload: { problem } });
    expect(res.statusCode).toBe(401);
  });
});

describe('saved tours', () => {
  const url = (org: string, rest = '') => `/api/v1/organisations/${org}/tours${rest}`;
  let tourId = '';

  it('creates, optimises with a seed, selects an edited tour and exports it', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: url(booker.organisationId),
      headers: booker.auth,
      payload: {
        name: 'Printemps 2026',
        problem,
        stopDetails: {
          lille: { address: '1 boulevard des Cités Unies', city: 'Lille', hotel: 'Hôtel de l’Europe' },
        },
      },
    });
    expect(created.statusCode).toBe(201);
    tourId = created.json().id;
    expect(created.json().status).toBe('draft');

    const optimised = await t.app.inject({
      method: 'POST',
      url: url(booker.organisationId, `/${tourId}/optimise`),
      headers: booker.auth,
      payload: { seed: 5, timeBudgetMs: 300, locked: [{ stopId: 'lille', date: '2026-03-06' }] },
    });
    expect(optimised.statusCode).toBe(200);
    const tour = optimised.json();
    expect(tour.status).toBe('planned');
    for (const v of tour.result.variants)
      expect(v.tour.shows).toContainEqual({ stopId: 'lille', date: '2026-03-06' });

    const shows = tour.result.variants[0].tour.shows;
    const selected = await t.app.inject({
      method: 'PUT',
      url: url(booker.organisationId, `/${tourId}/selection`),
      headers: booker.auth,
      payload: { variantIndex: 0, shows },
    });
    expect(selected.statusCode).toBe(200);
    expect(selected.json().selection.evaluation.feasible).toBe(true);

    const ics = await t.app.inject({
      method: 'GET',
      url: url(booker.organisationId, `/${tourId}/export.ics`),
      headers: booker.auth,
    });
    expect(ics.statusCode).toBe(200);
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const csv = await t.app.inject({
      method: 'GET',
      url: url(booker.organisationId, `/${tourId}/export.csv`),
      headers: booker.auth,
    });
    expect(csv.body.split('\n')[0]).toContain('date,stop_id,venue');
    expect(csv.body).toContain('Lille');
    const pdf = await t.app.inject({
      method: 'GET',
      url: url(booker.organisationId, `/${tourId}/export.pdf`),
      headers: booker.auth,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 30_000);

  it('keeps the day sheets of the roadbook (times, contacts, hotel, notes) and exports them', async () => {
    const patch = (stopDetails: object) =>
      t.app.inject({
        method: 'PATCH',
        url: url(booker.organisationId, `/${tourId}`),
        headers: booker.auth,
        payload: { stopDetails },
      });
    const sheet = {
      address: '1 boulevard des Cités Unies',
      city: 'Lille',
      contactName: 'Camille Martin',
      contactPhone: '+33 3 20 00 00 00',
      loadIn: '14:00',
      soundcheck: '16:30',
      doors: '19:30',
      showTime: '20:30',
      curfew: '23:30',
      hotel: 'Hôtel de l’Europe',
      notes: 'Parking du bus rue Colbert; badge à l’accueil artistes.',
    };
    const saved = await patch({ lille: sheet });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().stopDetails.lille).toEqual(sheet);
    // Editing the day sheets keeps the plan.
    expect(saved.json().status).toBe('chosen');
    const bad = await patch({ lille: { ...sheet, curfew: '25:00' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toContain('curfew');
    const csv = await t.app.inject({
      method: 'GET',
      url: url(booker.organisationId, `/${tourId}/export.csv`),
      headers: booker.auth,
    });
    const [header, ...lines] = csv.body.trim().split('\n');
    expect(header).toContain('load_in,soundcheck,doors,show,curfew,notes');
    const lille = lines.find((l) => l.includes(',lille,'));
    expect(lille).toContain(
      '14:00,16:30,19:30,20:30,23:30,Parking du bus rue Colbert; badge à l’accueil artistes.',
    );
    const ics = await t.app.inject({
      method: 'GET',
      url: url(booker.organisationId, `/${tourId}/export.ics`),
      headers: booker.auth,
    });
    expect(ics.body).toContain('Soundcheck 16:30');
    const pdf = await t.app.inject({
      method: 'GET',
      url: url(booker.organisationId, `/${tourId}/export.pdf`),
      headers: booker.auth,
    });
    expect(pdf.statusCode).toBe(200);
  });

  /** A draft tour whose extra stop, the Transbordeur in Lyon, is the given catalogue venue. */
  const draftWithTransbordeur = (name: string, profileId: string, stop: object) => {
    const transbordeur = {
      id: 'transbordeur',
      location: { lat: 45.7834, lon: 4.8609 },
      capacity: 900,
      windows: [{ kind: 'days', from: '2026-03-02', to: '2026-03-22' }],
      ...stop,
    };
    return t.app.inject({
      method: 'POST',
      url: url(booker.organisationId),
      headers: booker.auth,
      payload: {
        name,
        problem: { ...problem, stops: [...problem.stops, transbordeur] },
        stopDetails: { transbordeur: { catalogueProfileId: profileId } },
      },
    });
  };
  const removeTour = (id: string) =>
    t.app.inject({ method: 'DELETE', url: url(booker.organisationId, `/${id}`), headers: booker.auth });

  it('reads the availability of catalogue venues from their calendars', async () => {
    const profileId = await catalogueVenue();
    expect(
      (
        await asVenue(`/profiles/${profileId}/availability`, {
          startDate: '2026-03-10',
          endDate: '2026-03-12',
          status: 'unavailable',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await asVenue(`/profiles/${profileId}/availability-rules`, {
          weekdays: [1],
          validFrom: '2026-01-01',
          validTo: null,
        })
      ).statusCode,
    ).toBe(201);
    const created = await draftWithTransbordeur('Calendrier du Transbordeur', profileId, {
      fixedDate: '2026-03-09',
    });
    expect(created.statusCode).toBe(201);
    const stops = created.json().problem.stops;
    // Mondays (03-02, 03-16) and 03-10..12 are closed; the confirmed Monday 03-09 stays open.
    expect(stops.find((x: { id: string }) => x.id === 'transbordeur').windows).toEqual([
      { kind: 'days', from: '2026-03-03', to: '2026-03-09' },
      { kind: 'days', from: '2026-03-13', to: '2026-03-15' },
      { kind: 'days', from: '2026-03-17', to: '2026-03-22' },
    ]);
    // Stops without a catalogue profile keep the booker's windows.
    expect(stops.find((x: { id: string }) => x.id === 'lille').windows).toEqual(open);
    expect((await removeTour(created.json().id)).statusCode).toBe(204);
  });

  it('reads the calendars again when optimising: a venue booked since the draft is not proposed that day', async () => {
    const profileId = await catalogueVenue();
    const created = await draftWithTransbordeur('Transbordeur, calendrier relu', profileId, {
      required: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    // After the draft, the venue sells every day but Friday 20 March to someone else.
    for (const [startDate, endDate] of [
      ['2026-03-02', '2026-03-19'],
      ['2026-03-21', '2026-03-22'],
    ]) {
      const slot = await asVenue(`/profiles/${profileId}/availability`, {
        startDate,
        endDate,
        status: 'booked',
      });
      expect(slot.statusCode, slot.body).toBe(201);
    }
    const optimised = await t.app.inject({
      method: 'POST',
      url: url(booker.organisationId, `/${created.json().id}/optimise`),
      headers: booker.auth,
      payload: { seed: 7, timeBudgetMs: 300 },
    });
    expect(optimised.statusCode, optimised.body).toBe(200);
    for (const v of optimised.json().result.variants)
      expect(v.tour.shows).toContainEqual({ stopId: 'transbordeur', date: '2026-03-20' });
    expect((await removeTour(created.json().id)).statusCode).toBe(204);
  });

  it('refuses a selection naming a stop that is not a candidate', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: url(booker.organisationId, `/${tourId}/selection`),
      headers: booker.auth,
      payload: { shows: [{ stopId: 'paris', date: '2026-03-06' }] },
    });
    expect(res.statusCode).toBe(400);
  });

  it('never shows or changes another organisation’s tour', async () => {
    const read = await t.app.inject({
      method: 'GET',
      url: url(booker.organisationId, `/${tourId}`),
      headers: other.auth,
    });
    expect(read.statusCode).toBe(404);
    const viaOwnOrg = await t.app.inject({
      method: 'GET',
      url: url(other.organisationId, `/${tourId}`),
      headers: other.auth,
    });
    expect(viaOwnOrg.statusCode).toBe(404);
    const change = await t.app.inject({
      method: 'POST',
      url: url(other.organisationId, `/${tourId}/optimise`),
      headers: other.auth,
      payload: {},
    });
    expect(change.statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: url(other.organisationId), headers: other.auth });
    expect(list.json().items).toEqual([]);
  });

  it('lets only artist and booker organisations plan tours', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: url(venue.organisationId),
      headers: venue.auth,
      payload: { name: 'x', problem },
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses an invalid stored problem and writes nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: url(booker.organisationId),
      headers: booker.auth,
      payload: { name: 'bad', problem: { ...problem, showsWanted: 50 } },
    });
    expect(res.statusCode).toBe(400);
    const list = await t.app.inject({ method: 'GET', url: url(booker.organisationId), headers: booker.auth });
    expect(list.json().items.map((x: { name: string }) => x.name)).toEqual(['Printemps 2026']);
  });
});
