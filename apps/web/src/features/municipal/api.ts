import { apiJson, refreshSession } from '../../app/api/client.ts';
import { apiErrorFromResponse } from '../../app/api/problem.ts';
import { sessionStore } from '../../app/auth/session-store.ts';

export interface Bilingual {
  fr: string;
  en: string;
}

export type EventKind = 'festival' | 'fete_locale' | 'marche' | 'inauguration' | 'commemoration' | 'other';
export type PlaceType = 'place-publique' | 'parc' | 'rue' | 'salle';
export type EventStatus = 'planning' | 'published' | 'contracted' | 'completed';
export type OrderStatus = 'issued' | 'service_done' | 'invoiced' | 'paid';
export type QuoteStatus = 'submitted' | 'selected' | 'rejected';
export type PaymentStatus = 'not_due' | 'due_soon' | 'due_today' | 'overdue' | 'paid' | 'unknown';

export interface MunicipalEvent {
  id: string;
  title: string;
  kind: EventKind;
  status: EventStatus;
  startDate: string;
  endDate: string;
  placeType: PlaceType;
  placeName: string;
  address: string;
  expectedAudience: number;
  need: string;
  responseDeadline: string | null;
  budgetAllocatedCents: number;
  imputationChapter: string;
  imputationArticle: string;
}

export interface Determination {
  id: string;
  amountExclVatCents: number;
  homogeneousTotalBeforeCents: number;
  determination: {
    procedure: string;
    label: Bilingual;
    publicity: { required: boolean; description: Bilingual };
    rulesApplied: {
      id: string;
      source: string;
      validFrom: string;
      validTo: string | null;
      thresholdCents: number | null;
    }[];
    warnings: { code: string; message: Bilingual }[];
    explanation: Bilingual;
    artisticExceptionOffer: { source: string; requirement: Bilingual } | null;
  };
}

export interface ComparedQuote {
  id: string;
  companyName: string;
  profileSource: 'catalogue' | 'quote';
  showTitle: string;
  performanceType: string;
  amountExclVatCents: number;
  amountInclVatCents: number;
  status: QuoteStatus;
  distanceMetres: number | null;
  local: boolean;
  score: {
    kind: 'scored' | 'excluded';
    total: number | null;
    lines: { criterion: string; points: number; weight: number; explanation: string }[];
    reasons: string[];
  } | null;
}

export interface Order {
  id: string;
  eventId: string;
  number: string;
  issueDate: string;
  amountExclVatCents: number;
  amountInclVatCents: number;
  status: OrderStatus;
  serviceDoneOn: string | null;
  imputation: { chapter: string; article: string };
  communeName?: string;
  eventTitle?: string;
  eventStartDate?: string;
}

export interface InvoiceView {
  id: string;
  purchaseOrderId: string;
  number: string;
  issuerOrganisationId: string;
  issuerName: string;
  buyerOrganisationId: string;
  buyerName: string;
  issueDate: string;
  receivedOn: string;
  dueDate: string;
  totalExclVatCents: number;
  totalInclVatCents: number;
  paidOn: string | null;
  lateInterestCents: number | null;
  payment: {
    status: PaymentStatus;
    daysRemaining: number | null;
    nextAlert: string | null;
    alerts: { date: string; daysBefore: number }[];
    lateIfPaidToday: LateInterest | null;
  };
}

export interface LateInterest {
  kind: 'late' | 'on_time';
  dueDate: string;
  daysLate: number;
  annualRateBasisPoints: number | null;
  ecbRate: { basisPoints: number; validFrom: string; source: string; provisional: boolean } | null;
  interestCents: number;
  indemnityCents: number;
  totalCents: number;
  explanation: Bilingual;
}

export interface Opportunity {
  eventId: string;
  title: string;
  communeName: string;
  startDate: string;
  endDate: string;
  placeName: string;
  expectedAudience: number;
  need: string;
  responseDeadline: string;
  distanceMetres: number | null;
  local: boolean;
  myQuoteStatus: QuoteStatus | null;
}

export type ArchiveKind = 'contract' | 'purchase_order' | 'invoice' | 'cahier_des_charges';

export interface ArchivedDocument {
  id: string;
  kind: ArchiveKind;
  year: number;
  eventId: string | null;
  eventTitle: string | null;
  companyOrganisationId: string | null;
  companyName: string | null;
  reference: string;
  fileName: string;
  sha256: string;
  retainUntil: string;
  createdAt: string;
}

export type ArchiveFilter = {
  year: string;
  eventId: string;
  companyId: string;
  kind: string;
};

export type DeclarationExport = 'guso' | 'sacem-sacd' | 'cnm';

export type DeclarationOptions = {
  genre: string;
  contractType: 'cession' | 'engagement';
  music: boolean;
  drama: boolean;
};

export interface DeclarationLine {
  body: 'GUSO' | 'LICENCE' | 'CNM' | 'SACEM' | 'SACD';
  applies: boolean;
  amountCents: number | null;
  dueBy: string | null;
  unconfirmed: boolean;
  explanation: Bilingual;
}

export interface MunicipalReference {
  orderId: string;
  communeName: string;
  eventTitle: string;
  date: string;
}

