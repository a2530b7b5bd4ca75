import {
  type Db,
  type DbOrTx,
  type MunicipalEventKind,
  type MunicipalEventStatus,
  municipalPurchaseOrders,
  municipalQuotes,
} from '@flowstage/db';
import { budgetLineStatus } from '@flowstage/domain/municipal';
import { eq } from 'drizzle-orm';
import type { DashboardContributor } from '../dashboard/index.ts';
import { listOwnEvents } from './event-repository.ts';
import { budgetLineOf } from './order-repository.ts';
import { listInvoices } from './payments.ts';

export interface DashboardFilter {
  readonly year: number;
  readonly status?: MunicipalEventStatus | undefined;
  readonly kind?: MunicipalEventKind | undefined;
}

/** FR-014: calendar, budget by event (allocated / committed / invoiced / paid), companies, payments due. */
export async function municipalDashboard(
  db: DbOrTx,
  organisationId: string,
  filter: DashboardFilter,
  today: string,
) {
  const events = (
    await listOwnEvents(db, organisationId, { year: filter.year, status: filter.status })
  ).filter((e) => !filter.kind || e.kind === filter.kind);
  const budget = await Promise.all(
    events.map(async (e) => {
      const line = await budgetLineOf(db, e);
      const status = budgetLineStatus(line);
      return {
        eventId: e.id,
        title: e.title,
        imputation: line.imputation,
        allocatedCents: line.allocatedCents,
        committedCents: line.committedCents,
        invoicedCents: line.invoicedCents,
        paidCents: line.paidCents,
        availableCents: status.availableCents,
        consumptionBasisPoints: status.consumptionBasisPoints,
        anomalies: status.anomalies,
      };
    }),
  );
  const sum = (k: 'allocatedCents' | 'committedCents' | 'invoicedCents' | 'paidCents') =>
    budget.reduce((a, b) => a + b[k], 0);
  const orders = await db
    .select({
      id: municipalPurchaseOrders.id,
      number: municipalPurchaseOrders.number,
      eventId: municipalPurchaseOrders.eventId,
      companyOrganisationId: municipalPurchaseOrders.companyOrganisationId,
      companyName: municipalQuotes.companyName,
      amountInclVatCents: municipalPurchaseOrders.amountInclVatCents,
      status: municipalPurchaseOrders.status,
      year: municipalPurchaseOrders.year,
    })
    .from(municipalPurchaseOrders)
    .innerJoin(municipalQuotes, eq(municipalQuotes.id, municipalPurchaseOrders.quoteId))
    .where(eq(municipalPurchaseOrders.organisationId, organisationId));
  const eventIds = new Set(events.map((e) => e.id));
  const statusCounts = { planning: 0, published: 0, contracted: 0, completed: 0 };
  for (const e of events) statusCounts[e.status] += 1;
  const invoices = (await listInvoices(db, organisationId, today, true)).filter(
    (i) => i.buyerOrganisationId === organisationId,
  );
  return {
    year: filter.year,
    calendar: events.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      status: e.status,
      startDate: e.startDate,
      endDate: e.endDate,
      placeName: e.placeName,
      placeType: e.placeType,
    })),
    statusCounts,
    budget,
    totals: {
      allocatedCents: sum('allocatedCents'),
      committedCents: sum('committedCents'),
      invoicedCents: sum('invoicedCents'),
      paidCents: sum('paidCents'),
    },
    contractedCompanies: orders.filter((o) => eventIds.has(o.eventId)),
    upcomingPayments: invoices,
  };
}

/** Figures for the generic dashboard of a commune. */
export const municipalDashboardContributor: DashboardContributor = {
  accountTypes: ['municipality'],
  async contribute(db: Db, organisationId: string, today: string) {
    const year = Number(today.slice(0, 4));
    const d = await municipalDashboard(db, organisationId, { year }, today);
    const dueSoon = d.upcomingPayments.filter((i) => i.payment.status !== 'not_due');
    return {
      metrics: [
        { key: 'municipalEvents', value: d.calendar.length },
        { key: 'cultureBudgetCommittedCents', value: d.totals.committedCents },
        { key: 'cultureBudgetPaidCents', value: d.totals.paidCents },
      ],
      upcoming: [
        ...d.calendar
          .filter((e) => e.startDate >= today)
          .slice(0, 5)
          .map((e) => ({ date: e.startDate, title: e.title, kind: 'municipal_event' })),
        ...d.upcomingPayments
          .slice(0, 5)
          .map((i) => ({ date: i.dueDate, title: `${i.number} — ${i.issuerName}`, kind: 'payment_due' })),
      ],
      tasks: dueSoon.length > 0 ? [{ key: 'municipalPaymentsDue', count: dueSoon.length }] : [],
    };
  },
};
