import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app-server.ts';
import {
  launchBrowser,
  openPage,
  screenshot,
  seriousA11yViolations,
  submitLogin,
} from '../support/browser.ts';

let app: RunningApp;
let browser: Browser;
const PASSWORD = 'Tr0mbone!Jazz';
const DEMO_PASSWORD = 'FlowStage!2026';
const bookerEmail = `booker-${Date.now()}@agence-e2e.fr`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** The artist's holiday, set through the API: the matching page must say why it finds nothing then. */
const HOLIDAY = { startDate: day(70), endDate: day(75), status: 'unavailable', reason: 'Congés' };

async function call<T>(path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${app.baseUrl}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function signUp(email: string, accountType: string, organisationName: string) {
  const s = await call<{ accessToken: string; organisations: { id: string }[] }>('/auth/signup', {
    email,
    password: PASSWORD,
    displayName: organisationName,
    accountType,
    organisationName,
    country: 'FR',
    locale: 'fr',
  });
  return { token: s.accessToken, orgId: s.organisations[0]!.id };
}

async function publish(who: { token: string; orgId: string }, doc: Record<string, unknown>) {
  const { id } = await call<{ id: string }>(
    '/catalogue/profiles',
    { organisationId: who.orgId, country: 'FR', languages: ['fr'], ...doc },
    who.token,
  );
  await call(`/catalogue/profiles/${id}/publish`, {}, who.token);
  return id;
}

/** A user (the booker by default), logged in through the login page, on its dashboard. */
async function logIn(
  name: string,
  viewport: { width: number; height: number },
  email = bookerEmail,
  password = PASSWORD,
) {
  const page = await openPage(browser, name, { viewport });
  await page.goto(`${app.baseUrl}/login`);
  await submitLogin(page, email, password);
  return page;
}

const venue = (
  name: string,
  city: string,
  latitude: number,
  longitude: number,
  standing: number,
  budget: number,
  genres: string[],
) => ({
  kind: 'venue',
  name,
  city,
  latitude,
  longitude,
  genres,
  details: {
    venueType: 'smac',
    capacityStanding: standing,
    budget: { minCents: 100_000, maxCents: budget, currency: 'EUR' },
  },
});

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const booker = await signUp(bookerEmail, 'booker', 'Agence Ondes');
  const venues = await signUp(`salles-${Date.now()}@salles-e2e.fr`, 'venue', 'Réseau des salles');
  const artistId = await publish(booker, {
    kind: 'artist',
    name: 'Les Ondes Électriques',
    city: 'Nantes',
    latitude: 47.2184,
    longitude: -1.5536,
    genres: ['indie-rock'],
    details: {
      actType: 'band',
      capacityRange: { min: 200, max: 900 },
      fees: [{ dealType: 'flat_guarantee', minCents: 150_000, maxCents: 400_000, currency: 'EUR' }],
      travellingParty: 5,
    },
  });
  await call(`/catalogue/profiles/${artistId}/availability`, HOLIDAY, booker.token);
  await publish(venues, venue('Le Ferrailleur', 'Nantes', 47.2063, -1.5647, 450, 450_000, ['rock']));
  await publish(
    venues,
    venue('Stereolux', 'Nantes', 47.2065, -1.5644, 1200, 600_000, ['indie-rock', 'electro']),
  );
  await publish(venues, venue('Le Chabada', 'Angers', 47.4784, -0.5632, 900, 500_000, ['pop']));
  await publish(venues, venue('Zénith Géant', 'Paris', 48.8938, 2.3932, 20_000, 9_000_000, ['pop']));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('a booker finds venues for an artist', () => {
  it('ranks venues, opens a breakdown, asks why a venue is excluded and saves a shortlist with a hold request', async () => {
    const page = await logIn('matching booker', { width: 390, height: 844 });

    await page.goto(`${app.baseUrl}/app/matching/venues`);
    await page.getByTestId('match-page-venues').waitFor();
    await expect.poll(() => page.getByTestId('own-profile-select').inputValue()).toContain('Les Ondes');
    await page.getByTestId('match-search').click();
    await page.getByTestId('match-result').first().waitFor();
    const names = await page.getByTestId('match-name').allTextContents();
    expect(names).toContain('Le Ferrailleur');
    expect(names).not.toContain('Zénith Géant');

    // The breakdown: one bar per criterion, explained in French.
    await page.getByTestId('toggle-breakdown').first().click();
    await page.getByTestId('breakdown').first().waitFor();
    expect(await page.getByTestId('breakdown').first().locator('[role="progressbar"]').count()).toBe(7);
    await expect.poll(() => page.getByTestId('breakdown').first().textContent()).toContain('Jauge');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'matching-breakdown-390-fr');

    // "Why not this one?" for the arena the artist is far too small for.
    await page.getByTestId('why-not-select').fill('Zénith');
    await page.getByRole('option', { name: /Zénith Géant/ }).click();
    await page.getByTestId('why-not-ask').click();
    await page.getByTestId('why-not-reasons').waitFor();
    await expect.poll(() => page.getByTestId('why-not-answer').textContent()).toMatch(/jauge|capacité|20/i);
    await screenshot(page, 'matching-why-not-390-fr');

    // Save the best result, then request a hold from the shortlist.
    await page.getByTestId('save-result').first().click();
    await expect.poll(() => page.getByTestId('save-result').first().textContent()).toBe('Gardé');
    await page.goto(`${app.baseUrl}/app/matching/shortlist`);
    await page.getByTestId('shortlist-entry').first().waitFor();
    await page.getByTestId('request-hold').first().click();
    await page.getByTestId('hold-requested').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'matching-shortlist-390-fr');
    await page.context().close();
  });

  it('says why nothing is found when the artist is on holiday, and ranks the best venues per date', async () => {
    const page = await logIn('matching holiday', { width: 390, height: 844 });

    await page.goto(`${app.baseUrl}/app/matching/venues`);
    await expect.poll(() => page.getByTestId('own-profile-select').inputValue()).toContain('Les Ondes');
    await page.getByTestId('date-from').fill(day(71));
    await page.getByTestId('date-to').fill(day(73));
    await page.getByTestId('match-search').click();
    await page.getByTestId('match-notices').waitFor();
    const notice = await page.getByTestId('match-notices').textContent();
    expect(notice).toContain('Votre profil n’est disponible à aucune des dates demandées');
    expect(notice?.match(/l’artiste n’est pas disponible/g)).toHaveLength(3);
    expect(await page.getByTestId('match-result').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'matching-own-holiday-390-fr');

    // One day after the holiday: venues again, the holiday days named as left out.
    await page.getByTestId('date-to').fill(day(76));
    await page.getByTestId('match-search').click();
    await page.getByTestId('match-result').first().waitFor();
    await expect.poll(() => page.getByTestId('match-notices').textContent()).toContain('Dates écartées');

    // The 5 best venues for each date: the holiday days named once, a short ranking for each other day.
    await page.getByTestId('date-from').fill(day(74));
    await page.getByTestId('date-to').fill(day(77));
    await page.getByText('5 meilleures salles par date').click();
    await page.getByTestId('match-search').click();
    await page.getByTestId('per-date-day').first().waitFor();
    expect(await page.getByTestId('per-date-day').count()).toBe(2);
    expect(
      await page.getByTestId('per-date-day').first().getByTestId('match-result').count(),
    ).toBeLessThanOrEqual(5);
    await expect.poll(() => page.getByTestId('match-notices').textContent()).toContain('Dates écartées');
    await page.getByTestId('per-date-day').nth(1).getByTestId('save-result').first().click();
    await expect
      .poll(() => page.getByTestId('per-date-day').nth(1).getByTestId('save-result').first().textContent())
      .toBe('Gardé');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'matching-per-date-390-fr');
    await page.context().close();
  });

  it('an organisation owner re-weights the artist ↔ venue criteria; results name the new version', async () => {
    const page = await logIn('matching weights', { width: 1280, height: 900 });

    await page.goto(`${app.baseUrl}/app/matching/weights`);
    await page.getByTestId('weights-history').waitFor();
    await expect.poll(() => page.getByTestId('weights-sum').textContent()).toContain('100');
    // 35 + the other six (75) = 110: refused live, nothing can be saved
    await page.getByTestId('weight-capacity').fill('35');
    await page.getByTestId('weights-error').waitFor();
    await expect.poll(() => page.getByTestId('weights-error').textContent()).toContain('110');
    expect(await page.getByTestId('weights-save').isDisabled()).toBe(true);
    await page.getByTestId('weight-budget').fill('10');
    await expect.poll(() => page.getByTestId('weights-error').count()).toBe(0);
    await page.getByTestId('weights-save').click();
    await page.getByTestId('weights-saved').waitFor();
    await expect.poll(() => page.getByTestId('weights-history').textContent()).toContain('org.1');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'matching-weights-1280-fr');

    await page.goto(`${app.baseUrl}/app/matching/venues`);
    await expect.poll(() => page.getByTestId('own-profile-select').inputValue()).toContain('Les Ondes');
    await page.getByTestId('match-search').click();
    await page.getByTestId('match-result').first().waitFor();
    await expect.poll(() => page.getByTestId('results-weights').textContent()).toBe('Pondérations org.1');
    await page.context().close();
  });
});

