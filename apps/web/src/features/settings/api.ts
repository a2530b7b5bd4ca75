import { apiJson } from '../../app/api/client.ts';
import type { Member, MemberRole, Organisation, OrganisationPatch } from '../../app/api/types.ts';

const org = (orgId: string) => `/api/v1/organisations/${encodeURIComponent(orgId)}`;

export const organisationQueryKey = (orgId: string) => ['organisations', orgId] as const;
export const membersQueryKey = (orgId: string) => ['organisations', orgId, 'members'] as const;

export const settingsApi = {
  getOrganisation: (orgId: string, signal?: AbortSignal) => apiJson<Organisation>(org(orgId), { signal }),
  updateOrganisation: (orgId: string, patch: OrganisationPatch) =>
    apiJson<Organisation>(org(orgId), { method: 'PATCH', body: patch }),
  listMembers: (orgId: string, signal?: AbortSignal) =>
    apiJson<{ items: Member[] }>(`${org(orgId)}/members`, { signal }),
  addMember: (orgId: string, email: string, role: MemberRole) =>
    apiJson<Member>(`${org(orgId)}/members`, { method: 'POST', body: { email, role } }),
};
