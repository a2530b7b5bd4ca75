import { apiJson, apiVoid } from '../../app/api/client.ts';

export type MatchKind =
  | 'venues-for-artist'
  | 'artists-for-venue'
  | 'technicians'
  | 'street-arts'
  | 'campsite';

export interface BreakdownLine {
  criterion: string;
  weight: number;
  subScore: number;
  points: number;
  text: string;
}

export interface MatchCandidate {
  id: string;
  organisationId: string;
  name: string;
  city: string | null;
  country: string;
  verified: boolean;
  categories: string[];
  distanceMetres: number;
  price: { minCents: number; maxCents: number; currency: string } | null;
  capacity: { min: number; max: number } | null;
}

export interface MatchResult {
  rank: number;
  candidate: MatchCandidate;
  score: number;
  date: string | null;
  lines: BreakdownLine[];
}

export interface WeightsRef {
  context: string;
  version: string;
  organisationId: string | null;
  weights: Record<string, number>;
}

export interface Notice {
  code: string;
  text: string;
  /** What the text was rendered from; own-calendar notices name their day in params.date.day. */
  explanation: { key: string; params: { date?: { day?: string } } & Record<string, unknown> };
}

export interface SearchResponse {
  kind: MatchKind;
  weights: WeightsRef;
  dates: string[];
  /** Requested dates the requester's own profile is unavailable (no candidate on them). */
  notices: Notice[];
  results: MatchResult[];
  stats: { candidates: number; scored: number; tookMs: number };
}

/** "The best venues for each date": one short ranking per candidate date. */
export interface PerDateResponse {
  weights: WeightsRef;
  notices: Notice[];
  days: { date: string; results: MatchResult[] }[];
}

export interface WhyNotResponse {
  candidate: MatchCandidate;
  verdict: 'excluded' | 'eligible' | 'filtered';
  reasons: { code: string; text: string }[];
  score: number | null;
  rank: number | null;
  lines: BreakdownLine[];
}

export interface ShortlistEntry {
  id: string;
  kind: MatchKind;
  candidateProfileId: string;
  candidateName: string;
  candidateCity: string | null;
  date: string | null;
  score: number;
  weights: { context: string; version: string };
  status: 'saved' | 'hold_requested';
  holdRequestedAt: string | null;
  createdAt: string;
}

export interface OwnProfile {
  id: string;
  kind: string;
  name: string;
  status: string;
  city: string | null;
  latitude: number;
  longitude: number;
}

/** The four matching contexts, each with its own versioned weight sets. */
export const MATCH_CONTEXTS = ['artist-venue', 'technician', 'street-arts', 'campsite'] as const;
export type MatchContext = (typeof MATCH_CONTEXTS)[number];

/** A stored weight set: a platform default (organisationId null) or one of the organisation's revisions. */
export interface WeightSet {
  id: string;
  organisationId: string | null;
  context: MatchContext;
  version: string;
  weights: Record<string, number>;
  label: string | null;
  createdAt: string;
}

/** A search request as the API takes it (kind-specific fields included by each page). */
export type MatchRequest = { kind: MatchKind; organisationId: string } & Record<string, unknown>;

const base = '/api/v1/matching';

export const matchingKeys = {
  search: (body: MatchRequest | null) => ['matching', 'search', body] as const,
  perDate: (body: MatchRequest | null) => ['matching', 'per-date', body] as const,
  shortlist: (orgId: string) => ['matching', 'shortlist', orgId] as const,
  mine: (orgId: string, kind: string) => ['matching', 'mine', orgId, kind] as const,
  lookup: (plural: string, q: string) => ['matching', 'lookup', plural, q] as const,
  weights: (orgId: string, context: MatchContext) => ['matching', 'weights', orgId, context] as const,
};

export const matchingApi = {
  search: (body: MatchRequest, signal?: AbortSignal) =>
    apiJson<SearchResponse>(`${base}/search`, { method: 'POST', body, signal }),
  bestPerDate: (body: MatchRequest & { perDate: number }, signal?: AbortSignal) =>
    apiJson<PerDateResponse>(`${base}/best-per-date`, { method: 'POST', body, signal }),
  whyNot: (request: MatchRequest, candidateProfileId: string) =>
    apiJson<WhyNotResponse>(`${base}/why-not`, { method: 'POST', body: { request, candidateProfileId } }),
  shortlist: (orgId: string, signal?: AbortSignal) =>
    apiJson<{ items: ShortlistEntry[] }>(
      `${base}/shortlist?${new URLSearchParams({ organisationId: orgId })}`,
      { signal },
    ),
  save: (request: MatchRequest, candidateProfileId: string) =>
    apiJson<ShortlistEntry>(`${base}/shortlist`, { method: 'POST', body: { request, candidateProfileId } }),
  hold: (entryId: string) =>
    apiJson<ShortlistEntry>(`${base}/shortlist/${encodeURIComponent(entryId)}/hold`, {
      method: 'POST',
      body: {},
    }),
  remove: (entryId: string) =>
    apiVoid(`${base}/shortlist/${encodeURIComponent(entryId)}`, { method: 'DELETE' }),
  weights: async (orgId: string, context: MatchContext, signal?: AbortSignal) =>
    (
      await apiJson<{ items: WeightSet[] }>(
        `${base}/weights?${new URLSearchParams({ organisationId: orgId, context })}`,
        { signal },
      )
    ).items,
  saveWeights: (body: {
    organisationId: string;
    context: MatchContext;
    weights: Record<string, number>;
    label?: string;
  }) => apiJson<WeightSet>(`${base}/weights`, { method: 'POST', body }),
  /** The organisation's own profiles of a kind (the artist or venue a search is for). */
  mine: async (orgId: string, kind: string, signal?: AbortSignal) =>
    (
      await apiJson<{ items: OwnProfile[] }>(
        `/api/v1/catalogue/organisations/${encodeURIComponent(orgId)}/profiles?${new URLSearchParams({ kind })}`,
        { signal },
      )
    ).items,
  /** Published profiles by name, for "why not this one?". */
  lookup: async (plural: string, q: string, signal?: AbortSignal) =>
    (
      await apiJson<{ items: { id: string; name: string; city: string | null }[] }>(
        `/api/v1/catalogue/search/${plural}?${new URLSearchParams({ q, limit: '10', facets: 'false' })}`,
        { signal },
      )
    ).items,
};
