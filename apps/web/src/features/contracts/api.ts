import { apiJson } from '../../app/api/client.ts';

export interface VersionSummary {
  id: string;
  version: number;
  pdfSha256: string;
  createdAt: string;
}

export interface Mention {
  code: string;
  party?: 'producer' | 'organiser';
  message: string;
}

export interface Contract {
  id: string;
  reference: string;
  organisationId: string;
  title: string;
  status: 'draft' | 'sent' | 'signed' | 'cancelled';
  currentVersion: number;
  versions: VersionSummary[];
  mentions: { missing: Mention[]; warnings: Mention[] };
}

export interface DocumentClause {
  id: string;
  category: string;
  title: string;
  text: string;
  standard: boolean;
}

/** The contract terms as the API stores them; the editor changes a few fields and sends the rest back. */
export interface Terms {
  kind: 'cession' | 'engagement' | 'co_realisation';
  language: string;
  payment: { dueDaysAfterShow: number; depositBasisPoints: number };
  cancellation: { noticeDays: number; compensationBasisPoints: number };
  radius: { metres: number; daysBefore: number; daysAfter: number } | null;
  insurance: { organiserLiability: boolean; producerEquipment: boolean };
  libraryClauses: string[];
  customClauses: { title: string; text: string }[];
  [other: string]: unknown;
}

export interface VersionDetail extends VersionSummary {
  terms: Terms;
  clauses: DocumentClause[];
}

export interface LibraryClause {
  id: string;
  category: string;
  kinds: 'all' | Terms['kind'][];
  title: Record<string, string>;
  text: Record<string, string>;
}

export type ValidationReason =
  | 'fee_above_threshold'
  | 'non_standard_clause'
  | 'first_contract_artist'
  | 'first_contract_venue';

export interface Preview {
  clauses: DocumentClause[];
  mentions: { missing: Mention[]; warnings: Mention[] };
  validations: ValidationReason[];
}

export interface Diff {
  identical: boolean;
  clauses: {
    kind: 'added' | 'removed' | 'modified';
    id: string;
    title: string;
    words?: { value: string; added: boolean; removed: boolean }[];
  }[];
  patch: string;
}

const base = (orgId: string, contractId: string) =>
  `/api/v1/organisations/${encodeURIComponent(orgId)}/contracts/${encodeURIComponent(contractId)}`;

export const contractsApi = {
  contract: (orgId: string, id: string) => apiJson<Contract>(base(orgId, id)),
  version: (orgId: string, id: string, version: number) =>
    apiJson<VersionDetail>(`${base(orgId, id)}/versions/${version}`),
  diff: (orgId: string, id: string, from: number, to: number) =>
    apiJson<Diff>(`${base(orgId, id)}/diff?from=${from}&to=${to}`),
  library: (orgId: string, kind: Terms['kind']) =>
    apiJson<LibraryClause[]>(
      `/api/v1/organisations/${encodeURIComponent(orgId)}/contracts/clauses?kind=${encodeURIComponent(kind)}`,
    ),
  preview: (orgId: string, id: string, terms: Terms) =>
    apiJson<Preview>(`${base(orgId, id)}/preview`, { method: 'POST', body: { terms } }),
  saveVersion: (orgId: string, id: string, terms: Terms) =>
    apiJson<Contract>(`${base(orgId, id)}/versions`, { method: 'POST', body: { terms } }),
};
