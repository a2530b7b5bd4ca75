import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';

export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * A new page in its own context: slow steps allowed (two cores shared with the API), its activity
 * printed if the test fails, and its CPU slowed down E2E_CPU_THROTTLE times when that is set, to
 * find the races a busy CI machine would (e.g. E2E_CPU_THROTTLE=10 npm run test:e2e).
 */
export async function openPage(
  browser: Browser,
  name: string,
  options: BrowserContextOptions,
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  recordPageActivity(page, name);
  const throttle = Number(process.env.E2E_CPU_THROTTLE ?? 1);
  if (throttle > 1) {
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  return page;
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** axe-core audit; returns the serious and critical violations (the journeys require none). */
export async function seriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
}

/**
 * Keeps what the page did (navigations, API calls with status and time, console errors, crashes) and
 * prints it with a screenshot when the running test fails: a journey that only fails on a busy
 * CI machine must say why.
 */
function recordPageActivity(page: Page, name: string) {
  const started = Date.now();
  const events: string[] = [];
  const log = (line: string) => events.push(`+${((Date.now() - started) / 1000).toFixed(1)}s ${line}`);
  const sent = new WeakMap<object, number>();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) log(`navigated ${frame.url()}`);
  });
  page.on('pageerror', (error) => log(`page error: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    // Failed loads are logged below, from the network side (offline map tiles fail by design).
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.type() === 'warning')
      log(`console.${message.type()}: ${message.text()}`);
  });
  page.on('request', (request) => sent.set(request, Date.now()));
  page.on('requestfailed', (request) => {
    if (request.url().includes('/api/'))
      log(`failed ${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    const request = response.request();
    const ms = Date.now() - (sent.get(request) ?? Date.now());
    if (request.url().includes('/api/'))
      log(`${response.status()} ${request.method()} ${request.url()} ${ms} ms`);
  });
  onTestFailed(async () => {
    console.error(`\n--- page activity (${name}) ---\n${events.join('\n')}\n--- url: ${page.url()}`);
    await screenshot(page, `${name.replace(/[^a-z0-9]+/gi, '-')}-failure`).catch(() => undefined);
  });
}

/** Fills the login form on screen, submits it and waits for the dashboard. */
export async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('dashboard').waitFor();
}
