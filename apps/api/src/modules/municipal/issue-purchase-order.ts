import { type Db, municipalPurchaseOrders, municipalQuotes } from '@flowstage/db';
import {
  checkPurchaseOrder,
  formatEuros,
  isValidSiret,
  nextInvoiceNumber,
} from '@flowstage/domain/municipal';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import { archiveDocument } from './archive.ts';
import { inclVat } from './compare-quotes.ts';
import { nextSequence } from './counters.ts';
import { organisationCard } from './directory.ts';
import { type EventRow, setEventStatus } from './event-repository.ts';
import { domainValidation } from './inputs.ts';
import type { issueOrderBody, serviceDoneBody } from './order.schema.ts';
import { budgetLineOf, findOrder, presentOrder } from './order-repository.ts';
import { PdfWriter } from './pdf-writer.ts';

/** Prefix of purchase order numbers: BC-2026-000001 (bon de commande). */
const ORDER_PREFIX = 'BC';

async function orderPdf(args: {
  number: string;
  issueDate: string;
  communeName: string;
  companyName: string;
  event: EventRow;
  showTitle: string;
  order: typeof municipalPurchaseOrders.$inferInsert;
}): Promise<Uint8Array> {
  const { order } = args;
  const pdf = await PdfWriter.create(
    `Bon de commande ${args.number}`,
    new Date(`${args.issueDate}T12:00:00Z`),
  );
  pdf.text(args.communeName, { bold: true, size: 11 });
  pdf.text(`Bon de commande n° ${args.number}`, { bold: true, size: 16, gap: 8 });
  pdf.row('Date', args.issueDate);
  pdf.row('Titulaire', args.companyName);
  pdf.row(
    'Objet',
    `${args.showTitle} — ${args.event.title}, ${args.event.placeName}, du ${args.event.startDate} au ${args.event.endDate}`,
  );
  pdf.row('Montant HT', formatEuros(order.amountExclVatCents).fr);
  pdf.row('TVA', `${(order.vatRateBasisPoints / 100).toFixed(2).replace('.', ',')} %`);
  pdf.row('Montant TTC', formatEuros(order.amountInclVatCents).fr);
  pdf.row('Imputation (M57)', `chapitre ${order.imputationChapter}, article ${order.imputationArticle}`);
  const billing = order.billing as {
    siret: string;
    addressLine1: string;
    postcode: string;
    city: string;
    serviceCode?: string;
  };
  pdf.heading('Facturation');
  pdf.text(
    `Factures à déposer sur Chorus Pro — SIRET ${billing.siret}${billing.serviceCode ? `, code service ${billing.serviceCode}` : ''}, en rappelant le numéro d’engagement ${args.number}.`,
  );
  pdf.text(`${billing.addressLine1}, ${billing.postcode} ${billing.city}`);
  pdf.text(
    'Paiement à 30 jours à compter de la réception de la facture (CCP R2192-10), après constatation du service fait.',
  );
  pdf.heading('Signature');
  pdf.text(`${order.signatoryName}, ${order.signatoryCapacity}`);
  return pdf.save();
}

/**
 * Turns the selected quote into a numbered, signed purchase order. The budget check, the number
 * and the archived PDF are one transaction: a refused or failed order consumes no number.
 */