export interface DashboardData {
  year: number;
  calendar: {
    id: string;
    title: string;
    kind: EventKind;
    status: EventStatus;
    startDate: string;
    endDate: string;
    placeName: string;
  }[];
  statusCounts: Record<string, number>;
  budget: {
    eventId: string;
    title: string;
    imputation: { chapter: string; article: string };
    allocatedCents: number;
    committedCents: number;
    invoicedCents: number;
    paidCents: number;
    availableCents: number;
  }[];
  totals: { allocatedCents: number; committedCents: number; invoicedCents: number; paidCents: number };
  contractedCompanies: {
    id: string;
    number: string;
    companyName: string;
    amountInclVatCents: number;
    status: OrderStatus;
  }[];
  upcomingPayments: InvoiceView[];
}

const m = (orgId: string, path: string) =>
  `/api/v1/organisations/${encodeURIComponent(orgId)}/municipal${path}`;

/** Query string of the non-empty values only (empty select = no filter). */
function query(values: Record<string, string | boolean>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== '') params.set(k, String(v));
  return params.toString();
}

export const declarationQuery = (options: DeclarationOptions, extra: Record<string, string> = {}) =>
  query({ ...options, ...extra });

export const municipalKeys = {
  all: (orgId: string) => ['organisations', orgId, 'municipal'] as const,
};

export const municipalApi = {
  dashboard: (orgId: string, year: number, status: string) =>
    apiJson<DashboardData>(m(orgId, `/dashboard?year=${year}${status ? `&status=${status}` : ''}`)),
  createEvent: (orgId: string, body: unknown) =>
    apiJson<MunicipalEvent>(m(orgId, '/events'), { method: 'POST', body }),
  event: (orgId: string, id: string) => apiJson<MunicipalEvent>(m(orgId, `/events/${id}`)),
  publish: (orgId: string, id: string, responseDeadline: string) =>
    apiJson<MunicipalEvent>(m(orgId, `/events/${id}/publish`), {
      method: 'POST',
      body: { responseDeadline },
    }),
  conflicts: (orgId: string, id: string) =>
    apiJson<{ conflicts: { code: string; severity: string; reason: Bilingual }[] }>(
      m(orgId, `/events/${id}/conflicts`),
    ),
  determine: (orgId: string, body: unknown) =>
    apiJson<Determination>(m(orgId, '/purchases'), { method: 'POST', body }),
  purchases: (orgId: string, eventId: string) =>
    apiJson<{ items: Determination[] }>(m(orgId, `/purchases?eventId=${eventId}`)),
  quotes: (orgId: string, id: string, locale: string) =>
    apiJson<{ items: ComparedQuote[] }>(
      m(orgId, `/events/${id}/quotes?locale=${locale === 'fr' ? 'fr' : 'en'}`),
    ),
  select: (orgId: string, eventId: string, quoteId: string) =>
    apiJson<unknown>(m(orgId, `/events/${eventId}/quotes/${quoteId}/select`), { method: 'POST' }),
  issueOrder: (orgId: string, eventId: string, body: unknown) =>
    apiJson<Order>(m(orgId, `/events/${eventId}/purchase-orders`), { method: 'POST', body }),
  orders: (orgId: string) => apiJson<{ items: Order[] }>(m(orgId, '/orders')),
  serviceDone: (orgId: string, orderId: string, date?: string) =>
    apiJson<Order>(m(orgId, `/purchase-orders/${orderId}/service-done`), {
      method: 'POST',
      body: date ? { date } : {},
    }),
  invoices: (orgId: string) => apiJson<{ items: InvoiceView[] }>(m(orgId, '/invoices')),
  recordPayment: (orgId: string, invoiceId: string, body: { paidOn: string; amount: string }) =>
    apiJson<LateInterest>(m(orgId, `/invoices/${invoiceId}/payment`), { method: 'POST', body }),
  events: (orgId: string) => apiJson<{ items: MunicipalEvent[] }>(m(orgId, '/events')),
  archive: (orgId: string, filter: ArchiveFilter) =>
    apiJson<{ items: ArchivedDocument[] }>(m(orgId, `/archive?${query(filter)}`)),
  deleteArchived: (orgId: string, id: string) =>
    apiJson<unknown>(m(orgId, `/archive/${id}`), { method: 'DELETE' }),
  declarations: (orgId: string, eventId: string, options: DeclarationOptions) =>
    apiJson<{ lines: DeclarationLine[]; warnings: Bilingual[] }>(
      m(orgId, `/events/${eventId}/declarations?${declarationQuery(options)}`),
    ),
  references: (orgId: string) => apiJson<{ items: MunicipalReference[] }>(m(orgId, '/references')),
  lateInterest: (orgId: string, invoiceId: string, paidOn: string) =>
    apiJson<LateInterest>(m(orgId, `/invoices/${invoiceId}/late-interest?paidOn=${paidOn}`)),
  opportunities: (orgId: string) => apiJson<{ items: Opportunity[] }>(m(orgId, '/opportunities')),
  submitQuote: (orgId: string, eventId: string, body: unknown) =>
    apiJson<{ id: string }>(m(orgId, `/opportunities/${eventId}/quotes`), { method: 'POST', body }),
  issueInvoice: (orgId: string, orderId: string, body: unknown) =>
    apiJson<InvoiceView>(m(orgId, `/orders/${orderId}/invoice`), { method: 'POST', body }),
};

/** Downloads a generated file (PDF, DOCX, XML) with the bearer token, then saves it. */
export async function downloadFile(orgId: string, path: string, fileName: string): Promise<void> {
  const get = () =>
    fetch(m(orgId, path), { headers: { Authorization: `Bearer ${sessionStore.getAccessToken() ?? ''}` } });
  let res = await get();
  if (res.status === 401 && (await refreshSession())) res = await get();
  if (!res.ok) throw await apiErrorFromResponse(res);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}
