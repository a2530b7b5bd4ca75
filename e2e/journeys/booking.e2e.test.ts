import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app-server.ts';
import {
  ARTIFACTS,
  launchBrowser,
  openPage,
  screenshot,
  seriousA11yViolations,
  submitLogin,
} from '../support/browser.ts';

const PASSWORD = 'FlowStage!2026';
let app: RunningApp;
let browser: Browser;
let receiver: Server;
const received: { body: string; headers: Record<string, string | string[] | undefined> }[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ WEBHOOKS_ALLOW_PRIVATE: 'true' }), launchBrowser()]);
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
    });
    req.on('end', () => {
      received.push({ body, headers: req.headers });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  receiver?.close();
});

interface Session {
  token: string;
  orgId: string;
}

async function api<T>(s: Session | null, method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${app.baseUrl}/api/v1${url}`, {
    method,
    headers: {
      ...(s ? { authorization: `Bearer ${s.token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function apiLogin(email: string, password = PASSWORD): Promise<Session> {
  const body = await api<{ accessToken: string; organisations: { id: string }[] }>(
    null,
    'POST',
    '/auth/login',
    {
      email,
      password,
    },
  );
  return { token: body.accessToken, orgId: body.organisations[0]?.id ?? '' };
}

async function uiLogin(email: string): Promise<Page> {
  const page = await openPage(browser, `booking ${email}`, { viewport: { width: 375, height: 812 } });
  await page.goto(`${app.baseUrl}/login`);
  await submitLogin(page, email, PASSWORD);
  return page;
}

async function firstProfile(s: Session, kind: string) {
  const { items } = await api<{ items: { id: string; kind: string }[] }>(
    s,
    'GET',
    `/catalogue/organisations/${s.orgId}/profiles`,
  );
  const found = items.find((p) => p.kind === kind);
  if (!found) throw new Error(`no ${kind} profile`);
  return found.id;
}

/** A date free on both calendars, about 4 months ahead. */
async function freeDate(s: Session, ids: string[]) {
  const from = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10);
  const busy = new Set<string>();
  for (const id of ids) {
    const cal = await api<{
      slots: { startDate: string; endDate: string; status: string }[];
      rules: { weekdays: number[] }[];
    }>(s, 'GET', `/catalogue/profiles/${id}/availability?from=${from}&to=${to}`);
    for (const slot of cal.slots)
      for (let d = slot.startDate; d <= slot.endDate; d = next(d))
        if (slot.status !== 'available') busy.add(d);
    for (const r of cal.rules) for (const w of r.weekdays) busy.add(`w${w}`);
  }
  for (let d = from; d <= to; d = next(d)) {
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay() || 7;
    if (!busy.has(d) && !busy.has(`w${dow}`)) return d;
  }
  throw new Error('no free date');
}
const next = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The signing link in the latest .eml sent to `to` (quoted-printable soft breaks undone). */
function signingLink(to: string): string {
  const dir = path.join(app.dataDir, 'mail');
  const files = readdirSync(dir).sort().reverse();
  for (const f of files) {
    const raw = readFileSync(path.join(dir, f), 'utf8');
    if (!raw.toLowerCase().includes(`to: ${to}`)) continue;
    const text = raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    const m = /(https?:\/\/\S+\/sign\/[A-Za-z0-9_-]+)/.exec(text);
    if (m?.[1]) return m[1];
  }
  throw new Error(`no signing mail for ${to}`);
}

describe('booking to signed contract', () => {
  it('hold, challenge, offer, acceptance, validation, signatures, webhook, iCal, pdfsig', async () => {
    const booker = await apiLogin('booker@demo.flowstage.app');
    const venue = await apiLogin('venue@demo.flowstage.app');
    const validator = await apiLogin('legal-validator@demo.flowstage.app');
    const webhook = await api<{ secret: string }>(booker, 'POST', `/organisations/${booker.orgId}/webhooks`, {
      url: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`,
      events: ['contract_signed'],
    });

    // The booker finds the venue in the catalogue (the venue's published profile).
    const venueProfileId = await firstProfile(venue, 'venue');
    const artistId = await firstProfile(booker, 'artist');
    // A second booker, with an artist of its own.
    const email2 = `booker2-${Date.now()}@agence-e2e.fr`;
    await api(null, 'POST', '/auth/signup', {
      email: email2,
      password: 'Tr0mbone!Jazz',
      displayName: 'Second Booker',
      accountType: 'booker',
      organisationName: 'Agence Seconde',
      country: 'FR',
      locale: 'fr',
    });
    const booker2 = await apiLogin(email2, 'Tr0mbone!Jazz');
    const artist2 = await api<{ id: string }>(booker2, 'POST', '/catalogue/profiles', {
      organisationId: booker2.orgId,
      kind: 'artist',
      name: 'Les Seconds Rôles',
      country: 'FR',
      city: 'Lyon',
      latitude: 45.764,
      longitude: 4.8357,
      genres: ['rock'],
      details: {
        actType: 'band',
        travellingParty: 4,
        capacityRange: { min: 100, max: 900 },
        fees: [{ dealType: 'flat_guarantee', minCents: 150_000, maxCents: 900_000, currency: 'EUR' }],
      },
    });
    await api(booker2, 'POST', `/catalogue/profiles/${artist2.id}/publish`);
    const date = await freeDate(booker, [venueProfileId, artistId, artist2.id]);

    // 1. The booker places a hold from the booking page.
    const bookerPage = await uiLogin('booker@demo.flowstage.app');
    await bookerPage.goto(`${app.baseUrl}/app/booking?venue=${venueProfileId}&date=${date}`);
    await bookerPage.getByTestId('hold-artist').selectOption(artistId);
    await bookerPage.getByTestId('hold-submit').click();
    const holdRow = bookerPage.getByTestId('hold-row').filter({ hasText: date });
    await expect.poll(() => holdRow.getByTestId('hold-rank').textContent()).toContain('1');
    const holdId = (await holdRow.getAttribute('data-hold-id')) ?? '';

    // 2. The second booker holds the same date (2nd) and challenges the first.
    const hold2 = await api<{ id: string; rank: number }>(
      booker2,
      'POST',
      `/organisations/${booker2.orgId}/booking/holds`,
      {
        venueProfileId,
        artistProfileId: artist2.id,
        date,
      },
    );
    expect(hold2.rank).toBe(2);
    await api(booker2, 'POST', `/organisations/${booker2.orgId}/booking/holds/${hold2.id}/challenge`);

    // 3. The first booker sees the challenge timer and confirms with an offer of 8,000 €.
    await bookerPage.reload();
    await bookerPage.getByTestId('hold-timer').waitFor();
    expect(await seriousA11yViolations(bookerPage)).toEqual([]);
    await screenshot(bookerPage, 'booking-hold-challenged-375');
    await bookerPage.locator(`[data-hold-id="${holdId}"]`).getByTestId('hold-confirm').click();
    await bookerPage.getByTestId('offer-fee').fill('8000');
    await bookerPage.getByTestId('offer-submit').click();
    await bookerPage.getByTestId('offer-row').first().waitFor();

    // 4. The venue accepts.
    const venuePage = await uiLogin('venue@demo.flowstage.app');
    await venuePage.goto(`${app.baseUrl}/app/booking`);
    await venuePage.getByTestId('offer-accept').first().click();
    await expect.poll(() => venuePage.getByTestId('offer-validation').first().textContent()).toBeTruthy();

    // 5. The contract is in the validation queue (fee 8,000 €); the validator approves.
    const validatorPage = await uiLogin('legal-validator@demo.flowstage.app');
    await validatorPage.goto(`${app.baseUrl}/app/validation`);
    await validatorPage.getByTestId('validation-timer').first().waitFor();
    expect(await validatorPage.getByTestId('validation-item').first().textContent()).toContain('8');
    expect(await seriousA11yViolations(validatorPage)).toEqual([]);
    await screenshot(validatorPage, 'booking-validation-queue-375');
    await validatorPage.getByTestId('validation-document').first().click();
    await expect
      .poll(() => validatorPage.frameLocator('iframe').locator('body').textContent())
      .toContain('8');
    await validatorPage.getByTestId('validation-approve').first().click();
    await expect.poll(async () => validatorPage.getByTestId('validation-item').count()).toBe(0);
    expect(validator.orgId).toBeTruthy();

    // 6. The booker reads the contract page (versions, guided clause editor previewing the validations
    // its terms trigger), then validates the contract and sends it (unless the tier sent it already).
    await bookerPage.goto(`${app.baseUrl}/app/booking`);
    await bookerPage.getByTestId('offer-contract').first().click();
    await bookerPage.getByTestId('contract-versions').waitFor();
    await bookerPage.getByTestId('clause-editor').waitFor();
    await bookerPage
      .locator('[data-testid="triggered-validation"][data-reason="fee_above_threshold"]')
      .waitFor();
    await screenshot(bookerPage, 'booking-contract-editor');
    await bookerPage.goto(`${app.baseUrl}/app/booking`);
    const send = bookerPage.getByTestId('offer-send');
    await send.or(bookerPage.getByTestId('offer-sent')).first().waitFor();
    if (await send.count()) await send.first().click();
    await bookerPage.getByTestId('offer-sent').first().waitFor();

    // 7. Both parties sign in order from the links in their mails.
    for (const [page, mail, name] of [
      [bookerPage, 'booker@demo.flowstage.app', 'Booker Démo'],
      [venuePage, 'venue@demo.flowstage.app', 'Salle Démo'],
    ] as const) {
      await expect
        .poll(() => {
          try {
            return signingLink(mail);
          } catch {
            return '';
          }
        })
        .toContain('/sign/');
      const link = signingLink(mail);
      // The typed name must match the signer's name as the contract states it.
      const view = await api<{ signer: { name: string } }>(
        null,
        'GET',
        `/signing/${link.split('/sign/')[1]}`,
      );
      expect(name).toBeTruthy();
      await page.goto(link);
      await page.getByTestId('sign-consent').check();
      await page.getByTestId('sign-name').fill(view.signer.name);
      await page.getByTestId('sign-submit').click();
      await page.getByTestId('sign-done').waitFor();
    }
    // A reused link says so.
    await bookerPage.goto(signingLink('booker@demo.flowstage.app'));
    await bookerPage.getByTestId('sign-used').or(bookerPage.getByTestId('sign-wait')).first().waitFor();

    // 8. The webhook receiver gets contract_signed with a valid signature.
    await expect.poll(() => received.length).toBeGreaterThan(0);
    const hook = received.find((r) => r.headers['flowstage-event'] === 'contract_signed');
    expect(hook).toBeTruthy();
    // Verified as an integrator would, from the documented scheme: v1=HMAC-SHA256(secret, "<timestamp>.<body>").
    const timestamp = String(hook?.headers['flowstage-timestamp']);
    const expected = createHmac('sha256', webhook.secret)
      .update(`${timestamp}.${hook?.body ?? ''}`)
      .digest('hex');
    expect(String(hook?.headers['flowstage-signature']).split(',')).toContain(`v1=${expected}`);
    expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(300);

    // 9. The show is in both iCal feeds.
    for (const [s, id] of [
      [venue, venueProfileId],
      [booker, artistId],
    ] as const) {
      const { url } = await api<{ url: string }>(s, 'GET', `/catalogue/profiles/${id}/calendar-feed`);
      const ics = await (await fetch(`${app.baseUrl}${new URL(url).pathname}`)).text();
      expect(ics).toContain(`DTSTART;VALUE=DATE:${date.replaceAll('-', '')}`);
    }

    // 10. The signed PDF verifies with pdfsig; an altered copy fails in the verification page.
    const offers = await api<{ signatureRequestId: string | null; date: string }[]>(
      booker,
      'GET',
      `/organisations/${booker.orgId}/booking/offers`,
    );
    const requestId = offers.find((o) => o.date === date)?.signatureRequestId ?? '';
    const pdfRes = await fetch(
      `${app.baseUrl}/api/v1/organisations/${booker.orgId}/signature-requests/${requestId}/pdf`,
      {
        headers: { authorization: `Bearer ${booker.token}` },
      },
    );
    expect(pdfRes.status).toBe(200);
    const pdf = Buffer.from(await pdfRes.arrayBuffer());
    const signedPath = path.join(ARTIFACTS, 'booking-signed.pdf');
    writeFileSync(signedPath, pdf);
    const out = execFileSync('/usr/bin/pdfsig', [signedPath], { encoding: 'utf8' });
    expect(out).toMatch(/Signature is Valid/i);
    const altered = Buffer.from(pdf);
    const at = altered.indexOf('Flow Stage');
    altered[at > 0 ? at : 200] = 0x58;
    const alteredPath = path.join(ARTIFACTS, 'booking-altered.pdf');
    writeFileSync(alteredPath, altered);
    await bookerPage.goto(`${app.baseUrl}/verify`);
    await bookerPage.getByTestId('verify-file').setInputFiles(alteredPath);
    await bookerPage.getByTestId('verify-submit').click();
    await bookerPage.getByTestId('verify-failed').waitFor();
    await screenshot(bookerPage, 'booking-verify-altered-375');
    await bookerPage.getByTestId('verify-file').setInputFiles(signedPath);
    await bookerPage.getByTestId('verify-submit').click();
    await bookerPage.getByTestId('verify-ok').waitFor();
  }, 300_000);
});
