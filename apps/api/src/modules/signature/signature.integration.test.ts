import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signatureSigners } from '@flowstage/db';
import { exampleContractTerms } from '@flowstage/domain/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedUp, signUpAs, type TestApp } from '../../testing/test-app.ts';
import { generateSelfSignedP12 } from './certificates.ts';
import { hashSigningToken } from './links.ts';

let t: TestApp;
let producer: SignedUp;
let venue: SignedUp;
let outsider: SignedUp;
beforeAll(async () => {
  t = await createTestApp();
  producer = await signUpAs(t.app, 'booker');
  venue = await signUpAs(t.app, 'venue');
  outsider = await signUpAs(t.app, 'venue');
});
afterAll(async () => t.close());

const SIGNERS = [
  { name: 'Élodie Moreau', email: 'elodie@quai.example' },
  { name: 'François Lefèvre', email: 'francois@cigale.example' },
];

async function newRequest() {
  const contract = await t.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${producer.organisationId}/contracts`,
    headers: producer.auth,
    payload: { terms: exampleContractTerms(), counterpartyOrganisationId: venue.organisationId },
  });
  const contractId = contract.json().id as string;
  const before = t.outbox.length;
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${producer.organisationId}/contracts/${contractId}/signature-requests`,
    headers: producer.auth,
    payload: { signers: SIGNERS },
  });
  expect(res.statusCode, res.body).toBe(201);
  const mails = t.outbox.slice(before);
  const token = (email: string) => {
    const mail = mails.find((m) => m.to === email);
    const m = /\/sign\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '');
    if (!m?.[1]) throw new Error(`no link for ${email}`);
    return m[1];
  };
  return { contractId, requestId: res.json().id as string, tokens: SIGNERS.map((s) => token(s.email)) };
}

