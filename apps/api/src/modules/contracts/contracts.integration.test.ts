import { exampleContractTerms } from '@flowstage/domain/contracts';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let producer: SignedUp;
let venue: SignedUp;
let outsider: SignedUp;
beforeAll(async () => {
  t = await createTestApp();
  producer = await signUpAs(t.app, 'booker');
  venue = await signUpAs(t.app, 'venue');
  outsider = await signUpAs(t.app, 'venue');
});
afterAll(async () => t.close());

const url = (org: string, rest = '') => `/api/v1/organisations/${org}/contracts${rest}`;

async function create(
  terms: unknown = exampleContractTerms(),
  counterparty: string | undefined = venue.organisationId,
) {
  return t.app.inject({
    method: 'POST',
    url: url(producer.organisationId),
    headers: producer.auth,
    payload: { terms, ...(counterparty ? { counterpartyOrganisationId: counterparty } : {}) },
  });
}

describe('contracts API', () => {
  it('creates a contract with a CTR reference from an unbroken sequence and a PDF', async () => {
    const first = await create();
    expect(first.statusCode, first.body).toBe(201);
    const a = first.json();
    expect(a).toMatchObject({
      status: 'draft',
      currentVersion: 1,
      kind: 'cession',
      mentions: { missing: [], warnings: [] },
    });
    const year = new Date().getUTCFullYear();
    expect(a.reference).toMatch(new RegExp(`^CTR-${year}-\\d{6}$`));

    // A failed creation (unknown counterparty) must not burn a number.
    const failed = await create(exampleContractTerms(), '00000000-0000-4000-8000-000000000000');
    expect(failed.statusCode).toBe(400);
    const second = (await create()).json();
    const n = (ref: string) => Number(ref.slice(-6));
    expect(n(second.reference)).toBe(n(a.reference) + 1);

    const pdf = await t.app.inject({
      method: 'GET',
      url: url(producer.organisationId, `/${a.id}/versions/1/pdf`),
      headers: producer.auth,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const parsed = await PDFDocument.load(pdf.rawPayload);
    expect(parsed.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(parsed.getTitle()).toContain(a.reference);

    const html = await t.app.inject({
      method: 'GET',
      url: url(producer.organisationId, `/${a.id}/versions/1/html`),
      headers: producer.auth,
    });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('Élodie Moreau');
    expect(html.body).toContain('Contrat de cession');
  });

  it('the counterparty reads the contract; an outsider gets 404 everywhere', async () => {
    const c = (await create()).json();
    const asVenue = await t.app.inject({
      method: 'GET',
      url: url(venue.organisationId, `/${c.id}`),
      headers: venue.auth,
    });
    expect(asVenue.statusCode).toBe(200);
    const venueEdits = await t.app.inject({
      method: 'POST',
      url: url(venue.organisationId, `/${c.id}/versions`),
      headers: venue.auth,
      payload: { terms: exampleContractTerms() },
    });
    expect(venueEdits.statusCode).toBe(404);
    for (const path of [
      `/${c.id}`,
      `/${c.id}/versions/1/pdf`,
      `/${c.id}/versions/1/html`,
      `/${c.id}/diff?from=1&to=1`,
    ]) {
      const viaOwn = await t.app.inject({
        method: 'GET',
        url: url(outsider.organisationId, path),
        headers: outsider.auth,
      });
      expect(viaOwn.statusCode, path).toBe(404);
      const viaProducer = await t.app.inject({
        method: 'GET',
        url: url(producer.organisationId, path),
        headers: outsider.auth,
      });
      expect(viaProducer.statusCode, path).toBe(404);
    }
  });

  it('keeps every version and diffs them clause by clause', async () => {
    const c = (await create()).json();
    const terms = {
      ...exampleContractTerms(),
      deal: { type: 'flat_guarantee', feeCents: 520_000 },
      customClauses: [{ title: 'Parking', text: 'Deux places pour le camion.' }],
    };
    const v2 = await t.app.inject({
      method: 'POST',
      url: url(producer.organisationId, `/${c.id}/versions`),
      headers: producer.auth,
      payload: { terms },
    });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json().versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const diff = await t.app.inject({
      method: 'GET',
      url: url(producer.organisationId, `/${c.id}/diff?from=1&to=2`),
      headers: producer.auth,
    });
    expect(diff.statusCode).toBe(200);
    const body = diff.json();
    expect(body.clauses.map((x: { kind: string; id: string }) => `${x.kind}:${x.id}`).sort()).toEqual([
      'added:custom-1',
      'modified:financial.fee',
    ]);
    expect(body.patch).toContain('+Prix de cession forfaitaire : 5 200,00 € hors taxes.');
  });

  it('the guided editor reads a version and previews edits without saving them', async () => {
    const c = (await create()).json();
    const v1 = await t.app.inject({
      method: 'GET',
      url: url(producer.organisationId, `/${c.id}/versions/1`),
      headers: producer.auth,
    });
    expect(v1.statusCode, v1.body).toBe(200);
    expect(v1.json().terms).toEqual(exampleContractTerms());
    expect(v1.json().clauses.every((x: { standard: boolean }) => x.standard)).toBe(true);

    const edited = {
      ...exampleContractTerms(),
      deal: { type: 'flat_guarantee', feeCents: 800_000 },
      customClauses: [{ title: 'Merchandising', text: 'Le Producteur vend ses disques sans commission.' }],
    };
    const preview = await t.app.inject({
      method: 'POST',
      url: url(producer.organisationId, `/${c.id}/preview`),
      headers: producer.auth,
      payload: { terms: edited },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().validations).toEqual(['fee_above_threshold', 'non_standard_clause']);
    expect(preview.json().clauses.at(-1)).toMatchObject({ title: 'Merchandising', standard: false });
    // Nothing saved; the counterparty reads versions but does not edit; an outsider sees nothing.
    const after = await t.app.inject({
      method: 'GET',
      url: url(producer.organisationId, `/${c.id}`),
      headers: producer.auth,
    });
    expect(after.json().currentVersion).toBe(1);
    const asVenue = await t.app.inject({
      method: 'POST',
      url: url(venue.organisationId, `/${c.id}/preview`),
      headers: venue.auth,
      payload: { terms: edited },
    });
    expect(asVenue.statusCode).toBe(404);
    const outside = await t.app.inject({
      method: 'GET',
      url: url(outsider.organisationId, `/${c.id}/versions/1`),
      headers: outsider.auth,
    });
    expect(outside.statusCode).toBe(404);
  });

  it('reports missing mandatory mentions', async () => {
    const terms = exampleContractTerms();
    const res = await create({
      ...terms,
      producer: { ...terms.producer, licenceNumber: '12345', siret: '123' },
    });
    expect(res.statusCode).toBe(201);
    expect(
      res
        .json()
        .mentions.missing.map((m: { code: string }) => m.code)
        .sort(),
    ).toEqual(['producer_licence', 'producer_siret']);
  });

  it.each([
    ['unknown field', { ...exampleContractTerms(), colour: 'red' }],
    ['bad date', { ...exampleContractTerms(), show: { ...exampleContractTerms().show, date: '17/10/2026' } }],
    ['negative fee', { ...exampleContractTerms(), deal: { type: 'flat_guarantee', feeCents: -1 } }],
    ['unknown deal', { ...exampleContractTerms(), deal: { type: 'barter' } }],
    ['float cents', { ...exampleContractTerms(), deal: { type: 'flat_guarantee', feeCents: 10.5 } }],
  ])('refuses %s with a 400 and writes nothing', async (_label, terms) => {
    const res = await create(terms);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });

  it('a viewer cannot create contracts', async () => {
    const viewer = await signUpAs(t.app, 'artist');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: viewer.auth });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${producer.organisationId}/members`,
      headers: producer.auth,
      payload: { email: me.json().user.email, role: 'viewer' },
    });
    const res = await t.app.inject({
      method: 'POST',
      url: url(producer.organisationId),
      headers: viewer.auth,
      payload: { terms: exampleContractTerms() },
    });
    expect(res.statusCode).toBe(403);
  });

  it('serves the clause library and checks mentions without saving', async () => {
    const lib = await t.app.inject({
      method: 'GET',
      url: '/api/v1/contracts/clauses',
      headers: producer.auth,
    });
    expect(lib.json().length).toBeGreaterThan(10);
    const check = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contracts/check-mentions',
      headers: producer.auth,
      payload: {
        terms: {
          ...exampleContractTerms(),
          organiser: { ...exampleContractTerms().organiser, licenceNumber: undefined },
        },
      },
    });
    expect(check.json().missing.map((m: { code: string }) => m.code)).toEqual(['organiser_licence']);
  });

  it("an organisation's own clause is usable by id and stays standard; others cannot see it", async () => {
    const add = (who: SignedUp, org: string, key = 'parking') =>
      t.app.inject({
        method: 'POST',
        url: url(org, '/clauses'),
        headers: who.auth,
        payload: {
          key,
          title: { fr: 'Stationnement', en: 'Parking' },
          text: { fr: 'Deux places pour le camion.', en: 'Two spaces for the truck.' },
        },
      });
    const created = await add(producer, producer.organisationId);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ id: 'org:parking', title: { de: 'Parking' } });
    expect((await add(producer, producer.organisationId)).statusCode).toBe(409);
    expect((await add(outsider, producer.organisationId)).statusCode).toBe(404);

    const c = await create({ ...exampleContractTerms(), libraryClauses: ['org:parking'] });
    expect(c.json().mentions.missing).toEqual([]);
    const html = await t.app.inject({
      method: 'GET',
      url: url(producer.organisationId, `/${c.json().id}/versions/1/html`),
      headers: producer.auth,
    });
    expect(html.body).toContain('Deux places pour le camion.');
    expect(html.body).not.toContain('class="non-standard"');

    const theirs = await t.app.inject({
      method: 'GET',
      url: url(outsider.organisationId, '/clauses'),
      headers: outsider.auth,
    });
    expect(theirs.json().map((x: { id: string }) => x.id)).not.toContain('org:parking');
  });

  it("lists only the clauses meant for the contract's kind, plus the organisation's own", async () => {
    const list = async (query: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: url(producer.organisationId, `/clauses${query}`),
        headers: producer.auth,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { id: string; kinds: 'all' | string[] }[];
    };
    const all = await list('');
    const cession = await list('?kind=cession');
    expect(cession.length).toBeLessThan(all.length);
    expect(cession.every((c) => c.kinds === 'all' || c.kinds.includes('cession'))).toBe(true);
    // Excluded: clauses written only for the other kinds (an engagement's wage clause, …).
    const excluded = all.filter((c) => !cession.some((x) => x.id === c.id));
    expect(excluded.length).toBeGreaterThan(0);
    expect(excluded.every((c) => c.kinds !== 'all' && !c.kinds.includes('cession'))).toBe(true);
    expect(cession.map((c) => c.id)).toContain('org:parking');
    const bad = await t.app.inject({
      method: 'GET',
      url: url(producer.organisationId, '/clauses?kind=lease'),
      headers: producer.auth,
    });
    expect(bad.statusCode).toBe(400);
  });
});
