import { readFileSync } from 'node:fs';
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

describe('a booker plans a tour', () => {
  it('plans, compares variants, drags a show (cost recomputed), saves and exports iCal and PDF', async () => {
    const page = await openPage(browser, 'touring', {
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    await page.goto(`${app.baseUrl}/login`);
    await submitLogin(page, 'booker@demo.flowstage.app', 'FlowStage!2026');

    await page.getByRole('link', { name: 'Tournées' }).click();
    await page.getByTestId('tours-page').waitFor();
    await page.getByTestId('tour-name').fill('Printemps e2e');
    // The town list is loaded into the database on first use: allow it time on a busy machine.
    const towns = page.waitForResponse((r) => r.url().includes('/catalogue/towns') && r.ok(), {
      timeout: 120_000,
    });
    await page.getByTestId('tour-home').click();
    await page.getByTestId('tour-home').fill('Lyon');
    await towns;
    // Reopen the list if the answer came after it closed (ArrowDown opens a closed combobox).
    await page.getByTestId('tour-home').press('ArrowDown');
    await page
      .getByRole('option', { name: /^Lyon \(FR\)/ })
      .first()
      .click();
    await page.getByTestId('tour-shows').fill('4');
    // The matcher suggests venues for the roster's artist over the tour dates.
    const suggested = page.waitForResponse((r) => r.url().includes('/matching/search'), { timeout: 60_000 });
    await page.getByTestId('suggest-run').click();
    expect((await suggested).status()).toBe(200);
    await page
      .getByTestId('suggested-venue')
      .first()
      .or(page.getByTestId('suggest-venues').getByRole('alert'))
      .waitFor({ timeout: 60_000 });
    // Hand-pick six venues from the catalogue search.
    await page.getByTestId('venue-add').first().waitFor();
    for (let i = 0; i < 6; i++) await page.getByTestId('venue-add').first().click();
    await expect.poll(() => page.getByTestId('candidates').locator('tr').count()).toBe(6);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'touring-new-tour');
    await page.getByTestId('tour-create').click();

    await page.getByTestId('tour-page').waitFor();
    await page.getByTestId('optimise').click();
    await page.getByTestId('variants').waitFor({ timeout: 30_000 });
    const variants = await page.locator('[data-testid^="variant-"]').count();
    expect(variants).toBeGreaterThanOrEqual(2); // at least one variant and the naive plan
    await page.getByTestId('tour-map').waitFor();
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(4);

    await screenshot(page, 'touring-variants');
    // Drag the first show onto a free day: cost, CO₂ and rules are recomputed in the browser.
    const before = await page.getByTestId('live').textContent();
    const first = page.locator('[data-testid^="show-"]').first();
    const stopId = ((await first.getAttribute('data-testid')) ?? '').replace(/^show-/, '');
    const dateBefore = await page.getByTestId(`date-${stopId}`).inputValue();
    // The nearest free day, so source and target are on screen together in the scrolling timeline.
    const freeDays = await page
      .locator('[data-testid^="day-"][data-kind="home"]')
      .evaluateAll((cells) => cells.map((cell) => (cell.getAttribute('data-testid') ?? '').slice(4)));
    const gap = (day: string) => Math.abs(Date.parse(day) - Date.parse(dateBefore));
    const nearest = freeDays.reduce((best, day) => (gap(day) < gap(best) ? day : best));
    const target = page.getByTestId(`day-${nearest}`);
    await target.scrollIntoViewIfNeeded();
    await first.dragTo(target);
    await expect.poll(() => page.getByTestId(`date-${stopId}`).inputValue()).not.toBe(dateBefore);
    await expect.poll(() => page.getByTestId('live').textContent()).not.toBe(before);
    expect(Number.parseFloat((await page.getByTestId('eval-ms').textContent()) ?? '999')).toBeLessThan(100);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'touring-edited');

    await page.getByTestId('save-selection').click();
    await page.getByText('Tournée enregistrée').waitFor();

    // Day sheet of the first show: times and notes for the roadbook.
    const sheet = page.locator('[data-testid^="sheet-"]').first();
    await sheet.getByRole('button').first().click();
    await sheet.locator('[data-testid$="-soundcheck"]').fill('16:30');
    await sheet.locator('[data-testid$="-curfew"]').fill('23:30');
    await sheet.locator('[data-testid$="-notes"]').fill('Parking du bus derrière la salle.');
    await page.getByTestId('sheets-save').click();
    await page.getByText('Feuilles de route enregistrées').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'touring-day-sheets');

    const [ics] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-ics').click()]);
    const icsText = readFileSync((await ics.path()) ?? '', 'utf8');
    expect(icsText.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(icsText).toContain('Soundcheck 16:30');
    expect(icsText).toContain('Curfew 23:30');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pdf').click()]);
    expect(
      readFileSync((await pdf.path()) ?? '')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await page.context().close();
  }, 180_000);
});
