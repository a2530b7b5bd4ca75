import { type Db, municipalInvoices, municipalPurchaseOrders, municipalQuotes } from '@flowstage/db';
import { buildFacturX, type Invoice, nextInvoiceNumber, paymentDeadline } from '@flowstage/domain/municipal';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../errors.ts';
import { archiveDocument } from './archive.ts';
import { nextSequence } from './counters.ts';
import { organisationCard } from './directory.ts';
import { findEvent } from './event-repository.ts';
import { domainValidation } from './inputs.ts';
import { invoicePdf } from './invoice-pdf.ts';
import type { issueInvoiceBody } from './order.schema.ts';
import { type Billing, findOrder } from './order-repository.ts';

const INVOICE_PREFIX = 'FAC';
/** Under the VAT franchise (no VAT charged), the invoice must say so (CGI 293 B). */
const FRANCHISE_MENTION = 'TVA non applicable, art. 293 B du CGI';

/**
 * The company invoices a purchase order whose service is certified done. Number, Factur-X PDF,
 * archive copy and the order's status change are one transaction: the sequence has no gaps.
 */
export async function issueInvoice(
  db: Db,
  companyId: string,
  orderId: string,
  input: z.output<typeof issueInvoiceBody>,
  today: string,
) {
  const order = await findOrder(db, companyId, orderId, 'supplier');
  if (order.status === 'issued') {
    throw new AppError('SERVICE_NOT_DONE', 'order not marked service done', {
      detail: `Le service fait n’est pas constaté sur le bon de commande ${order.number} : facturation impossible.`,
    });
  }
  if (order.status !== 'service_done') {
    throw new AppError('CONFLICT', `order is ${order.status}`, {
      detail: 'Ce bon de commande est déjà facturé.',
    });
  }
  const issueDate = input.issueDate ?? today;
  if (order.serviceDoneOn && issueDate < order.serviceDoneOn) {
    throw new AppError('VALIDATION_FAILED', 'invoice before service', {
      detail: `La facture ne peut précéder le service fait (${order.serviceDoneOn}).`,
      errors: [{ path: 'issueDate', message: 'before service done' }],
    });
  }
  // Deposited through the platform, the invoice is received the day it is issued.
  const deadline = paymentDeadline(issueDate, 'local_authority');
  if (deadline.kind === 'validation_error') throw domainValidation(deadline);
  if (deadline.kind === 'no_rule_in_force') {
    throw new AppError('NO_RULE_IN_FORCE', 'no payment delay', { detail: deadline.explanation.fr });
  }
  const [quote] = await db.select().from(municipalQuotes).where(eq(municipalQuotes.id, order.quoteId));
  const event = await findEvent(db, order.eventId);
  const company = await organisationCard(db, companyId);
  const commune = await organisationCard(db, order.organisationId);
  // Written from the validated billing body of the order.
  const billing = order.billing as Billing;
  const year = Number(issueDate.slice(0, 4));

  return db.transaction(async (tx) => {
    const seq = await nextSequence(tx, companyId, 'invoice', year);
    const number = nextInvoiceNumber(INVOICE_PREFIX, year, seq - 1);
    const s = input.seller;
    const invoice: Invoice = {
      number,
      issueDate,
      currency: 'EUR',
      seller: {
        name: company.name,
        siret: s.siret,
        ...(s.vatId ? { vatId: s.vatId } : {}),
        address: { line1: s.addressLine1, postcode: s.postcode, city: s.city, countryCode: 'FR' },
        ...(s.email ? { email: s.email } : {}),
      },
      buyer: {
        name: commune.name,
        siret: billing.siret,
        address: {
          line1: billing.addressLine1,
          postcode: billing.postcode,
          city: billing.city,
          countryCode: 'FR',
        },
      },
      lines: [
        {
          description: `${quote?.showTitle ?? 'Prestation artistique'} — ${event?.title ?? ''} (${event?.startDate ?? ''})`,
          quantity: 1,
          unitPriceExclVatCents: order.amountExclVatCents,
          vat:
            order.vatRateBasisPoints > 0
              ? { category: 'S', rateBasisPoints: order.vatRateBasisPoints }
              : { category: 'E', exemptionReason: FRANCHISE_MENTION },
        },
      ],
      dueDate: deadline.dueDate,
      paymentTerms: `Paiement à ${deadline.delayDays} jours à compter de la réception (${deadline.rule.source}).`,
      ...(billing.serviceCode ? { buyerReference: billing.serviceCode } : {}),
      engagementNumber: order.number,
      contractReference: order.number,
      ...(order.serviceDoneOn ? { deliveryDate: order.serviceDoneOn } : {}),
      ...(s.iban ? { iban: s.iban } : {}),
      notes: [`Contrat de cession du droit d’exploitation du spectacle — bon de commande ${order.number}.`],
    };
    const built = buildFacturX(invoice);
    if (built.kind === 'validation_error')
      throw domainValidation(built, 'Facture incomplète : mentions obligatoires manquantes.');
    const totals = {
      excl: built.totals.taxBasisTotalCents,
      tax: built.totals.taxTotalCents,
      incl: built.totals.grandTotalCents,
    };
    const pdf = await invoicePdf(invoice, totals, built.xml);
    const archived = await archiveDocument(tx, {
      organisationId: order.organisationId,
      kind: 'invoice',
      year,
      eventId: order.eventId,
      companyOrganisationId: companyId,
      reference: number,
      fileName: `${number}.pdf`,
      contentType: 'application/pdf',
      content: pdf,
      createdOn: issueDate,
    });
    const [row] = await tx
      .insert(municipalInvoices)
      .values({
        purchaseOrderId: order.id,
        issuerOrganisationId: companyId,
        buyerOrganisationId: order.organisationId,
        number,
        issueDate,
        receivedOn: issueDate,
        dueDate: deadline.dueDate,
        totalExclVatCents: totals.excl,
        taxCents: totals.tax,
        totalInclVatCents: totals.incl,
        xml: built.xml,
        pdfArchiveId: archived.id,
      })
      .returning();
    if (!row) throw new Error('invoice insert returned no row');
    await tx
      .update(municipalPurchaseOrders)
      .set({ status: 'invoiced' })
      .where(
        and(eq(municipalPurchaseOrders.id, order.id), eq(municipalPurchaseOrders.status, 'service_done')),
      );
    return row;
  });
}