describe('the other matchers, on the demo world', () => {
  const demo = (who: string) => `${who}@demo.flowstage.app`;
  /** Searches from the page's defaults (the user's own town), opens the first breakdown. */
  async function searchFromDefaults(page: Page, path: string) {
    await page.goto(`${app.baseUrl}${path}`);
    await expect.poll(() => page.getByTestId('match-search').isEnabled()).toBe(true);
    await page.getByTestId('match-search').click();
    await page.getByTestId('match-result').first().waitFor();
    await page.getByTestId('toggle-breakdown').first().click();
    return page.getByTestId('breakdown').first();
  }

  it('a town hall finds street-arts companies from its own town, explained in French then English', async () => {
    const page = await logIn(
      'street arts',
      { width: 1280, height: 900 },
      demo('municipality'),
      DEMO_PASSWORD,
    );
    await page.goto(`${app.baseUrl}/app/matching/street-arts`);
    await expect.poll(() => page.getByTestId('town-select').inputValue()).toBe('Chalon-sur-Saône');
    const breakdown = await searchFromDefaults(page, '/app/matching/street-arts');
    expect(await breakdown.locator('[role="progressbar"]').count()).toBe(6);
    await expect.poll(() => breakdown.textContent()).toContain('Espace public');
    await page.getByTestId('language-switcher').selectOption('en');
    await expect.poll(() => page.getByTestId('breakdown').first().textContent()).toContain('Public space');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'matching-street-arts-1280-en');
    await page.context().close();
  });

  it('a campsite ranks family shows for a summer evening at its own site', async () => {
    const page = await logIn('campsite', { width: 390, height: 844 }, demo('campsite'), DEMO_PASSWORD);
    const breakdown = await searchFromDefaults(page, '/app/matching/campsite');
    expect(await breakdown.locator('[role="progressbar"]').count()).toBe(6);
    await expect.poll(() => breakdown.textContent()).toContain('Public familial');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'matching-campsite-390-fr');
    await page.context().close();
  });

  it('a venue finds a front-of-house engineer around its own town', async () => {
    const page = await logIn('technicians', { width: 1280, height: 900 }, demo('venue'), DEMO_PASSWORD);
    const breakdown = await searchFromDefaults(page, '/app/matching/technicians');
    expect(await breakdown.locator('[role="progressbar"]').count()).toBe(6);
    await expect.poll(() => breakdown.textContent()).toMatch(/km/);
    await screenshot(page, 'matching-technicians-1280-fr');
    await page.context().close();
  });
});