export async function issuePurchaseOrder(
  db: Db,
  event: EventRow,
  userId: string,
  input: z.output<typeof issueOrderBody>,
  today: string,
) {
  if (!isValidSiret(input.billing.siret)) {
    throw new AppError('VALIDATION_FAILED', 'billing siret', {
      detail: 'SIRET de facturation invalide (clé de contrôle).',
      errors: [{ path: 'billing.siret', message: 'invalid SIRET' }],
    });
  }
  const issueDate = input.issueDate ?? today;
  const year = Number(issueDate.slice(0, 4));
  const imputation = input.imputation ?? {
    chapter: event.imputationChapter,
    article: event.imputationArticle,
  };
  return db.transaction(async (tx) => {
    const [quote] = await tx
      .select()
      .from(municipalQuotes)
      .where(and(eq(municipalQuotes.id, input.quoteId), eq(municipalQuotes.eventId, event.id)));
    if (!quote) throw notFound('Quote');
    if (quote.status !== 'selected') {
      throw new AppError('CONFLICT', 'quote not selected', {
        detail: 'Retenir cette offre avant d’émettre le bon de commande.',
      });
    }
    const amountIncl = inclVat(quote);
    const check = checkPurchaseOrder({
      line: await budgetLineOf(tx, event),
      amountCents: amountIncl,
      year,
      imputation,
      ...(input.override
        ? { override: { userId, role: input.override.role, reason: input.override.reason } }
        : {}),
    });
    if (check.kind === 'validation_error') throw domainValidation(check);
    if (check.kind === 'over_budget') {
      throw new AppError('BUDGET_OVERRUN', `over budget by ${check.shortfallCents}`, {
        detail: check.message.fr,
        extensions: {
          shortfallCents: check.shortfallCents,
          authorisedRoles: check.authorisedRoles,
          overrideRefused: check.overrideRefused,
        },
      });
    }
    const seq = await nextSequence(tx, event.organisationId, 'purchase_order', year);
    const number = nextInvoiceNumber(ORDER_PREFIX, year, seq - 1);
    const values = {
      organisationId: event.organisationId,
      eventId: event.id,
      quoteId: quote.id,
      companyOrganisationId: quote.companyOrganisationId,
      number,
      issueDate,
      year,
      amountExclVatCents: quote.amountExclVatCents,
      vatRateBasisPoints: quote.vatRateBasisPoints,
      amountInclVatCents: amountIncl,
      imputationChapter: imputation.chapter,
      imputationArticle: imputation.article,
      billing: input.billing,
      signedBy: userId,
      signatoryName: input.signatory.name,
      signatoryCapacity: input.signatory.capacity,
      budgetOverride: check.override ? { ...check.override } : null,
    } satisfies typeof municipalPurchaseOrders.$inferInsert;
    const [row] = await tx.insert(municipalPurchaseOrders).values(values).returning();
    if (!row) throw new Error('purchase order insert returned no row');
    const commune = await organisationCard(tx, event.organisationId);
    const pdf = await orderPdf({
      number,
      issueDate,
      communeName: commune.name,
      companyName: quote.companyName,
      event,
      showTitle: quote.showTitle,
      order: values,
    });
    await archiveDocument(tx, {
      organisationId: event.organisationId,
      kind: 'purchase_order',
      year,
      eventId: event.id,
      companyOrganisationId: quote.companyOrganisationId,
      reference: number,
      fileName: `${number}.pdf`,
      contentType: 'application/pdf',
      content: pdf,
      createdOn: issueDate,
    });
    await setEventStatus(tx, event.id, 'contracted');
    return { ...presentOrder(row), budgetMessage: check.message };
  });
}

/** Service fait: the commune certifies the show took place, which opens invoicing. */
export async function markServiceDone(
  db: Db,
  organisationId: string,
  orderId: string,
  input: z.output<typeof serviceDoneBody>,
  event: (eventId: string) => Promise<EventRow>,
  today: string,
) {
  const order = await findOrder(db, organisationId, orderId, 'buyer');
  if (order.status !== 'issued') {
    throw new AppError('CONFLICT', `order is ${order.status}`, {
      detail: 'Le service fait est déjà constaté.',
    });
  }
  const date = input.date ?? today;
  const ev = await event(order.eventId);
  if (date < ev.startDate) {
    throw new AppError('VALIDATION_FAILED', 'service before show', {
      detail: `Le service ne peut être constaté avant la prestation (${ev.startDate}).`,
      errors: [{ path: 'date', message: 'before the event' }],
    });
  }
  if (date > today) {
    throw new AppError('VALIDATION_FAILED', 'service in the future', {
      detail: 'Le service fait ne peut être daté dans le futur.',
      errors: [{ path: 'date', message: 'in the future' }],
    });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(municipalPurchaseOrders)
      .set({ status: 'service_done', serviceDoneOn: date })
      .where(and(eq(municipalPurchaseOrders.id, orderId), eq(municipalPurchaseOrders.status, 'issued')))
      .returning();
    if (!row)
      throw new AppError('CONFLICT', 'concurrent update', {
        detail: 'Le bon de commande a changé entre-temps.',
      });
    await setEventStatus(tx, row.eventId, 'completed');
    return presentOrder(row);
  });
}
