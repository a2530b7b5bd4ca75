import { KIND_PLURALS } from '@flowstage/domain/catalogue';
import { apiJson, apiVoid, refreshSession } from '../../app/api/client.ts';
import { apiErrorFromResponse, networkError } from '../../app/api/problem.ts';
import { sessionStore } from '../../app/auth/session-store.ts';
import i18n from '../../i18n/index.ts';
import type {
  Calendar,
  CalendarSource,
  GenreFamily,
  ImportReport,
  Profile,
  ProfileKind,
  RiderKind,
  Rule,
  SearchResult,
  Slot,
  Town,
  TransferFormat,
} from './types.ts';

const base = '/api/v1/catalogue';
const profile = (id: string) => `${base}/profiles/${encodeURIComponent(id)}`;

export const catalogueKeys = {
  genres: ['catalogue', 'genres'] as const,
  towns: (q: string) => ['catalogue', 'towns', q] as const,
  search: (kind: ProfileKind, query: string) => ['catalogue', 'search', kind, query] as const,
  profile: (id: string) => ['catalogue', 'profile', id] as const,
  mine: (orgId: string) => ['catalogue', 'org', orgId, 'profiles'] as const,
  calendar: (id: string, from: string, to: string) =>
    ['catalogue', 'profile', id, 'calendar', from, to] as const,
  feed: (id: string) => ['catalogue', 'profile', id, 'feed'] as const,
};

/**
 * Authenticated raw request for files (export downloads, import uploads): apiJson only speaks
 * JSON, so this does the same bearer + one-refresh dance on a Response.
 */
async function rawRequest(
  path: string,
  init: { method?: string; body?: Blob | string | FormData; contentType?: string } = {},
) {
  const send = async () => {
    const headers = new Headers({ 'Accept-Language': i18n.language });
    const token = sessionStore.getAccessToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (init.contentType) headers.set('Content-Type', init.contentType);
    try {
      return await fetch(path, {
        method: init.method ?? 'GET',
        headers,
        body: init.body,
        credentials: 'same-origin',
      });
    } catch (cause) {
      throw networkError(cause);
    }
  };
  let res = await send();
  if (res.status === 401 && (await refreshSession())) res = await send();
  if (!res.ok) throw await apiErrorFromResponse(res);
  return res;
}

export const catalogueApi = {
  genres: () => apiJson<{ items: GenreFamily[] }>(`${base}/genres`, { auth: false }),
  towns: (q: string, signal?: AbortSignal) =>
    apiJson<{ items: Town[] }>(`${base}/towns?${new URLSearchParams({ q, limit: '8' })}`, {
      auth: false,
      signal,
    }),
  search: (kind: ProfileKind, query: string, cursor: string | null, signal?: AbortSignal) => {
    const params = new URLSearchParams(query);
    if (cursor) {
      params.set('cursor', cursor);
      params.set('facets', 'false');
    }
    return apiJson<SearchResult>(`${base}/search/${KIND_PLURALS[kind]}?${params}`, { signal });
  },
  exportFile: async (kind: ProfileKind, query: string, format: TransferFormat) => {
    const params = new URLSearchParams(query);
    params.delete('limit');
    params.delete('facets');
    params.set('format', format);
    const res = await rawRequest(`${base}/search/${KIND_PLURALS[kind]}/export?${params}`);
    return { blob: await res.blob(), filename: `${KIND_PLURALS[kind]}.${format}` };
  },
  importFile: async (
    orgId: string,
    kind: ProfileKind,
    file: File,
    format: TransferFormat,
    dryRun: boolean,
    publish = false,
  ) => {
    const contentType = { csv: 'text/csv', json: 'application/json', xml: 'application/xml' }[format];
    const params = new URLSearchParams({ format, dryRun: String(dryRun), publish: String(publish) });
    const path = `${base}/organisations/${encodeURIComponent(orgId)}/imports/${kind}?${params}`;
    const res = await rawRequest(path, { method: 'POST', body: file, contentType });
    return (await res.json()) as ImportReport; // the API contract's import report
  },
  importColumns: (kind: ProfileKind) =>
    apiJson<{ items: { path: string; type: string }[] }>(`${base}/import-columns/${kind}`, { auth: false }),

  getProfile: (id: string, signal?: AbortSignal) => apiJson<Profile>(profile(id), { signal }),
  organisationProfiles: (orgId: string, signal?: AbortSignal) =>
    apiJson<{ items: Profile[] }>(`${base}/organisations/${encodeURIComponent(orgId)}/profiles`, { signal }),
  createProfile: (body: Record<string, unknown>) =>
    apiJson<Profile>(`${base}/profiles`, { method: 'POST', body }),
  updateProfile: (id: string, body: Record<string, unknown>) =>
    apiJson<Profile>(profile(id), { method: 'PATCH', body }),
  setPublished: (id: string, published: boolean) =>
    apiJson<Profile>(`${profile(id)}/${published ? 'publish' : 'unpublish'}`, { method: 'POST', body: {} }),
  deleteProfile: (id: string) => apiVoid(profile(id), { method: 'DELETE' }),
  /** multipart/form-data: the browser writes the boundary, so no Content-Type is set here. */
  uploadRider: async (id: string, rider: RiderKind, file: File) => {
    const body = new FormData();
    body.append('file', file);
    const res = await rawRequest(`${profile(id)}/riders/${rider}`, { method: 'POST', body });
    return (await res.json()) as Profile; // the API contract's profile
  },
  removeRider: (id: string, rider: RiderKind) =>
    apiJson<Profile>(`${profile(id)}/riders/${rider}`, { method: 'DELETE' }),
  downloadRider: async (id: string, rider: RiderKind) =>
    (await rawRequest(`${profile(id)}/riders/${rider}`)).blob(),

  calendar: (id: string, from: string, to: string, signal?: AbortSignal) =>
    apiJson<Calendar>(`${profile(id)}/availability?${new URLSearchParams({ from, to })}`, { signal }),
  addSlot: (
    id: string,
    body: { startDate: string; endDate: string; status: Slot['status']; reason: string | null },
  ) => apiJson<Slot>(`${profile(id)}/availability`, { method: 'POST', body }),
  deleteSlot: (id: string, slotId: string) =>
    apiVoid(`${profile(id)}/availability/${slotId}`, { method: 'DELETE' }),
  addRule: (
    id: string,
    body: { weekdays: number[]; validFrom: string | null; validTo: string | null; reason: string | null },
  ) => apiJson<Rule>(`${profile(id)}/availability-rules`, { method: 'POST', body }),
  deleteRule: (id: string, ruleId: string) =>
    apiVoid(`${profile(id)}/availability-rules/${ruleId}`, { method: 'DELETE' }),
  calendarFeed: (id: string) => apiJson<{ url: string }>(`${profile(id)}/calendar-feed`),
  rotateFeed: (id: string) =>
    apiJson<{ url: string }>(`${profile(id)}/calendar-feed/rotate`, { method: 'POST', body: {} }),
  importIcal: (id: string, body: { label: string; url?: string; ics?: string }) =>
    apiJson<CalendarSource>(`${profile(id)}/calendar-imports`, { method: 'POST', body }),
};

/** Saves a Blob under a file name through a temporary link (works for downloads that need auth). */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
