import { readdirSync, readFileSync } from 'node:fs';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { SAMPLE_PROFILES } from '../catalogue/fixtures.ts';
import { festivalBody, invoiceBody, orderBody, quoteBody, setClock, url } from './testing.ts';

const XSD_DIR = new URL('../../../../../packages/domain/test-fixtures/factur-x/', import.meta.url);
const xsd = readdirSync(XSD_DIR).map((fileName) => ({
  fileName,
  contents: readFileSync(new URL(fileName, XSD_DIR), 'utf8'),
}));

let t: TestApp;
let commune: SignedUp;
let otherCommune: SignedUp;
let localCompany: SignedUp;
let farCompany: SignedUp;

beforeAll(async () => {
  process.env.MUNICIPAL_TEST_CLOCK = '1';
  t = await createTestApp();
  [commune, otherCommune, localCompany, farCompany] = await Promise.all([
    signUpAs(t.app, 'municipality'),
    signUpAs(t.app, 'municipality'),
    signUpAs(t.app, 'street_arts_company'),
    signUpAs(t.app, 'street_arts_company'),
  ]);
  await setClock(t.app, '2026-04-15');
});
afterAll(async () => {
  await t?.close();
});

const inject = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', who: SignedUp, path: string, payload?: object) =>
  payload === undefined
    ? t.app.inject({ method, url: url(who, path), headers: who.auth })
    : t.app.inject({ method, url: url(who, path), headers: who.auth, payload });

