import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
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

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The Saturday of next week (7–13 days ahead), as YYYY-MM-DD. */
function nextSaturday(today = new Date()): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + 7 + ((6 - d.getUTCDay() + 7) % 7));
  return d.toISOString().slice(0, 10);
}

async function logIn(page: Page) {
  await page.goto(`${app.baseUrl}/login`);
  await submitLogin(page, 'booker@demo.flowstage.app', 'FlowStage!2026');
}

/** The list shows the search in the URL, fully loaded (the old one stays on screen while a new one renders). */
const settledResults = (page: Page) =>
  page.locator('[data-testid="result-list"][aria-busy="false"]').waitFor();

async function loadAll(page: Page) {
  await settledResults(page);
  while (await page.getByTestId('load-more').isVisible()) {
    const before = await page.getByTestId('result-card').count();
    await page.getByTestId('load-more').click();
    await expect.poll(() => page.getByTestId('result-card').count()).toBeGreaterThan(before);
    await settledResults(page);
  }
}

const km = (text: string | null) => Number((text ?? '').replace(/[^\d,.]/g, '').replace(',', '.'));

describe('a booker looks for venues around Lyon', () => {
  it('finds 300–800-seat venues within 150 km free on a Saturday, sees them on the map and exports them as CSV', async () => {
    const page = await openPage(browser, 'catalogue', {
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    await logIn(page);

    await page.getByRole('link', { name: 'Catalogue' }).click();
    await page.getByTestId('search-filters').waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/catalogue/search/venues');

    await page.getByTestId('filter-town').click();
    await page.getByTestId('filter-town').fill('Lyon');
    await page.getByRole('option', { name: /^Lyon \(69\)/ }).click();
    await page.getByTestId('filter-radius').fill('150');
    await page.getByTestId('filter-capacity-min').fill('300');
    await page.getByTestId('filter-capacity-max').fill('800');
    const saturday = nextSaturday();
    await page.getByTestId('filter-date-from').fill(saturday);
    await page.getByTestId('filters-apply').click();

    // The filters are in the URL: the search can be shared and reloaded.
    await page.waitForURL(/capMin=300/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      capMin: '300',
      capMax: '800',
      radius: '150',
      from: saturday,
      townName: 'Lyon',
    });

    await page.getByTestId('result-card').first().waitFor();
    await loadAll(page);
    const names = await page.getByTestId('result-name').allTextContents();
    expect(names).toEqual(
      expect.arrayContaining([
        'Théâtre des Canuts',
        'Salle des Brotteaux',
        "L'Usine à Sons",
        'La Passerelle du Rhône',
      ]),
    );
    expect(names).not.toContain('Le Quai des Arts'); // closed on Saturdays
    expect(names).not.toContain('La Vapeur du Nord'); // Dijon, beyond 150 km
    expect(names).not.toContain('Le Petit Bouillon'); // too small
    await expect.poll(() => page.getByTestId('result-total').textContent()).toMatch(/\d/);
    const total = Number((await page.getByTestId('result-total').textContent())?.replace(/\D/g, ''));
    expect(names).toHaveLength(total);
    for (const distance of await page.getByTestId('result-distance').allTextContents()) {
      expect(km(distance)).toBeLessThanOrEqual(150);
    }

    // Every result is a marker on the map; picking one in the list opens its popup.
    const map = page.getByTestId('results-map');
    await expect.poll(() => map.locator('path.leaflet-interactive').count()).toBe(total);
    const canuts = page.getByTestId('result-card').filter({ hasText: 'Théâtre des Canuts' });
    await canuts.getByTestId('result-locate').click();
    await expect.poll(() => map.locator('.leaflet-popup').textContent()).toContain('Théâtre des Canuts');
    expect(await canuts.getAttribute('data-selected')).toBe('true');

    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'catalogue-venues-lyon-desktop-fr');

    // Export the whole result as CSV and read the file back.
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('venues.csv');
    const rows: Record<string, string>[] = parse(readFileSync(await download.path(), 'utf8'), {
      columns: true,
      bom: true,
      delimiter: [',', ';'],
    });
    expect(rows).toHaveLength(total);
    expect(rows.map((r) => r.name).sort()).toEqual([...names].sort());
    for (const row of rows) expect(row.kind ?? 'venue').toBe('venue');

    // The shared link gives the same search on a phone (session restored from the refresh cookie).
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(url.toString());
    await page.getByTestId('result-card').first().waitFor();
    await expect
      .poll(() => page.getByTestId('result-total').textContent())
      .toMatch(new RegExp(`^${total}\\D`));
    await page.getByTestId('results-map').waitFor();
    await page.getByTestId('filters-open').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'catalogue-venues-lyon-375-fr');
    await page.context().close();
  });
});
