import { apiJson } from '../../app/api/client.ts';
import type { Dashboard } from '../../app/api/types.ts';

export const dashboardQueryKey = (orgId: string) => ['organisations', orgId, 'dashboard'] as const;

export function getDashboard(orgId: string, signal?: AbortSignal): Promise<Dashboard> {
  return apiJson<Dashboard>(`/api/v1/organisations/${encodeURIComponent(orgId)}/dashboard`, { signal });
}
