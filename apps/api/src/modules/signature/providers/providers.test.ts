import { afterEach, describe, expect, it } from 'vitest';
import { DocuSignProvider } from './docusign.ts';
import { DropboxSignProvider } from './dropbox-sign.ts';
import { startFixtureServer } from './fixture-server.ts';
import type { SendForSignature } from './provider.ts';

const PDF = Buffer.from('%PDF-1.7\n% Flow Stage test document\n%%EOF\n');
const REQUEST: SendForSignature = {
  title: 'Contrat de cession — CTR-2026-000001',
  subject: 'CTR-2026-000001 — contrat à signer',
  message: 'Merci de signer le contrat.',
  fileName: 'CTR-2026-000001.pdf',
  pdf: PDF,
  signers: [
    { name: 'Élodie Moreau', email: 'elodie@quai.example', order: 1 },
    { name: 'François Lefèvre', email: 'francois@cigale.example', order: 2 },
  ],
};

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

describe('DocuSign adapter (docusign-esign SDK against recorded responses)', () => {
  it('creates an envelope with the PDF and signers in routing order, then reads its status', async () => {
    const server = await startFixtureServer({
      'POST /restapi/v2.1/accounts/acc-123/envelopes': 'docusign-create-envelope.json',
      'GET /restapi/v2.1/accounts/acc-123/envelopes/4b7c1f52-93d1-4c4e-9a5e-0f3a6d2b7c11':
        'docusign-get-envelope.json',
    });
    close = server.close;
    const provider = new DocuSignProvider({
      basePath: `${server.origin}/restapi`,
      accountId: 'acc-123',
      accessToken: 'tok-abc',
    });
    const { reference } = await provider.send(REQUEST);
    expect(reference).toBe('4b7c1f52-93d1-4c4e-9a5e-0f3a6d2b7c11');

    const [create] = server.requests;
    expect(create?.method).toBe('POST');
    expect(create?.headers.authorization).toBe('Bearer tok-abc');
    const body = JSON.parse(create?.body.toString('utf8') ?? '{}');
    expect(body).toMatchObject({ status: 'sent', emailSubject: REQUEST.subject });
    expect(Buffer.from(body.documents[0].documentBase64, 'base64').equals(PDF)).toBe(true);
    expect(
      body.recipients.signers.map((s: { email: string; routingOrder: string }) => [s.email, s.routingOrder]),
    ).toEqual([
      ['elodie@quai.example', '1'],
      ['francois@cigale.example', '2'],
    ]);

    const state = await provider.status(reference);
    expect(server.requests[1]?.url).toContain('include=recipients');
    expect(state).toEqual({
      reference,
      status: 'completed',
      signers: [
        { email: 'elodie@quai.example', signedAt: new Date('2026-05-02T09:12:44Z') },
        { email: 'francois@cigale.example', signedAt: new Date('2026-05-02T14:03:10Z') },
      ],
    });
  });

  it('surfaces a vendor error instead of inventing an envelope', async () => {
    const server = await startFixtureServer({});
    close = server.close;
    const provider = new DocuSignProvider({
      basePath: `${server.origin}/restapi`,
      accountId: 'acc-123',
      accessToken: 't',
    });
    await expect(provider.send(REQUEST)).rejects.toBeTruthy();
  });
});

describe('Dropbox Sign adapter (@dropbox/sign SDK against recorded responses)', () => {
  it('sends a multipart request with ordered signers and the file, then reads its status', async () => {
    const server = await startFixtureServer({
      'POST /v3/signature_request/send': 'dropbox-sign-send.json',
      'GET /v3/signature_request/fa5c8a0b0f492d768749333ad6fcc214c111e967': 'dropbox-sign-get.json',
    });
    close = server.close;
    const provider = new DropboxSignProvider({
      apiKey: 'key-xyz',
      basePath: `${server.origin}/v3`,
      testMode: true,
    });
    const { reference } = await provider.send(REQUEST);
    expect(reference).toBe('fa5c8a0b0f492d768749333ad6fcc214c111e967');

    const [send] = server.requests;
    expect(send?.headers.authorization).toBe(`Basic ${Buffer.from('key-xyz:').toString('base64')}`);
    expect(String(send?.headers['content-type'])).toContain('multipart/form-data');
    const form = send?.body.toString('utf8') ?? '';
    const field = (name: string) =>
      new RegExp(`name="${name.replace(/[[\]]/g, '\\$&')}"\r\n\r\n([^\r]*)`).exec(form)?.[1];
    expect(JSON.parse(field('signers') ?? '[]')).toEqual([
      { name: 'Élodie Moreau', email_address: 'elodie@quai.example', order: 0 },
      { name: 'François Lefèvre', email_address: 'francois@cigale.example', order: 1 },
    ]);
    expect(field('test_mode')).toBe('true');
    expect(field('subject')).toBe(REQUEST.subject);
    expect(form).toContain('name="files[0]"; filename="CTR-2026-000001.pdf"');
    expect(form).toContain('% Flow Stage test document');

    const state = await provider.status(reference);
    expect(state).toEqual({
      reference,
      status: 'pending',
      signers: [
        { email: 'elodie@quai.example', signedAt: new Date(1777713164 * 1000) },
        { email: 'francois@cigale.example', signedAt: null },
      ],
    });
  });

  it('builds SDK objects with 0-based order', () => {
    const req = DropboxSignProvider.requestFor(REQUEST, false);
    expect(req.signers?.map((s) => s.order)).toEqual([0, 1]);
    expect(req.testMode).toBe(false);
  });
});
