import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHORUS_PRO_SANDBOX, chorusProClient, depositRequest } from './chorus-pro.ts';

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/chorus-pro-deposer-flux.json', import.meta.url), 'utf8'),
);

const settings = {
  ...CHORUS_PRO_SANDBOX,
  clientId: 'piste-client-id',
  clientSecret: 'piste-client-secret',
  technicalLogin: 'TECH_1_compagnie@cpro.fr',
  technicalPassword: 'secret',
};

/** Replays the recorded exchange and keeps what the client sent. */
function replay(depositAnswer: { status: number; body: unknown }) {
  const calls: { url: string; headers: Record<string, string>; body: string }[] = [];
  const fetchImpl = async (
    url: string,
    init: { method: string; headers: Record<string, string>; body: string },
  ) => {
    calls.push({ url, headers: init.headers, body: init.body });
    const answer = url === fixture.token.request.url ? fixture.token.response : depositAnswer;
    return {
      ok: answer.status < 300,
      status: answer.status,
      json: async () => answer.body,
      text: async () => JSON.stringify(answer.body),
    };
  };
  return { calls, client: chorusProClient(settings, fetchImpl) };
}

describe('Chorus Pro "déposer flux"', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7 Factur-X');

  it('builds the documented payload', () => {
    expect(depositRequest(pdf, 'FAC-2026-000001')).toEqual({
      idUtilisateurCourant: 0,
      fichierFlux: Buffer.from(pdf).toString('base64'),
      nomFichier: 'FAC-2026-000001.pdf',
      syntaxeFlux: 'IN_DP_E2_CII_FACTURX',
      avecSignature: false,
    });
  });

  it('gets a PISTE token, then deposits with the technical account and returns the flow number', async () => {
    const { calls, client } = replay(fixture.deposit.response);
    const outcome = await client.deposit(pdf, 'FAC-2026-000001');
    expect(outcome).toEqual({
      kind: 'accepted',
      flowNumber: 'CPP0021100000000000000512',
      depositedOn: '2027-07-22',
    });
    expect(calls[0]).toMatchObject({ url: fixture.token.request.url, body: fixture.token.request.body });
    expect(calls[1]?.url).toBe(fixture.deposit.request.url);
    expect(calls[1]?.headers.Authorization).toBe(fixture.deposit.request.headers.Authorization);
    expect(Buffer.from(calls[1]?.headers['cpro-account'] ?? '', 'base64').toString()).toBe(
      'TECH_1_compagnie@cpro.fr:secret',
    );
    expect(JSON.parse(calls[1]?.body ?? '{}').syntaxeFlux).toBe('IN_DP_E2_CII_FACTURX');
  });

  it('reports a business refusal answered with HTTP 200', async () => {
    const { client } = replay(fixture.refusal.response);
    expect(await client.deposit(pdf, 'FAC-2026-000002')).toEqual({
      kind: 'refused',
      code: 20001,
      message: 'GCU_MSG_05_001 Le fichier est invalide.',
    });
  });
});
