import { type DbOrTx, municipalInvoices, municipalPurchaseOrders } from '@flowstage/db';
import type { BudgetLine } from '@flowstage/domain/municipal';
import { and, desc, eq, or, sql } from 'drizzle-orm';
import { notFound } from '../../errors.ts';
import type { EventRow } from './event-repository.ts';

export type OrderRow = typeof municipalPurchaseOrders.$inferSelect;

export interface Billing {
  readonly siret: string;
  readonly addressLine1: string;
  readonly postcode: string;
  readonly city: string;
  readonly serviceCode?: string | undefined;
}

export function presentOrder(row: OrderRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    eventId: row.eventId,
    quoteId: row.quoteId,
    companyOrganisationId: row.companyOrganisationId,
    number: row.number,
    issueDate: row.issueDate,
    amountExclVatCents: row.amountExclVatCents,
    vatRateBasisPoints: row.vatRateBasisPoints,
    amountInclVatCents: row.amountInclVatCents,
    imputation: { chapter: row.imputationChapter, article: row.imputationArticle },
    // Written from the validated billing body.
    billing: row.billing as Billing,
    signatoryName: row.signatoryName,
    signatoryCapacity: row.signatoryCapacity,
    budgetOverride: row.budgetOverride as { role: string; reason: string; userId: string } | null,
    status: row.status,
    serviceDoneOn: row.serviceDoneOn,
  };
}

/** A purchase order seen by its commune (side 'buyer') or by the company it is addressed to. */
export async function findOrder(
  db: DbOrTx,
  organisationId: string,
  orderId: string,
  side: 'buyer' | 'supplier',
) {
  const owner =
    side === 'buyer'
      ? eq(municipalPurchaseOrders.organisationId, organisationId)
      : eq(municipalPurchaseOrders.companyOrganisationId, organisationId);
  const [row] = await db
    .select()
    .from(municipalPurchaseOrders)
    .where(and(eq(municipalPurchaseOrders.id, orderId), owner));
  if (!row) throw notFound('Purchase order');
  return row;
}

export function listOrders(db: DbOrTx, organisationId: string) {
  return db
    .select()
    .from(municipalPurchaseOrders)
    .where(
      or(
        eq(municipalPurchaseOrders.organisationId, organisationId),
        eq(municipalPurchaseOrders.companyOrganisationId, organisationId),
      ),
    )
    .orderBy(desc(municipalPurchaseOrders.createdAt));
}

/** The event's budget line: allocation, and what its purchase orders committed, invoiced, paid (TTC). */
export async function budgetLineOf(db: DbOrTx, event: EventRow): Promise<BudgetLine> {
  const [row] = await db
    .select({
      committed: sql<string>`coalesce(sum(${municipalPurchaseOrders.amountInclVatCents}), 0)`,
      invoiced: sql<string>`coalesce(sum(${municipalInvoices.totalInclVatCents}), 0)`,
      paid: sql<string>`coalesce(sum(${municipalInvoices.totalInclVatCents}) filter (where ${municipalInvoices.paidOn} is not null), 0)`,
    })
    .from(municipalPurchaseOrders)
    .leftJoin(municipalInvoices, eq(municipalInvoices.purchaseOrderId, municipalPurchaseOrders.id))
    .where(eq(municipalPurchaseOrders.eventId, event.id));
  return {
    id: event.id,
    year: event.budgetYear,
    eventId: event.id,
    label: event.title,
    imputation: { chapter: event.imputationChapter, article: event.imputationArticle },
    allocatedCents: event.budgetAllocatedCents,
    committedCents: Number(row?.committed ?? 0),
    invoicedCents: Number(row?.invoiced ?? 0),
    paidCents: Number(row?.paid ?? 0),
  };
}
