import { type Db, type DbOrTx, municipalInvoices, municipalPurchaseOrders } from '@flowstage/db';
import { latePaymentInterest, paymentAlerts } from '@flowstage/domain/municipal';
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { AppError, notFound } from '../../errors.ts';
import { organisationCards } from './directory.ts';
import { domainValidation } from './inputs.ts';

export type InvoiceRow = typeof municipalInvoices.$inferSelect;

/** An invoice seen by the commune that owes it or the company that issued it. */
export async function findInvoice(db: DbOrTx, organisationId: string, invoiceId: string) {
  const [row] = await db
    .select()
    .from(municipalInvoices)
    .where(
      and(
        eq(municipalInvoices.id, invoiceId),
        or(
          eq(municipalInvoices.buyerOrganisationId, organisationId),
          eq(municipalInvoices.issuerOrganisationId, organisationId),
        ),
      ),
    );
  if (!row) throw notFound('Invoice');
  return row;
}

function paymentView(row: InvoiceRow, today: string) {
  if (row.paidOn) {
    return { status: 'paid' as const, daysRemaining: null, nextAlert: null, alerts: [] };
  }
  const alerts = paymentAlerts({ invoiceReceivedOn: row.receivedOn, buyerType: 'local_authority', today });
  if (alerts.kind !== 'ok')
    return { status: 'unknown' as const, daysRemaining: null, nextAlert: null, alerts: [] };
  return {
    status: alerts.status,
    daysRemaining: alerts.daysRemaining,
    nextAlert: alerts.nextAlert,
    alerts: alerts.alerts,
  };
}

export function presentInvoice(row: InvoiceRow, today: string, names: Map<string, { name: string }>) {
  return {
    id: row.id,
    purchaseOrderId: row.purchaseOrderId,
    number: row.number,
    issuerOrganisationId: row.issuerOrganisationId,
    issuerName: names.get(row.issuerOrganisationId)?.name ?? '',
    buyerOrganisationId: row.buyerOrganisationId,
    buyerName: names.get(row.buyerOrganisationId)?.name ?? '',
    issueDate: row.issueDate,
    receivedOn: row.receivedOn,
    dueDate: row.dueDate,
    totalExclVatCents: row.totalExclVatCents,
    taxCents: row.taxCents,
    totalInclVatCents: row.totalInclVatCents,
    paidOn: row.paidOn,
    lateInterestCents: row.lateInterestCents,
    payment: paymentView(row, today),
  };
}

export async function listInvoices(db: DbOrTx, organisationId: string, today: string, unpaidOnly = false) {
  const mine = or(
    eq(municipalInvoices.buyerOrganisationId, organisationId),
    eq(municipalInvoices.issuerOrganisationId, organisationId),
  );
  const rows = await db
    .select()
    .from(municipalInvoices)
    .where(unpaidOnly ? and(mine, isNull(municipalInvoices.paidOn)) : mine)
    .orderBy(asc(municipalInvoices.dueDate));
  const names = await organisationCards(db, [
    ...new Set(rows.flatMap((r) => [r.issuerOrganisationId, r.buyerOrganisationId])),
  ]);
  return rows.map((r) => presentInvoice(r, today, names));
}

/** What paying on `paidOn` would cost: interest at ECB + 8 points and the 40 € indemnity. */
export function lateInterestFor(row: InvoiceRow, paidOn: string) {
  const outcome = latePaymentInterest({
    invoiceReceivedOn: row.receivedOn,
    buyerType: 'local_authority',
    amountDueInclVatCents: row.totalInclVatCents,
    paidOn,
  });
  if (outcome.kind === 'validation_error') throw domainValidation(outcome);
  if (outcome.kind === 'no_rule_in_force') {
    throw new AppError('NO_RULE_IN_FORCE', `no rule: ${outcome.missing}`, { detail: outcome.explanation.fr });
  }
  if (outcome.kind === 'on_time') {
    return {
      kind: 'on_time' as const,
      dueDate: outcome.dueDate,
      daysLate: 0,
      annualRateBasisPoints: null,
      interestCents: 0,
      indemnityCents: 0,
      totalCents: 0,
      explanation: outcome.explanation,
    };
  }
  return {
    kind: 'late' as const,
    dueDate: outcome.dueDate,
    daysLate: outcome.daysLate,
    annualRateBasisPoints: outcome.annualRateBasisPoints,
    interestCents: outcome.interestCents,
    indemnityCents: outcome.indemnityCents,
    totalCents: outcome.totalCents,
    explanation: outcome.explanation,
  };
}

/** The commune records its payment (mandat paid); late interest owed is computed and kept. */
export async function recordPayment(
  db: Db,
  organisationId: string,
  invoiceId: string,
  paidOn: string,
  today: string,
) {
  const row = await findInvoice(db, organisationId, invoiceId);
  if (row.buyerOrganisationId !== organisationId) {
    throw new AppError('FORBIDDEN', 'issuer cannot record the payment', {
      detail: 'Seul l’acheteur enregistre le paiement.',
    });
  }
  if (row.paidOn)
    throw new AppError('CONFLICT', 'already paid', { detail: `Facture déjà payée le ${row.paidOn}.` });
  if (paidOn < row.receivedOn || paidOn > today) {
    throw new AppError('VALIDATION_FAILED', 'payment date', {
      detail: `Date de paiement entre la réception (${row.receivedOn}) et aujourd’hui attendue.`,
      errors: [{ path: 'paidOn', message: 'out of range' }],
    });
  }
  const interest = lateInterestFor(row, paidOn);
  return db.transaction(async (tx) => {
    await tx
      .update(municipalInvoices)
      .set({ paidOn, lateInterestCents: interest.totalCents })
      .where(eq(municipalInvoices.id, invoiceId));
    await tx
      .update(municipalPurchaseOrders)
      .set({ status: 'paid' })
      .where(eq(municipalPurchaseOrders.id, row.purchaseOrderId));
    return interest;
  });
}