const sign = (token: string, typedName: string, ua = 'vitest-browser') =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/signing/${token}/sign`,
    headers: { 'user-agent': ua },
    payload: { consent: true, typedName },
  });

describe('built-in e-signature', () => {
  let signedPdf: Buffer;
  let flow: Awaited<ReturnType<typeof newRequest>>;

  it('signers open their links, sign in order, and the sealed PDF comes out', async () => {
    flow = await newRequest();
    const [first, second] = flow.tokens as [string, string];
    const open2 = await t.app.inject({ method: 'GET', url: `/api/v1/signing/${second}` });
    expect(open2.statusCode).toBe(200);
    expect(open2.json()).toMatchObject({ yourTurn: false, signer: { position: 2 } });
    expect(open2.json().consentText).toContain('eIDAS');

    const early = await sign(second, 'François Lefèvre');
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('SIGNING_OUT_OF_ORDER');

    const wrongName = await sign(first, 'Someone Else');
    expect(wrongName.statusCode).toBe(400);
    const noConsent = await t.app.inject({
      method: 'POST',
      url: `/api/v1/signing/${first}/sign`,
      payload: { consent: false, typedName: 'Élodie Moreau' },
    });
    expect(noConsent.statusCode).toBe(400);

    const s1 = await sign(first, 'elodie moreau');
    expect(s1.json()).toEqual({ signed: true, completed: false });
    const reuse = await sign(first, 'Élodie Moreau');
    expect(reuse.statusCode).toBe(410);
    expect(reuse.json().code).toBe('SIGNING_LINK_USED');

    // Not bound to a device: another browser opens and signs with the same link.
    const s2 = await sign(second, 'François Lefèvre', 'another-device');
    expect(s2.json()).toEqual({ signed: true, completed: true });

    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${producer.organisationId}/signature-requests/${flow.requestId}`,
      headers: producer.auth,
    });
    const body = detail.json();
    expect(body).toMatchObject({ status: 'completed', auditChainIntact: true });
    expect(body.auditTrail.map((e: { action: string }) => e.action)).toEqual([
      'request_created',
      'link_opened',
      'signed',
      'signed',
      'completed_and_sealed',
    ]);
    expect(body.signers.every((s: { signedAt: string | null }) => s.signedAt)).toBe(true);

    const contract = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${venue.organisationId}/contracts/${flow.contractId}`,
      headers: venue.auth,
    });
    expect(contract.json().status).toBe('signed');

    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${venue.organisationId}/signature-requests/${flow.requestId}/pdf`,
      headers: venue.auth,
    });
    expect(pdf.statusCode).toBe(200);
    signedPdf = pdf.rawPayload;
    const hidden = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${outsider.organisationId}/signature-requests/${flow.requestId}/pdf`,
      headers: outsider.auth,
    });
    expect(hidden.statusCode).toBe(404);
    const hidden2 = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${producer.organisationId}/signature-requests/${flow.requestId}`,
      headers: outsider.auth,
    });
    expect(hidden2.statusCode).toBe(404);
  });

  it('verification recognises the signed version; an altered copy fails', async () => {
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signatures/verify',
      headers: { 'content-type': 'application/pdf' },
      payload: signedPdf,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      signature: { signed: true, intact: true, signer: 'Flow Stage Platform Document Seal' },
      match: { version: 1, signatureRequestId: flow.requestId },
    });

    const tampered = Buffer.from(signedPdf);
    const at = tampered.toString('latin1').indexOf('D:2');
    tampered[at + 5] = tampered[at + 5] === 0x39 ? 0x38 : 0x39;
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signatures/verify',
      headers: { 'content-type': 'application/pdf' },
      payload: tampered,
    });
    expect(bad.json()).toMatchObject({ signature: { intact: false }, match: null });

    const notPdf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signatures/verify',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(notPdf.statusCode).toBe(415);

    if (!existsSync('/usr/bin/pdfsig')) {
      console.warn('pdfsig missing (apt-get install poppler-utils): external PAdES check skipped');
      return;
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'signed-'));
    writeFileSync(path.join(dir, 'ok.pdf'), signedPdf);
    writeFileSync(path.join(dir, 'bad.pdf'), tampered);
    const run = (f: string) => {
      try {
        return execFileSync('/usr/bin/pdfsig', [path.join(dir, f)], { encoding: 'utf8' });
      } catch (error) {
        return String((error as { stdout?: string }).stdout ?? error); // non-zero exit on invalid files
      }
    };
    expect(run('ok.pdf')).toContain('Signature is Valid.');
    expect(run('bad.pdf')).not.toContain('Signature is Valid.');
  });

  it('expired and unknown links get clear answers', async () => {
    const { tokens } = await newRequest();
    const first = tokens[0] as string;
    await t.ctx.db
      .update(signatureSigners)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(signatureSigners.tokenHash, hashSigningToken(first)));
    const expired = await t.app.inject({ method: 'GET', url: `/api/v1/signing/${first}` });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('SIGNING_LINK_EXPIRED');
    expect((await sign(first, 'Élodie Moreau')).statusCode).toBe(410);
    const unknown = await t.app.inject({ method: 'GET', url: `/api/v1/signing/${'x'.repeat(43)}` });
    expect(unknown.statusCode).toBe(404);
  });

  it('resending gives the unsigned signers fresh links; the old ones stop working', async () => {
    const { requestId, tokens } = await newRequest();
    const [first, second] = tokens as [string, string];
    await sign(first, 'Élodie Moreau');
    await t.ctx.db
      .update(signatureSigners)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(signatureSigners.tokenHash, hashSigningToken(second)));
    const before = t.outbox.length;
    const resend = (who: SignedUp, org: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${org}/signature-requests/${requestId}/resend`,
        headers: who.auth,
      });
    expect((await resend(venue, venue.organisationId)).statusCode).toBe(404);
    const res = await resend(producer, producer.organisationId);
    expect(res.json()).toEqual({ resent: ['francois@cigale.example'], undelivered: [] });
    const mail = t.outbox.slice(before).find((m) => m.to === 'francois@cigale.example');
    const fresh = /\/sign\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
    expect(fresh).not.toBe(second);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/signing/${second}` })).statusCode).toBe(404);
    expect((await sign(fresh, 'François Lefèvre')).json()).toEqual({ signed: true, completed: true });
  });

  it('a failing mail server does not lose the request: undelivered signers are reported', async () => {
    const broken = await createTestApp(
      {},
      {
        send: async () => {
          throw new Error('SMTP down');
        },
      },
    );
    try {
      const owner = await signUpAs(broken.app, 'booker');
      const c = await broken.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${owner.organisationId}/contracts`,
        headers: owner.auth,
        payload: { terms: exampleContractTerms() },
      });
      const res = await broken.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${owner.organisationId}/contracts/${c.json().id}/signature-requests`,
        headers: owner.auth,
        payload: { signers: SIGNERS },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().undelivered).toEqual(SIGNERS.map((x) => x.email));
    } finally {
      await broken.close();
    }
  });

  it('refuses a second request while one is pending, duplicate signers and strangers', async () => {
    const { contractId } = await newRequest();
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${producer.organisationId}/contracts/${contractId}/signature-requests`,
      headers: producer.auth,
      payload: { signers: SIGNERS },
    });
    expect(again.statusCode).toBe(409);
    const dup = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${producer.organisationId}/contracts/${contractId}/signature-requests`,
      headers: producer.auth,
      payload: { signers: [SIGNERS[0], SIGNERS[0]] },
    });
    expect(dup.statusCode).toBe(400);
    const stranger = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${producer.organisationId}/contracts/${contractId}/signature-requests`,
      headers: outsider.auth,
      payload: { signers: SIGNERS },
    });
    expect(stranger.statusCode).toBe(404);
  });

  it('an organisation can upload its own PKCS#12 and its seals use it', async () => {
    const { p12 } = generateSelfSignedP12('Les Productions du Quai', 'quai-pass');
    const put = (passphrase: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/organisations/${producer.organisationId}/signing-certificate`,
        headers: producer.auth,
        payload: { p12Base64: p12.toString('base64'), passphrase },
      });
    expect((await put('wrong')).statusCode).toBe(400);
    const ok = await put('quai-pass');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().subject).toContain('Les Productions du Quai');
    const byVenue = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/organisations/${producer.organisationId}/signing-certificate`,
      headers: venue.auth,
      payload: { p12Base64: p12.toString('base64'), passphrase: 'quai-pass' },
    });
    expect(byVenue.statusCode).toBe(404);

    const { requestId, tokens } = await newRequest();
    await sign(tokens[0] as string, SIGNERS[0]?.name ?? '');
    await sign(tokens[1] as string, SIGNERS[1]?.name ?? '');
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${producer.organisationId}/signature-requests/${requestId}/pdf`,
      headers: producer.auth,
    });
    const verified = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signatures/verify',
      headers: { 'content-type': 'application/pdf' },
      payload: pdf.rawPayload,
    });
    expect(verified.json().signature).toMatchObject({ intact: true, signer: 'Les Productions du Quai' });
  });
});
