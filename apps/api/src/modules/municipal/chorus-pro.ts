/**
 * Chorus Pro deposit of a Factur-X invoice ("déposer flux", API Factures v1 on PISTE).
 *
 * Exchange: an OAuth2 client-credentials token from PISTE, then
 *   POST {apiBase}/cpro/factures/v1/deposer/flux
 *   Authorization: Bearer <token>; cpro-account: base64(<technical login>:<password>)
 *   { idUtilisateurCourant, fichierFlux: base64(PDF/A-3), nomFichier, syntaxeFlux: "IN_DP_E2_CII_FACTURX", avecSignature }
 * answered by { codeRetour: 0, libelle, numeroFluxDepot, dateDepot, syntaxeFlux } when accepted.
 * `fetch` is injected so the client is tested against a recorded exchange, not the network.
 */
export const CHORUS_PRO_SYNTAX_FACTURX = 'IN_DP_E2_CII_FACTURX';

export interface ChorusProSettings {
  readonly oauthUrl: string;
  readonly apiBase: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly technicalLogin: string;
  readonly technicalPassword: string;
}

export const CHORUS_PRO_SANDBOX = {
  oauthUrl: 'https://sandbox-oauth.piste.gouv.fr/api/oauth/token',
  apiBase: 'https://sandbox-api.piste.gouv.fr',
} as const;

export interface DepositRequest {
  readonly idUtilisateurCourant: number;
  readonly fichierFlux: string;
  readonly nomFichier: string;
  readonly syntaxeFlux: typeof CHORUS_PRO_SYNTAX_FACTURX;
  readonly avecSignature: boolean;
}

export function depositRequest(pdf: Uint8Array, invoiceNumber: string): DepositRequest {
  return {
    idUtilisateurCourant: 0,
    fichierFlux: Buffer.from(pdf).toString('base64'),
    nomFichier: `${invoiceNumber}.pdf`,
    syntaxeFlux: CHORUS_PRO_SYNTAX_FACTURX,
    avecSignature: false,
  };
}

export type DepositOutcome =
  | { readonly kind: 'accepted'; readonly flowNumber: string; readonly depositedOn: string }
  | { readonly kind: 'refused'; readonly code: number | null; readonly message: string };

export interface ChorusProClient {
  deposit(pdf: Uint8Array, invoiceNumber: string): Promise<DepositOutcome>;
}

type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
  text(): Promise<string>;
}>;

export function chorusProClient(settings: ChorusProSettings, fetchImpl: Fetch): ChorusProClient {
  async function token(): Promise<string> {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
      scope: 'openid',
    }).toString();
    const res = await fetchImpl(settings.oauthUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    if (!res.ok) throw new Error(`PISTE token refused: HTTP ${res.status}`);
    const json = (await res.json()) as { access_token?: unknown };
    if (typeof json.access_token !== 'string') throw new Error('PISTE token answer without access_token');
    return json.access_token;
  }
  return {
    async deposit(pdf, invoiceNumber) {
      const bearer = await token();
      const res = await fetchImpl(`${settings.apiBase}/cpro/factures/v1/deposer/flux`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${bearer}`,
          'cpro-account': Buffer.from(`${settings.technicalLogin}:${settings.technicalPassword}`).toString(
            'base64',
          ),
          'Content-Type': 'application/json;charset=utf-8',
          Accept: 'application/json;charset=utf-8',
        },
        body: JSON.stringify(depositRequest(pdf, invoiceNumber)),
      });
      const json = (await res.json().catch(() => ({}))) as {
        codeRetour?: number;
        libelle?: string;
        numeroFluxDepot?: string;
        dateDepot?: string;
      };
      // Chorus Pro reports business refusals with codeRetour ≠ 0, sometimes under HTTP 200.
      if (!res.ok || json.codeRetour !== 0 || !json.numeroFluxDepot) {
        return {
          kind: 'refused',
          code: json.codeRetour ?? null,
          message: json.libelle ?? `HTTP ${res.status}`,
        };
      }
      return { kind: 'accepted', flowNumber: json.numeroFluxDepot, depositedOn: json.dateDepot ?? '' };
    },
  };
}
