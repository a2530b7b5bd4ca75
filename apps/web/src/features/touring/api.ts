import type { TourEvaluation, TourProblem } from '@flowstage/domain/touring';
import { apiJson, apiVoid } from '../../app/api/client.ts';
import { sessionStore } from '../../app/auth/session-store.ts';
import { addDaysIso } from './tour-edit.ts';

export interface Show {
  stopId: string;
  date: string;
}

export interface StopDetails {
  catalogueProfileId?: string;
  address?: string;
  city?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  /** Day-sheet times, HH:MM. */
  loadIn?: string;
  soundcheck?: string;
  doors?: string;
  showTime?: string;
  curfew?: string;
  hotel?: string;
  notes?: string;
}

export type VariantKind = 'cheapest' | 'most_weekends' | 'least_co2' | 'best_progression' | 'balanced';

export interface Variant {
  kinds: VariantKind[];
  tour: { shows: Show[] };
  evaluation: TourEvaluation;
  savingsVsNaive: { travelCostCents: number; travelCostPct: number; metres: number; co2Kg: number };
}

export interface TourResult {
  variants: Variant[];
  naive: { evaluation: TourEvaluation };
  skipped: { stopId: string; reason: string; message: string }[];
  iterations: number;
  timeUsedMs: number;
  timeBudgetMs: number;
}

export interface Tour {
  id: string;
  organisationId: string;
  name: string;
  status: 'draft' | 'planned' | 'chosen';
  problem: TourProblem;
  stopDetails: Record<string, StopDetails>;
  result: TourResult | null;
  selection: { variantIndex: number | null; shows: Show[]; evaluation: TourEvaluation } | null;
  locked: Show[];
  seed: number;
  createdAt: string;
  updatedAt: string;
}

export type TourSummary = Pick<Tour, 'id' | 'name' | 'status' | 'createdAt' | 'updatedAt'>;

export interface VenueHit {
  id: string;
  name: string;
  city: string | null;
  country: 'FR' | 'BE' | 'CH' | 'LU';
  latitude: number;
  longitude: number;
  capacityMin: number | null;
  capacityMax: number | null;
}

interface MatchResult {
  score: number;
  candidate: {
    id: string;
    name: string;
    city: string | null;
    country: VenueHit['country'];
    capacity: { min: number; max: number } | null;
  };
}

export interface SuggestedVenue extends VenueHit {
  /** Matching score, 0–100. */
  score: number;
}

export interface Town {
  id: number;
  name: string;
  country: 'FR' | 'BE' | 'CH' | 'LU';
  latitude: number;
  longitude: number;
}

const base = (orgId: string) => `/api/v1/organisations/${encodeURIComponent(orgId)}/tours`;

export const toursKey = (orgId: string) => ['tours', orgId] as const;
export const tourKey = (orgId: string, id: string) => ['tours', orgId, id] as const;

export const touringApi = {
  list: (orgId: string, signal?: AbortSignal) => apiJson<{ items: TourSummary[] }>(base(orgId), { signal }),
  get: (orgId: string, id: string, signal?: AbortSignal) => apiJson<Tour>(`${base(orgId)}/${id}`, { signal }),
  create: (
    orgId: string,
    body: { name: string; problem: TourProblem; stopDetails: Record<string, StopDetails> },
  ) => apiJson<Tour>(base(orgId), { method: 'POST', body }),
  saveDetails: (orgId: string, id: string, stopDetails: Record<string, StopDetails>) =>
    apiJson<Tour>(`${base(orgId)}/${id}`, { method: 'PATCH', body: { stopDetails } }),
  optimise: (orgId: string, id: string, body: { seed?: number; locked?: Show[]; timeBudgetMs?: number }) =>
    apiJson<Tour>(`${base(orgId)}/${id}/optimise`, { method: 'POST', body }),
  select: (orgId: string, id: string, body: { variantIndex: number | null; shows: Show[] }) =>
    apiJson<Tour>(`${base(orgId)}/${id}/selection`, { method: 'PUT', body }),
  remove: (orgId: string, id: string) => apiVoid(`${base(orgId)}/${id}`, { method: 'DELETE' }),
  searchVenues: (q: string, signal?: AbortSignal) =>
    apiJson<{ items: VenueHit[] }>(
      `/api/v1/catalogue/search/venues?limit=20&facets=false${q ? `&q=${encodeURIComponent(q)}` : ''}`,
      { signal },
    ),
  /** Published artist profiles of the organisation, to ask the matcher for venues. */
  artists: async (orgId: string, signal?: AbortSignal) =>
    (
      await apiJson<{ items: { id: string; name: string; status: string }[] }>(
        `/api/v1/catalogue/organisations/${encodeURIComponent(orgId)}/profiles?kind=artist`,
        { signal },
      )
    ).items.filter((p) => p.status === 'published'),
  /**
   * The matcher's best venues for an artist over the tour dates (it takes at most 62 days), with the
   * coordinates the planner needs read from each venue's catalogue profile.
   */
  suggestVenues: async (orgId: string, artistProfileId: string, from: string, to: string) => {
    const last = addDaysIso(from, 61) < to ? addDaysIso(from, 61) : to;
    const found = await apiJson<{ results: MatchResult[] }>('/api/v1/matching/search', {
      method: 'POST',
      body: { kind: 'venues-for-artist', organisationId: orgId, artistProfileId, from, to: last, limit: 15 },
    });
    return Promise.all(
      found.results.map(async ({ candidate, score }): Promise<SuggestedVenue> => {
        const profile = await apiJson<{ latitude: number; longitude: number }>(
          `/api/v1/catalogue/profiles/${encodeURIComponent(candidate.id)}`,
        );
        return {
          id: candidate.id,
          name: candidate.name,
          city: candidate.city,
          country: candidate.country,
          latitude: profile.latitude,
          longitude: profile.longitude,
          capacityMin: candidate.capacity?.min ?? null,
          capacityMax: candidate.capacity?.max ?? null,
          score,
        };
      }),
    );
  },
  towns: (q: string, signal?: AbortSignal) =>
    apiJson<{ items: Town[] }>(`/api/v1/catalogue/towns?q=${encodeURIComponent(q)}`, { auth: false, signal }),
};

/** Downloads an export with the session's bearer token (a plain link could not send it). */
export async function downloadExport(
  orgId: string,
  id: string,
  format: 'ics' | 'csv' | 'pdf',
): Promise<void> {
  const token = sessionStore.getAccessToken();
  const res = await fetch(`${base(orgId)}/${id}/export.${format}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) throw new Error(`export failed: ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `tour-${id.slice(0, 8)}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
