import { createHash, randomBytes } from 'node:crypto';

/** Links last 14 days; each signer's link is consumed by signing, not by opening. */
export const LINK_TTL_SECONDS = 14 * 86_400;

export function newSigningToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSigningToken(token) };
}

export function hashSigningToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares typed names without regard to case, accents or spacing ("Élodie  Moreau" = "elodie moreau"). */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

export const CONSENT_TEXT: Record<'fr' | 'en' | 'nl' | 'de', string> = {
  fr: "Je reconnais avoir lu le contrat et accepte de le signer électroniquement. Ma signature a la même valeur qu'une signature manuscrite (règlement eIDAS, signature électronique simple) ; mon nom saisi, la date, mon adresse IP et mon navigateur sont enregistrés dans le journal d'audit.",
  en: 'I have read the contract and agree to sign it electronically. My signature has the same effect as a handwritten one (eIDAS simple electronic signature); my typed name, the date, my IP address and browser are recorded in the audit trail.',
  nl: 'Ik heb het contract gelezen en ga akkoord om het elektronisch te ondertekenen (eenvoudige elektronische handtekening, eIDAS); mijn getypte naam, de datum, mijn IP-adres en browser worden in het auditlogboek vastgelegd.',
  de: 'Ich habe den Vertrag gelesen und unterzeichne ihn elektronisch (einfache elektronische Signatur nach eIDAS); mein eingegebener Name, Datum, IP-Adresse und Browser werden im Prüfprotokoll gespeichert.',
};
