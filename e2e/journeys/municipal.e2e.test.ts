import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { type RunningApp, startApp } from '../support/app-server.ts';
import {
  launchBrowser,
  openPage,
  screenshot,
  seriousA11yViolations,
  submitLogin,
} from '../support/browser.ts';

const XSD_DIR = new URL('../../packages/domain/test-fixtures/factur-x/', import.meta.url);
const xsd = readdirSync(XSD_DIR).map((fileName) => ({
  fileName,
  contents: readFileSync(new URL(fileName, XSD_DIR), 'utf8'),
}));
const COMMUNE_SIRET = '21690123110002';
const COMPANY_SIRET = '12345678210001';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  // The journey spans weeks (consultation → show → invoice): the test moves the module's legal day.
  [app, browser] = await Promise.all([startApp({ MUNICIPAL_TEST_CLOCK: '1' }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function api<T>(
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<T> {
  const res = await fetch(`${app.baseUrl}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}
const setClock = (today: string) => api('/municipal/test-clock', { method: 'PUT', body: { today } });

async function logIn(page: Page, email: string) {
  // The web bundle on disk may be rebuilt by a parallel build while the server runs: retry once.
  for (let attempt = 0; ; attempt++) {
    await page.goto(`${app.baseUrl}/login`);
    const ready = await page
      .getByLabel('Adresse e-mail')
      .waitFor({ timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    if (ready || attempt === 1) break;
  }
  await submitLogin(page, email, 'FlowStage!2026');
}

describe('a culture officer buys a street-arts show for the summer festival', () => {
  it('goes from the need to the Factur-X invoice and the late-payment interest', async () => {
    await setClock('2026-04-15');
    const officer = await openPage(browser, 'municipal officer', { viewport: { width: 1280, height: 900 } });
    await logIn(officer, 'municipality@demo.flowstage.app');
    await officer.getByRole('link', { name: 'Programmation municipale' }).click();
    await officer.getByTestId('municipal-dashboard').waitFor();
    await officer.getByTestId('new-event').click();

    // 1. The festival.
    await officer.getByLabel(/^Titre/).fill('Festival d’été des arts de rue');
    await officer.getByLabel(/^Date de début/).fill('2026-05-23');
    await officer.getByLabel(/^Date de fin/).fill('2026-05-24');
    await officer.getByLabel(/^Lieu/).fill('Place de l’Hôtel de Ville');
    await officer.getByLabel(/^Adresse/).fill('Place de l’Hôtel de Ville, 71100 Chalon-sur-Saône');
    await officer.getByLabel(/^Jauge attendue/).fill('1500');
    await officer.getByLabel(/^Budget alloué/).fill('20000');
    await officer
      .getByLabel(/^Besoin/)
      .fill('Deux déambulations familiales et un spectacle fixe en soirée sur la place.');
    await officer.getByLabel(/^Accessibilité/).fill('Place de plain-pied, zone PMR devant la scène.');
    expect(await seriousA11yViolations(officer)).toEqual([]);
    await officer.getByTestId('event-submit').click();
    await officer.getByTestId('event-page').waitFor();
    const eventUrl = officer.url();

    // 2. The procedure for a 12,000 € HT purchase, explained.
    await officer.getByLabel(/^Montant estimé HT/).fill('12000');
    await officer.getByTestId('determine').click();
    await expect
      .poll(() => officer.getByTestId('procedure').innerText())
      .toContain('sans publicité ni mise en concurrence');
    const explanation = await officer.getByTestId('procedure-explanation').innerText();
    expect(explanation).toContain('12 000,00 €');
    expect(explanation).toContain('décret 2025-1386');

    // 3. Publish the need and generate the cahier des charges.
    await officer.getByLabel(/^Date limite des offres/).fill('2026-05-05');
    await officer.getByTestId('publish').click();
    await expect.poll(() => officer.getByTestId('event-status').textContent()).toBe('Publié');
    const [pdf] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByTestId('cdc-pdf').click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('cahier-des-charges.pdf');
    const [docx] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByTestId('cdc-docx').click(),
    ]);
    expect(docx.suggestedFilename()).toBe('cahier-des-charges.docx');

    // 4. Two companies answer: the demo company (Aurillac) in the browser, a new local one (Mâcon) by API.
    const company = await openPage(browser, 'municipal company', { viewport: { width: 375, height: 812 } });
    await logIn(company, 'street-arts-company@demo.flowstage.app');
    await company.goto(`${app.baseUrl}/app/municipal/opportunities`);
    const need = company.getByTestId('opportunity').filter({ hasText: 'Festival d’été des arts de rue' });
    await need.getByLabel(/^Spectacle proposé/).fill('Les Géants du Cantal');
    await need.getByLabel(/^Prix HT/).fill('11000');
    expect(await seriousA11yViolations(company)).toEqual([]);
    await need.getByTestId('submit-quote').click();
    await expect.poll(() => need.getByTestId('my-quote-status').textContent()).toBe('Reçue');
    await screenshot(company, 'municipal-company-needs-375');

    const local = await api<{ accessToken: string; organisations: { id: string }[] }>('/auth/signup', {
      method: 'POST',
      body: {
        email: `compagnie-${Date.now()}@macon-e2e.fr`,
        password: 'Ech4sses!Lumi',
        displayName: 'Lou Échasses',
        accountType: 'street_arts_company',
        organisationName: 'Compagnie des Échassiers de Mâcon',
        country: 'FR',
      },
    });
    const localOrg = local.organisations[0]?.id ?? '';
    const needs = await api<{ items: { eventId: string; title: string }[] }>(
      `/organisations/${localOrg}/municipal/opportunities`,
      { token: local.accessToken },
    );
    const eventId = needs.items.find((n) => n.title === 'Festival d’été des arts de rue')?.eventId ?? '';
    await api(`/organisations/${localOrg}/municipal/opportunities/${eventId}/quotes`, {
      method: 'POST',
      token: local.accessToken,
      body: {
        showTitle: 'Les Échassiers lumineux',
        performanceType: 'deambulation',
        amountExclVat: '9800.00',
        base: { lat: 46.3069, lon: 4.8287, label: 'Mâcon' },
      },
    });

    // 5. Compare side by side with the FR-015 score and pick the local company.
    await officer.goto(eventUrl);
    await expect.poll(() => officer.getByTestId('quote-row').count(), { timeout: 15_000 }).toBe(2);
    const rows = officer.getByTestId('quote-row');
    expect(await rows.first().textContent()).toContain('Compagnie des Échassiers de Mâcon');
    expect(await rows.first().textContent()).toContain('Locale (< 100 km)');
    await rows.first().getByTestId('select-quote').click();

    // 6. The purchase order, signed by the authorised person.
    await officer.getByLabel(/^Nom du signataire/).fill('Claire Martin');
    await officer.getByLabel(/^Qualité/).fill('Adjointe à la culture, par délégation du maire');
    await officer.getByLabel(/^SIRET/).fill(COMMUNE_SIRET);
    await officer.getByLabel(/^Adresse de facturation/).fill('Place de l’Hôtel de Ville');
    await officer.getByLabel(/^Code postal/).fill('71100');
    await officer.getByLabel(/^Ville/).fill('Chalon-sur-Saône');
    await officer.getByTestId('issue-order').click();
    await expect
      .poll(() => officer.getByTestId('order-number').innerText())
      .toBe('Bon de commande BC-2026-000001');

    // 7. After the festival: service fait, then the company invoices in Factur-X.
    await setClock('2026-05-25');
    await officer.reload();
    await officer.getByTestId('service-done').click();
    await expect.poll(() => officer.getByTestId('order-status').textContent()).toBe('Service fait');

    const orders = await api<{ items: { id: string }[] }>(`/organisations/${localOrg}/municipal/orders`, {
      token: local.accessToken,
    });
    const invoice = await api<{ id: string; number: string; dueDate: string }>(
      `/organisations/${localOrg}/municipal/orders/${orders.items[0]?.id}/invoice`,
      {
        method: 'POST',
        token: local.accessToken,
        body: {
          seller: {
            siret: COMPANY_SIRET,
            vatId: 'FR11123456782',
            addressLine1: '3 quai Lamartine',
            postcode: '71000',
            city: 'Mâcon',
            iban: 'FR7630006000011234567890189',
          },
        },
      },
    );
    expect(invoice).toMatchObject({ number: 'FAC-2026-000001', dueDate: '2026-06-24' });
    const xml = await fetch(
      `${app.baseUrl}/api/v1/organisations/${localOrg}/municipal/invoices/${invoice.id}/factur-x.xml`,
      {
        headers: { authorization: `Bearer ${local.accessToken}` },
      },
    ).then((r) => r.text());
    const main = xsd.find((f) => f.fileName === 'Factur-X_EN16931.xsd')!;
    const validation = await validateXML({
      xml: [{ fileName: 'factur-x.xml', contents: xml }],
      schema: [main],
      preload: xsd.filter((f) => f !== main),
    });
    expect(validation.errors).toEqual([]);

    // 8. The officer sees the deadline and what 10 days late would cost.
    await officer.reload();
    await expect.poll(() => officer.getByTestId('payment-deadline').innerText()).toContain('24 juin 2026');
    expect(await officer.getByTestId('payment-deadline').innerText()).toContain('30 jours restants');
    await officer.getByTestId('simulate-interest').click();
    const late = officer.getByTestId('late-interest');
    await expect.poll(() => late.innerText()).toContain('10 jours de retard');
    expect(await late.innerText()).toContain('40,00');
    expect(await seriousA11yViolations(officer)).toEqual([]);
    await screenshot(officer, 'municipal-event-invoice-1280');

    // 9. Declarations of the event, one pre-filled CSV per body.
    const [guso] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByTestId('declaration-guso').click(),
    ]);
    expect(guso.suggestedFilename()).toBe('declarations-guso.csv');
    const gusoCsv = readFileSync(await guso.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(gusoCsv.slice(1).map((row) => row.split(';')[2])).toEqual(['GUSO']);

    await officer.goto(`${app.baseUrl}/app/municipal`);
    await expect.poll(() => officer.getByTestId('upcoming-payment').count()).toBe(1);
    expect(await seriousA11yViolations(officer)).toEqual([]);
    await screenshot(officer, 'municipal-dashboard-1280');

    // 10. Ten days after the deadline the officer sees what is owed and records the payment.
    await setClock('2026-07-04');
    await officer.getByTestId('invoices-link').click();
    const card = officer.getByTestId('invoice-card');
    await expect.poll(() => card.getByTestId('payment-status').textContent()).toBe('En retard');
    expect(await card.getByTestId('payment-deadline').innerText()).toContain('10 jours de retard');
    expect(await card.getByTestId('owed-today').innerText()).toContain('40,00');
    expect(await card.getByTestId('provisional-rate').innerText()).toContain('Taux BCE provisoire');
    expect(await seriousA11yViolations(officer)).toEqual([]);
    await screenshot(officer, 'municipal-invoices-1280');
    await card
      .getByTestId('payment-form')
      .getByLabel(/^Date de paiement/)
      .fill('2026-07-04');
    await card.getByTestId('record-payment').click();
    await expect.poll(() => officer.getByTestId('invoices-page').innerText()).toContain('Aucune facture.');
    await officer.getByText('Toutes', { exact: true }).click();
    await expect.poll(() => card.getByTestId('paid-on').innerText()).toContain('Payée le 4 juil. 2026');

    // 11. The archive: retrieval by event, content hash, deletion refused during retention.
    await officer.goto(`${app.baseUrl}/app/municipal/archive`);
    await officer.getByLabel('Événement').selectOption({ label: 'Festival d’été des arts de rue' });
    await expect.poll(() => officer.getByTestId('archived-document').count()).toBe(2);
    const doc = officer.getByTestId('archived-document').first();
    expect(await doc.getByTestId('content-hash').innerText()).toMatch(/^[0-9a-f]{64}$/);
    await doc.getByTestId('delete-archived').click();
    await expect.poll(() => doc.getByTestId('municipal-error').innerText()).toContain('suppression refusée');
    expect(await seriousA11yViolations(officer)).toEqual([]);
    await screenshot(officer, 'municipal-archive-1280');
    await officer.setViewportSize({ width: 390, height: 844 });
    await screenshot(officer, 'municipal-archive-390');
    await officer.goto(`${app.baseUrl}/app/municipal/invoices`);
    await officer.getByText('Toutes', { exact: true }).click();
    await officer.getByTestId('paid-on').waitFor();
    await screenshot(officer, 'municipal-invoices-390');
    // The whole purchase cycle in one journey: longer than the default journey budget.
  }, 300_000);
});
