import type { Browser } from 'playwright-core';
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

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('a venue programmer on a phone', () => {
  it('signs up as a venue, logs in again, switches to English, sees the dashboard and logs out', async () => {
    const page = await openPage(browser, 'foundation', { viewport: { width: 375, height: 812 } });
    const email = `programmation-${Date.now()}@salle-e2e.fr`;

    await page.goto(`${app.baseUrl}/signup`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByTestId('account-type-venue').click();
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel(/^Mot de passe/).fill('Sc3ne!Ouverte');
    await page.getByLabel('Nom affiché').fill('Inès Programmation');
    await page.getByLabel('Nom de l’organisation').fill('La Rotonde du Port');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId('signup-submit').click();
    await page.getByTestId('dashboard').waitFor();
    expect(await page.getByTestId('dashboard').getAttribute('data-account-type')).toBe('venue');

    // Log out, then log in again with the new account.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.goto(`${app.baseUrl}/login`);
    await submitLogin(page, email, 'Sc3ne!Ouverte');
    await expect.poll(() => page.getByTestId('dashboard').textContent()).toContain('La Rotonde du Port');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'foundation-dashboard-375-fr');

    await page.getByTestId('language-switcher').selectOption('en');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByTestId('dashboard').textContent()).toContain('Members');
    await screenshot(page, 'foundation-dashboard-375-en');

    // The language choice is saved in the profile: it survives a reload.
    await page.reload();
    await page.getByTestId('dashboard').waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/app'));
    await page.goto(`${app.baseUrl}/app`);
    await page.getByTestId('login-form').waitFor();
  });
});
