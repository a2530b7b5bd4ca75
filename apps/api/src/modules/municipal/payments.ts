import { type Db, type DbOrTx, municipalInvoices, municipalPurchaseOrders } from '@flowstage/db';
import { formatEuros, latePaymentInterest, paymentAlerts } from '@flowstage/domain/municipal';
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { AppError, notFound } from '../../errors.ts';
import { organisationCards } from './directory.ts';
import { domainValidation, toCents } from './inputs.ts';

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
    return {
      status: 'paid' as const,
      daysRemaining: null,
      nextAlert: null,
      alerts: [],
      lateIfPaidToday: null,
    };
  }
  const alerts = paymentAlerts({ invoiceReceivedOn: row.receivedOn, buyerType: 'local_authority', today });
  if (alerts.kind !== 'ok') {
    return {
      status: 'unknown' as const,
      daysRemaining: null,
      nextAlert: null,
      alerts: [],
      lateIfPaidToday: null,
    };
  }
  return {
    status: alerts.status,
    daysRemaining: alerts.daysRemaining,
    nextAlert: alerts.nextAlert,
    alerts: alerts.alerts,
    // Once overdue, what is already owed if the mandate were paid today (interest runs daily).
    lateIfPaidToday: alerts.status === 'overdue' ? lateIfPaidOn(row, today) : null,
  };
}

/** A list must not fail on one invoice whose rate is missing from the reference data. */
function lateIfPaidOn(row: InvoiceRow, day: string) {
  try {
    return lateInterestFor(row, day);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NO_RULE_IN_FORCE') return null;
    throw error;
  }
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
      ecbRate: null,
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
    ecbRate: {
      basisPoints: outcome.ecbRateBasisPoints,
      validFrom: outcome.ecbRule.validFrom,
      source: outcome.ecbRule.source,
      // The rate row is not confirmed by an official source yet: the figure may change.
      provisional: outcome.ecbRule.unconfirmed,
    },
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
  payment: { readonly paidOn: string; readonly amount?: string | number | undefined },
  today: string,
) {
  const { paidOn } = payment;
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
  if (payment.amount !== undefined) {
    const cents = toCents(payment.amount, 'amount');
    // One mandate pays the whole invoice: a different figure is a typing error or a partial payment.
    if (cents !== row.totalInclVatCents) {
      throw new AppError('VALIDATION_FAILED', 'payment amount', {
        detail: `Le paiement doit couvrir le total TTC de la facture (${formatEuros(row.totalInclVatCents).fr}) ; paiements partiels non gérés.`,
        errors: [{ path: 'amount', message: 'must equal the invoice total incl. VAT' }],
      });
    }
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
