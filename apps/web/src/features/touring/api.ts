import type { TourEvaluation, TourProblem } from '@flowstage/domain/touring';
import { apiJson, apiVoid } from '../../app/api/client.ts';
import { sessionStore } from '../../app/auth/session-store.ts';

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
  hotel?: string;
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