describe('a commune buys a street-arts show, from the need to the payment', () => {
  let eventId = '';
  let localQuoteId = '';
  let orderId = '';
  let invoiceId = '';

  it('creates the event and publishes the need', async () => {
    const created = await inject('POST', commune, '/events', festivalBody());
    expect(created.statusCode).toBe(201);
    eventId = created.json().id;
    expect(created.json()).toMatchObject({
      status: 'planning',
      budgetAllocatedCents: 2_000_000,
      budgetYear: 2026,
    });
    const published = await inject('POST', commune, `/events/${eventId}/publish`, {
      responseDeadline: '2026-05-05',
    });
    expect(published.statusCode).toBe(200);
    expect(published.json().status).toBe('published');
  });

  it('determines the procedure of a 12,000 € purchase and explains it', async () => {
    const res = await inject('POST', commune, '/purchases', {
      eventId,
      label: 'Spectacles du festival',
      estimatedAmountExclVat: '12000.00',
      purchaseDate: '2026-04-15',
    });
    expect(res.statusCode).toBe(201);
    const d = res.json().determination;
    expect(d.procedure).toBe('no_publicity');
    expect(d.explanation.fr).toContain('12 000,00 €');
    expect(d.explanation.fr).toContain('décret 2025-1386');
    expect(d.rulesApplied.map((r: { id: string }) => r.id)).toContain('no_publicity_supplies_services');
  });

  it('generates the cahier des charges as PDF and DOCX', async () => {
    const json = await inject('GET', commune, `/events/${eventId}/cahier-des-charges`);
    expect(json.statusCode).toBe(200);
    expect(json.json().sections.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['object', 'place', 'criteria', 'documents']),
    );
    const pdf = await inject('GET', commune, `/events/${eventId}/cahier-des-charges?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await inject('GET', commune, `/events/${eventId}/cahier-des-charges?format=docx`);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('lets companies see the need and answer; the local company is flagged and scored', async () => {
    const seen = await inject('GET', localCompany, '/opportunities');
    expect(seen.json().items.map((o: { eventId: string }) => o.eventId)).toContain(eventId);
    const local = await inject(
      'POST',
      localCompany,
      `/opportunities/${eventId}/quotes`,
      quoteBody('9000.00', { base: { lat: 46.3069, lon: 4.8287, label: 'Mâcon' } }),
    );
    expect(local.statusCode).toBe(201);
    expect(local.json().vatRateBasisPoints).toBe(550);
    localQuoteId = local.json().id;
    const far = await inject(
      'POST',
      farCompany,
      `/opportunities/${eventId}/quotes`,
      quoteBody('8500.00', { base: { lat: 43.6047, lon: 1.4442, label: 'Toulouse' } }),
    );
    expect(far.statusCode).toBe(201);
    const twice = await inject('POST', farCompany, `/opportunities/${eventId}/quotes`, quoteBody('8000.00'));
    expect(twice.statusCode).toBe(409);

    // The far company has published its street-arts profile (Aurillac) in the catalogue.
    const profile = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalogue/profiles',
      headers: farCompany.auth,
      payload: { organisationId: farCompany.organisationId, ...SAMPLE_PROFILES.street_arts_company },
    });
    expect(profile.statusCode).toBe(201);
    const published = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${profile.json().id}/publish`,
      headers: farCompany.auth,
    });
    expect(published.statusCode).toBe(200);

    const compared = await inject('GET', commune, `/events/${eventId}/quotes`);
    type Compared = {
      id: string;
      local: boolean;
      companyName: string;
      profileSource: string;
      distanceMetres: number;
      score: { total: number };
    };
    const items = compared.json().items as Compared[];
    expect(items).toHaveLength(2);
    expect(items[0]?.id).toBe(localQuoteId);
    expect(items[0]).toMatchObject({ local: true, profileSource: 'quote' });
    expect(items[0]!.score.total).toBeGreaterThan(items[1]!.score.total);
    // Scored from the catalogue: its name and its base in Aurillac (≈ 290 km), not the quote's Toulouse.
    expect(items[1]).toMatchObject({ companyName: 'Compagnie des Échasses', profileSource: 'catalogue' });
    expect(items[1]!.distanceMetres).toBeGreaterThan(250_000);
    expect(items[1]!.distanceMetres).toBeLessThan(330_000);
  });

  it('refuses a purchase order above the remaining budget unless an authorised role overrides it', async () => {
    expect(
      (await inject('POST', commune, `/events/${eventId}/quotes/${localQuoteId}/select`)).statusCode,
    ).toBe(200);
    // Budget 20,000 € TTC; the quote is 9,495 € TTC: shrink the budget by using a second event.
    const small = await inject(
      'POST',
      commune,
      '/events',
      festivalBody({
        title: 'Marché nocturne',
        kind: 'marche',
        budget: '5000',
        startDate: '2026-06-10',
        endDate: undefined,
      }),
    );
    const smallId = small.json().id;
    await inject('POST', commune, `/events/${smallId}/publish`, { responseDeadline: '2026-05-10' });
    const q = await inject('POST', farCompany, `/opportunities/${smallId}/quotes`, quoteBody('6000'));
    await inject('POST', commune, `/events/${smallId}/quotes/${q.json().id}/select`);
    const refused = await inject(
      'POST',
      commune,
      `/events/${smallId}/purchase-orders`,
      orderBody(q.json().id),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'BUDGET_OVERRUN', overrideRefused: 'none_given' });
    const wrongRole = await inject(
      'POST',
      commune,
      `/events/${smallId}/purchase-orders`,
      orderBody(q.json().id, {
        override: { role: 'culture_officer', reason: 'Spectacle de clôture indispensable' },
      }),
    );
    expect(wrongRole.json().overrideRefused).toBe('role_not_authorised');
    const ok = await inject(
      'POST',
      commune,
      `/events/${smallId}/purchase-orders`,
      orderBody(q.json().id, { override: { role: 'mayor', reason: 'Spectacle de clôture indispensable' } }),
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json().number).toBe('BC-2026-000001');
  });

  it('issues the numbered purchase order, refuses to invoice before service done, then invoices in Factur-X', async () => {
    const po = await inject('POST', commune, `/events/${eventId}/purchase-orders`, orderBody(localQuoteId));
    expect(po.statusCode).toBe(201);
    expect(po.json()).toMatchObject({
      number: 'BC-2026-000002',
      amountExclVatCents: 900_000,
      amountInclVatCents: 949_500,
      imputation: { chapter: '011', article: '6042' },
    });
    orderId = po.json().id;

    const early = await inject('POST', localCompany, `/orders/${orderId}/invoice`, invoiceBody);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('SERVICE_NOT_DONE');

    const tooEarly = await inject('POST', commune, `/purchase-orders/${orderId}/service-done`, {});
    expect(tooEarly.statusCode).toBe(400);
    await setClock(t.app, '2026-05-25');
    const done = await inject('POST', commune, `/purchase-orders/${orderId}/service-done`, {
      date: '2026-05-24',
    });
    expect(done.statusCode).toBe(200);

    const invoice = await inject('POST', localCompany, `/orders/${orderId}/invoice`, invoiceBody);
    expect(invoice.statusCode).toBe(201);
    expect(invoice.json()).toMatchObject({
      number: 'FAC-2026-000001',
      dueDate: '2026-06-24',
      totalInclVatCents: 949_500,
    });
    invoiceId = invoice.json().id;

    const xml = await inject('GET', commune, `/invoices/${invoiceId}/factur-x.xml`);
    const main = xsd.find((f) => f.fileName === 'Factur-X_EN16931.xsd')!;
    const validation = await validateXML({
      xml: [{ fileName: 'factur-x.xml', contents: xml.body }],
      schema: [main],
      preload: xsd.filter((f) => f !== main),
    });
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);

    const pdf = await inject('GET', commune, `/invoices/${invoiceId}/pdf`);
    const doc = await PDFDocument.load(pdf.rawPayload);
    expect(doc.catalog.has(PDFName.of('AF'))).toBe(true);
    expect(doc.catalog.has(PDFName.of('OutputIntents'))).toBe(true);
    expect(pdf.rawPayload.toString('latin1')).toContain('factur-x.xml');
    expect(pdf.rawPayload.toString('latin1')).toContain(
      '<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>',
    );
  });

  it('tracks the 30-day deadline and computes the interest if paid 10 days late', async () => {
    const list = await inject('GET', commune, '/invoices');
    expect(list.json().items[0]).toMatchObject({
      number: 'FAC-2026-000001',
      payment: { status: 'not_due', daysRemaining: 30 },
    });
    const late = await inject('GET', commune, `/invoices/${invoiceId}/late-interest?paidOn=2026-07-04`);
    expect(late.statusCode).toBe(200);
    expect(late.json()).toMatchObject({ kind: 'late', daysLate: 10, indemnityCents: 4000 });
    expect(late.json().interestCents).toBeGreaterThan(0);
    expect(late.json().totalCents).toBe(late.json().interestCents + 4000);
    // The ECB rows of 2026 are not confirmed by an official source: the API says the rate is provisional.
    expect(late.json().ecbRate).toMatchObject({ validFrom: '2026-01-01', provisional: true });
    expect(late.json().explanation.fr).toContain('provisoire');

    const dashboard = await inject('GET', commune, '/dashboard?year=2026');
    const line = dashboard.json().budget.find((b: { eventId: string }) => b.eventId === eventId);
    expect(line).toMatchObject({ committedCents: 949_500, invoicedCents: 949_500, paidCents: 0 });
    expect(dashboard.json().upcomingPayments).toHaveLength(1);

    await setClock(t.app, '2026-07-04');
    const overdue = await inject('GET', commune, '/invoices');
    expect(overdue.json().items[0].payment).toMatchObject({
      status: 'overdue',
      daysRemaining: -10,
      lateIfPaidToday: { kind: 'late', daysLate: 10, totalCents: late.json().totalCents },
    });
    const partial = await inject('POST', commune, `/invoices/${invoiceId}/payment`, {
      paidOn: '2026-07-04',
      amount: '9000.00',
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().errors[0].path).toBe('amount');
    const byCompany = await inject('POST', localCompany, `/invoices/${invoiceId}/payment`, {
      paidOn: '2026-07-04',
    });
    expect(byCompany.statusCode).toBe(403);
    const paid = await inject('POST', commune, `/invoices/${invoiceId}/payment`, {
      paidOn: '2026-07-04',
      amount: '9495.00',
    });
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({ kind: 'late', daysLate: 10 });
    const again = await inject('POST', commune, `/invoices/${invoiceId}/payment`, { paidOn: '2026-07-04' });
    expect(again.statusCode).toBe(409);
    const after = await inject('GET', commune, '/invoices');
    expect(after.json().items[0]).toMatchObject({
      paidOn: '2026-07-04',
      lateInterestCents: late.json().totalCents,
      payment: { status: 'paid', lateIfPaidToday: null },
    });
  });

  it('archives purchase orders and invoices immutably and refuses deletion before retention end', async () => {
    const archive = await inject('GET', commune, `/archive?year=2026&eventId=${eventId}`);
    const kinds = archive
      .json()
      .items.map((d: { kind: string }) => d.kind)
      .sort();
    expect(kinds).toEqual(['invoice', 'purchase_order']);
    expect(archive.json().items[0]).toMatchObject({
      eventTitle: 'Festival d’été des arts de rue',
      companyName: expect.any(String),
      retainUntil: expect.stringMatching(/^2036-/),
    });
    const docId = archive.json().items[0].id;
    const download = await inject('GET', commune, `/archive/${docId}`);
    expect(download.headers['x-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    const del = await inject('DELETE', commune, `/archive/${docId}`);
    expect(del.statusCode).toBe(409);
    expect(del.json().code).toBe('RETENTION_PERIOD');
    // The company named on the documents can retrieve them too.
    const companySide = await inject(
      'GET',
      localCompany,
      `/archive?companyId=${localCompany.organisationId}`,
    );
    expect(companySide.json().items.length).toBe(2);
  });

  it('exports the pre-filled declarations of the event, one file per body', async () => {
    const all = await inject('GET', commune, `/events/${eventId}/declarations`);
    expect(all.statusCode).toBe(200);
    const bodies = all.json().lines.map((l: { body: string }) => l.body);
    expect(bodies).toEqual(expect.arrayContaining(['GUSO', 'CNM', 'SACD']));
    const guso = await inject(
      'GET',
      commune,
      `/events/${eventId}/declarations?declaration=guso&contractType=engagement`,
    );
    expect(guso.json().lines.map((l: { body: string }) => l.body)).toEqual(['GUSO']);
    expect(guso.json().lines[0].applies).toBe(true);
    const csv = await inject(
      'GET',
      commune,
      `/events/${eventId}/declarations?declaration=sacem-sacd&music=true&format=csv`,
    );
    expect(csv.headers['content-disposition']).toContain('declarations-sacem-sacd-2026-05-23.csv');
    const rows = csv.body.trim().split('\r\n');
    expect(rows.slice(1).map((r) => r.split(';')[2])).toEqual(['SACEM', 'SACD']);
    const bad = await inject('GET', commune, `/events/${eventId}/declarations?declaration=urssaf`);
    expect(bad.statusCode).toBe(400);
  });

  it('never shows one organisation the data of another', async () => {
    for (const path of [`/events/${eventId}`, `/events/${eventId}/quotes`, `/invoices/${invoiceId}/pdf`]) {
      const res = await t.app.inject({ method: 'GET', url: url(commune, path), headers: otherCommune.auth });
      expect(res.statusCode).toBe(404);
    }
    expect((await inject('GET', otherCommune, `/events/${eventId}`)).statusCode).toBe(404);
    expect((await inject('GET', otherCommune, `/invoices/${invoiceId}/factur-x.xml`)).statusCode).toBe(404);
    expect((await inject('GET', farCompany, `/invoices/${invoiceId}/factur-x.xml`)).statusCode).toBe(404);
    expect(
      (await inject('POST', otherCommune, `/purchase-orders/${orderId}/service-done`, {})).statusCode,
    ).toBe(404);
    expect((await inject('GET', localCompany, '/dashboard')).statusCode).toBe(403);
  });
});

describe('bad input gets a precise 4xx, never a 500', () => {
  it.each([
    [
      'more than two decimals',
      { estimatedAmountExclVat: '12000.555', purchaseDate: '2026-04-15' },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'negative amount',
      { estimatedAmountExclVat: '-5', purchaseDate: '2026-04-15' },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'date without a threshold in force',
      { estimatedAmountExclVat: '12000', purchaseDate: '2025-06-01' },
      422,
      'NO_RULE_IN_FORCE',
    ],
    [
      'unknown field',
      { estimatedAmountExclVat: '12000', purchaseDate: '2026-04-15', surprise: 1 },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'short artistic justification',
      {
        estimatedAmountExclVat: '120000',
        purchaseDate: '2026-04-15',
        artisticException: { justification: 'unique' },
      },
      400,
      'VALIDATION_FAILED',
    ],
  ])('purchase: %s', async (_name, body, status, code) => {
    const res = await inject('POST', commune, '/purchases', { label: 'Achat test', ...body });
    expect(res.statusCode).toBe(status);
    expect(res.json().code).toBe(code);
  });

  it.each([
    ['negative budget', { budget: '-100' }],
    ['budget with three decimals', { budget: '100.123' }],
    ['end before start', { endDate: '2026-05-01' }],
    ['unknown M57 article', { imputation: { chapter: '011', article: '9999' } }],
    ['article outside its chapter', { imputation: { chapter: '012', article: '6042' } }],
  ])('event: %s', async (_name, overrides) => {
    const res = await inject('POST', commune, '/events', festivalBody(overrides));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('procedure by dated thresholds, through the API', () => {
  it.each([
    ['50,000 € before the 2026-04-01 decree', '50000', '2026-03-15', 'mapa_adapted_publicity', 'CCP R2122-8'],
    ['50,000 € under the 60,000 € rule', '50000', '2026-05-01', 'no_publicity', 'décret 2025-1386'],
    ['90,000 €: BOAMP or legal-notices journal', '90000', '2026-05-01', 'mapa_boamp_or_jal', 'CCP R2131-12'],
    ['216,000 €: formalised procedure', '216000', '2026-05-01', 'formalised', 'EU thresholds 2026-27'],
    ['artistic exception', '120000', '2026-05-01', 'negotiated_artistic_exception', 'CCP R2122-3'],
  ])('%s', async (_name, amount, date, procedure, source) => {
    const c = await signUpAs(t.app, 'municipality');
    const res = await inject('POST', c, '/purchases', {
      label: 'Spectacle',
      estimatedAmountExclVat: amount,
      purchaseDate: date,
      ...(procedure === 'negotiated_artistic_exception'
        ? {
            artisticException: {
              justification: 'Création in situ de la compagnie, seule détentrice des droits de ce spectacle.',
            },
          }
        : {}),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().determination.procedure).toBe(procedure);
    expect(res.json().determination.explanation.fr).toContain(source);
  });
});

describe('the year’s homogeneous total decides the procedure', () => {
  it('warns when several small purchases together cross the threshold', async () => {
    const c = await signUpAs(t.app, 'municipality');
    const first = await inject('POST', c, '/purchases', {
      label: 'Fanfare',
      category: 'animations_rue',
      estimatedAmountExclVat: '35000',
      purchaseDate: '2026-03-10',
    });
    expect(first.json().determination.procedure).toBe('no_publicity');
    const second = await inject('POST', c, '/purchases', {
      label: 'Jongleurs',
      category: 'animations_rue',
      estimatedAmountExclVat: '10000',
      purchaseDate: '2026-03-15',
    });
    expect(second.json().homogeneousTotalBeforeCents).toBe(3_500_000);
    expect(second.json().determination.procedure).toBe('mapa_adapted_publicity');
    expect(second.json().determination.warnings.map((w: { code: string }) => w.code)).toContain(
      'year_total_crosses_threshold',
    );
    const other = await inject('POST', c, '/purchases', {
      label: 'Sono',
      category: 'technique',
      estimatedAmountExclVat: '10000',
      purchaseDate: '2026-03-15',
    });
    expect(other.json().determination.procedure).toBe('no_publicity');
  });
});
