import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { SAMPLE_PROFILES } from './fixtures.ts';
import { MAX_RIDER_BYTES } from './rider-pdf.ts';

let t: TestApp;
let artist: SignedUp;
let otherArtist: SignedUp;
let venue: SignedUp;
let profileId: string;
let rider: Uint8Array;

const url = (rider = 'technical', id = profileId) => `/api/v1/catalogue/profiles/${id}/riders/${rider}`;

/** A multipart/form-data body with one file field, as a browser sends it. */
function form(bytes: Uint8Array, filename = 'rider.pdf', field = 'file', type = 'application/pdf') {
  const boundary = '----flowstage-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
        `Content-Type: ${type}\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function upload(who: SignedUp, body: ReturnType<typeof form>, path = url()) {
  return t.app.inject({
    method: 'POST',
    url: path,
    payload: body.payload,
    headers: { ...who.auth, ...body.headers },
  });
}

async function pdf(text: string) {
  const doc = await PDFDocument.create();
  doc.addPage().drawText(text);
  return doc.save();
}

beforeAll(async () => {
  t = await createTestApp();
  artist = await signUpAs(t.app, 'artist');
  otherArtist = await signUpAs(t.app, 'artist');
  venue = await signUpAs(t.app, 'venue');
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/catalogue/profiles',
    headers: artist.auth,
    payload: { organisationId: artist.organisationId, ...SAMPLE_PROFILES.artist },
  });
  expect(created.statusCode, created.body).toBe(201);
  profileId = created.json().id;
  rider = await pdf('Input list: 24 channels');
});
afterAll(() => t.close());

describe('rider PDFs', () => {
  it('stores a real PDF, shows it on the profile and counts it in the completion', async () => {
    const before = await t.app.inject({
      url: `/api/v1/catalogue/profiles/${profileId}`,
      headers: artist.auth,
    });
    expect(before.json().completion.missing).toContain('details.technicalRider.file');

    const res = await upload(artist, form(rider, 'Fiche technique – Les Ondes.pdf'));
    expect(res.statusCode, res.body).toBe(200);
    const profile = res.json();
    expect(profile.details.technicalRider).toMatchObject({
      inputs: 24,
      file: { filename: 'Fiche technique – Les Ondes.pdf', sizeBytes: rider.byteLength },
    });
    expect(profile.details.technicalRider.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(profile.completion.missing).not.toContain('details.technicalRider.file');
    expect(profile.completion.percent).toBeGreaterThan(before.json().completion.percent);

    const download = await t.app.inject({ url: url(), headers: artist.auth });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Fiche%20technique");
    expect(Buffer.compare(download.rawPayload, Buffer.from(rider))).toBe(0);
    const again = await t.app.inject({
      url: url(),
      headers: { ...artist.auth, 'if-none-match': String(download.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('keeps the file when the owner edits the details, whatever the document says about it', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/catalogue/profiles/${profileId}`,
      headers: artist.auth,
      payload: {
        details: {
          ...SAMPLE_PROFILES.artist.details,
          technicalRider: {
            inputs: 32,
            file: { filename: 'forged.pdf', sizeBytes: 1, sha256: 'x', uploadedAt: 'now' },
          },
        },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().details.technicalRider).toMatchObject({
      inputs: 32,
      file: { sizeBytes: rider.byteLength },
    });
  });

  it.each<[string, () => Promise<ReturnType<typeof form>> | ReturnType<typeof form>, number, string]>([
    [
      'a text file renamed .pdf',
      () => form(new TextEncoder().encode('Input 1 kick\n'), 'rider.pdf'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['a damaged PDF', async () => form((await pdf('x')).slice(0, 200)), 400, 'VALIDATION_FAILED'],
    [
      'a file over 10 MB',
      () => form(new Uint8Array(MAX_RIDER_BYTES + 1).fill(0x25)),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a form without the file field',
      () => form(new Uint8Array([1]), 'rider.pdf', 'document'),
      400,
      'VALIDATION_FAILED',
    ],
  ])('refuses %s and keeps the stored file', async (_name, make, status, code) => {
    const res = await upload(artist, await make());
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe(code);
    const download = await t.app.inject({ url: url(), headers: artist.auth });
    expect(Buffer.compare(download.rawPayload, Buffer.from(rider))).toBe(0);
  });

  it('refuses a JSON body', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: url(),
      headers: artist.auth,
      payload: { file: 'x' },
    });
    expect(res.statusCode).toBe(415);
  });

  it('lets no other organisation replace, remove or read a draft rider', async () => {
    const replaced = await upload(otherArtist, form(await pdf('not mine')));
    expect(replaced.statusCode).toBe(404);
    const removed = await t.app.inject({ method: 'DELETE', url: url(), headers: otherArtist.auth });
    expect(removed.statusCode).toBe(404);
    const read = await t.app.inject({ url: url(), headers: venue.auth });
    expect(read.statusCode).toBe(404);
  });

  it("serves a published profile's rider to any user, and only its owner may remove it", async () => {
    const published = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/profiles/${profileId}/publish`,
      headers: artist.auth,
    });
    expect(published.statusCode, published.body).toBe(200);
    const read = await t.app.inject({ url: url(), headers: venue.auth });
    expect(read.statusCode).toBe(200);
    expect((await t.app.inject({ url: url() })).statusCode).toBe(401);

    const hospitality = await upload(artist, form(await pdf('Catering for 7')), url('hospitality'));
    expect(hospitality.statusCode, hospitality.body).toBe(200);
    expect(hospitality.json().details.hospitalityRider.file.filename).toBe('rider.pdf');

    const removed = await t.app.inject({ method: 'DELETE', url: url(), headers: artist.auth });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().details.technicalRider.file).toBeUndefined();
    expect(removed.json().details.hospitalityRider.file).toBeDefined();
    expect((await t.app.inject({ url: url(), headers: artist.auth })).statusCode).toBe(404);
  });

  it('has no rider on other kinds of profile', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalogue/profiles',
      headers: venue.auth,
      payload: { organisationId: venue.organisationId, ...SAMPLE_PROFILES.venue },
    });
    const res = await upload(venue, form(rider), url('technical', created.json().id));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('rider');
  });
});
