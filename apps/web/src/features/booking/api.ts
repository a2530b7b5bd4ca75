import { apiJson } from '../../app/api/client.ts';

export interface Hold {
  id: string;
  venueProfileId: string;
  venueName: string;
  artistProfileId: string;
  artistName: string;
  placedByOrganisationId: string;
  stage: string;
  date: string;
  status: string;
  rank: number | null;
  holdsOnDate: number;
  challengeDeadline: string | null;
  secondsLeft: number | null;
  offerId: string | null;
}

export interface Revision {
  revision: number;
  fromOrganisationId: string;
  feeCents: number;
  currency: string;
  terms: Record<string, unknown>;
  message: string | null;
  createdAt: string;
}

export interface Validation {
  id: string;
  offerId: string;
  contractId: string | null;
  reasons: string[];
  legalExpertRequired: boolean;
  status: string;
  dueAt: string;
  secondsLeft: number;
  escalated: boolean;
  comment: string | null;
}

export interface Offer {
  id: string;
  holdId: string;
  venueOrganisationId: string;
  artistOrganisationId: string;
  awaitingOrganisationId: string;
  venueName: string;
  artistName: string;
  date: string;
  stage: string;
  status: string;
  currentRevision: number;
  matchScore: number | null;
  tier: string | null;
  contractId: string | null;
  signatureRequestId: string | null;
  revisions: Revision[];
  validation: Validation | null;
  audit: { action: string; actor: string; occurredAt: string }[];
}

export interface QueueItem extends Validation {
  date: string;
  feeCents: number;
  currency: string;
  tier: string | null;
}

export interface Signatory {
  name: string;
  email: string;
}

const base = (orgId: string) => `/api/v1/organisations/${encodeURIComponent(orgId)}/booking`;

export const bookingApi = {
  holds: (orgId: string) => apiJson<Hold[]>(`${base(orgId)}/holds`),
  placeHold: (orgId: string, body: { venueProfileId: string; artistProfileId: string; date: string }) =>
    apiJson<Hold>(`${base(orgId)}/holds`, { method: 'POST', body }),
  challenge: (orgId: string, holdId: string) =>
    apiJson<Hold>(`${base(orgId)}/holds/${holdId}/challenge`, { method: 'POST', body: {} }),
  release: (orgId: string, holdId: string) =>
    apiJson<Hold>(`${base(orgId)}/holds/${holdId}/release`, { method: 'POST', body: {} }),
  makeOffer: (orgId: string, holdId: string, body: unknown) =>
    apiJson<Offer>(`${base(orgId)}/holds/${holdId}/offers`, { method: 'POST', body }),
  offers: (orgId: string) => apiJson<Offer[]>(`${base(orgId)}/offers`),
  offer: (orgId: string, offerId: string) => apiJson<Offer>(`${base(orgId)}/offers/${offerId}`),
  counter: (orgId: string, offerId: string, body: unknown) =>
    apiJson<Offer>(`${base(orgId)}/offers/${offerId}/counter`, { method: 'POST', body }),
  accept: (orgId: string, offerId: string, signatory: Signatory) =>
    apiJson<Offer>(`${base(orgId)}/offers/${offerId}/accept`, { method: 'POST', body: { signatory } }),
  decline: (orgId: string, offerId: string) =>
    apiJson<Offer>(`${base(orgId)}/offers/${offerId}/decline`, { method: 'POST', body: {} }),
  send: (orgId: string, offerId: string) =>
    apiJson<Offer>(`${base(orgId)}/offers/${offerId}/send-for-signature`, { method: 'POST', body: {} }),
  queue: (orgId: string) =>
    apiJson<QueueItem[]>(`/api/v1/organisations/${encodeURIComponent(orgId)}/validation/items`),
  decide: (orgId: string, itemId: string, decision: string, comment?: string) =>
    apiJson<Validation>(
      `/api/v1/organisations/${encodeURIComponent(orgId)}/validation/items/${itemId}/decision`,
      {
        method: 'POST',
        body: { decision, ...(comment ? { comment } : {}) },
      },
    ),
};

/** "1 j 04:05:09" style countdown from seconds. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const d = Math.floor(s / 86_400);
  const hh = String(Math.floor((s % 86_400) / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${d > 0 ? `${d}d ` : ''}${hh}:${mm}:${ss}`;
}

export function formatFee(cents: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

export interface OwnProfile {
  id: string;
  name: string;
  kind: string;
}

export const ownProfiles = (orgId: string) =>
  apiJson<{ items: OwnProfile[] }>(`/api/v1/catalogue/organisations/${encodeURIComponent(orgId)}/profiles`);
