import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { SAMPLE_PROFILES } from './fixtures.ts';
import { busyPeriods } from './ical-parse.ts';

let t: TestApp;
let owner: SignedUp;
let other: SignedUp;
let profileId: string;
let server: Server;
let base: string;

// External events lie next year: the import keeps the coming two years only.
const Y = new Date().getUTCFullYear() + 1;
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//EN',
  'BEGIN:VEVENT',
  'UID:fest-1',
  `DTSTART;VALUE=DATE:${Y}0712`,
  `DTEND;VALUE=DATE:${Y}0714`,
  'SUMMARY:Festival elsewhere',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:free-1',
  `DTSTART;VALUE=DATE:${Y}0720`,
  `DTEND;VALUE=DATE:${Y}0721`,
  'TRANSP:TRANSPARENT',
  'SUMMARY:Free day',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:weekly',
  `DTSTART:${Y}0801T100000Z`,
  `DTEND:${Y}0801T120000Z`,
  'RRULE:FREQ=WEEKLY;COUNT=3',
  'SUMMARY:Residency',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUpAs(t.app, 'artist');
  other = await signUpAs(t.app, 'venue');
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/catalogue/profiles',
    headers: owner.auth,
    payload: { ...SAMPLE_PROFILES.artist, organisationId: owner.organisationId },
  });
  profileId = created.json().id;
  await t.app.inject({
    method: 'POST',
    url: `/api/v1/catalogue/profiles/${profileId}/publish`,
    headers: owner.auth,
  });
  server = createServer((req, res) => {
    if (req.url === '/cal.ics') res.writeHead(200, { 'content-type': 'text/calendar' }).end(ICS);
    else if (req.url === '/huge.ics') {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      res.end('X'.repeat(3 * 1024 * 1024));
    } else if (req.url === '/slow.ics') setTimeout(() => res.end(ICS), 15_000).unref();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`; // listen(0) on TCP yields an AddressInfo
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

const searchFree = async (from: string, to: string) => {
  const r = await t.app.inject({
    url: `/api/v1/catalogue/search/artists?dateFrom=${from}&dateTo=${to}`,
    headers: other.auth,
  });
  return (r.json().items as { id: string }[]).some((i) => i.id === profileId);
};

describe('availability calendar', () => {
  it('records holds and bookings; search excludes busy days but not holds', async () => {
    const add = (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/catalogue/profiles/${profileId}/availability`,
        headers: owner.auth,
        payload,
      });
    expect(
      (
        await add({
          startDate: '2030-03-10',
          endDate: '2030-03-12',
          status: 'booked',
          reason: 'Tour in Belgium',
        })
      ).statusCode,
    ).toBe(201);
    expect((await add({ startDate: '2030-03-20', endDate: '2030-03-20', status: 'option' })).statusCode).toBe(
      201,
    );
    expect(await searchFree('2030-03-11', '2030-03-11')).toBe(false);
    expect(await searchFree('2030-03-13', '2030-03-15')).toBe(true);
    expect(await searchFree('2030-03-20', '2030-03-20')).toBe(true);

    const mine = await t.app.inject({
      url: `/api/v1/catalogue/profiles/${profileId}/availability?from=2030-03-01&to=2030-03-31`,
      headers: owner.auth,
    });
    expect(mine.json().slots[0]).toMatchObject({ status: 'booked', reason: 'Tour in Belgium' });
    const theirs = await t.app.inject({
      url: `/api/v1/catalogue/profiles/${profileId}/availability?from=2030-03-01&to=2030-03-31`,
      headers: other.auth,
    });
    expect(theirs.json().slots[0]).toMatchObject({ status: 'booked', reason: null });
  });

  it('applies weekly recurring unavailability', async () => {
    const rule = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${profileId}/availability-rules`,
      headers: owner.auth,
      payload: {
        weekdays: [1],
        validFrom: '2030-01-01',
        validTo: '2030-12-31',
        reason: 'Teaching on Mondays',
      },
    });
    expect(rule.statusCode).toBe(201);
    expect(await searchFree('2030-04-01', '2030-04-01')).toBe(false); // a Monday
    expect(await searchFree('2030-04-02', '2030-04-03')).toBe(true);
  });

  it('lists public holidays', async () => {
    const r = await t.app.inject({
      url: '/api/v1/catalogue/holidays?country=FR&from=2026-07-01&to=2026-08-31',
    });
    expect(r.json().items.map((h: { date: string }) => h.date)).toEqual(['2026-07-14', '2026-08-15']);
  });

  it('refuses bad entries and strangers', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${profileId}/availability`,
      headers: owner.auth,
      payload: { startDate: '2030-03-12', endDate: '2030-03-10', status: 'booked' },
    });
    expect(bad.statusCode).toBe(400);
    const stranger = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${profileId}/availability`,
      headers: other.auth,
      payload: { startDate: '2030-03-01', endDate: '2030-03-01', status: 'unavailable' },
    });
    expect(stranger.statusCode).toBe(404);
  });
});

describe('iCal', () => {
  it('serves a secret RFC 5545 feed that a parser reads back', async () => {
    const { url } = (
      await t.app.inject({
        url: `/api/v1/catalogue/profiles/${profileId}/calendar-feed`,
        headers: owner.auth,
      })
    ).json();
    const path = new URL(url).pathname;
    const feed = await t.app.inject({ url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const busy = busyPeriods(feed.body, '2030-01-01', '2030-12-31');
    expect(busy).toContainEqual(expect.objectContaining({ startDate: '2030-03-10', endDate: '2030-03-12' }));
    expect(feed.body).not.toContain('Tour in Belgium');
    expect(
      (
        await t.app.inject({
          url: `/api/v1/catalogue/profiles/${profileId}/calendar-feed`,
          headers: other.auth,
        })
      ).statusCode,
    ).toBe(404);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${profileId}/calendar-feed/rotate`,
      headers: owner.auth,
    });
    expect((await t.app.inject({ url: path })).statusCode).toBe(404);
  });

  it('imports an external calendar URL as busy days (recurrences expanded, free events skipped)', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${profileId}/calendar-imports`,
      headers: owner.auth,
      payload: { label: 'Google', url: `${base}/cal.ics` },
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().eventCount).toBe(4);
    expect(await searchFree(`${Y}-07-13`, `${Y}-07-13`)).toBe(false);
    expect(await searchFree(`${Y}-07-14`, `${Y}-07-14`)).toBe(true);
    expect(await searchFree(`${Y}-07-20`, `${Y}-07-20`)).toBe(true);
    expect(await searchFree(`${Y}-08-08`, `${Y}-08-08`)).toBe(false);
    const sync = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${profileId}/calendar-imports/${r.json().id}/sync`,
      headers: owner.auth,
    });
    expect(sync.json().eventCount).toBe(4);
  });

  it('imports an uploaded .ics file', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${profileId}/calendar-imports`,
      headers: owner.auth,
      payload: { label: 'File', ics: ICS },
    });
    expect(r.statusCode).toBe(201);
  });

  it.each([
    ['a file that is not iCal', { ics: 'hello' }],
    ['a calendar over 2 MB', { url: '/huge.ics' }],
    ['a missing calendar', { url: '/missing.ics' }],
    ['a non-http URL', { url: 'file:///etc/passwd' }],
  ])('refuses %s', async (_label, source: { ics?: string; url?: string }) => {
    const payload = {
      label: 'x',
      ...source,
      ...(source.url?.startsWith('/') ? { url: `${base}${source.url}` } : {}),
    };
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${profileId}/calendar-imports`,
      headers: owner.auth,
      payload,
    });
    expect(r.statusCode, r.body).toBe(400);
  });
});
