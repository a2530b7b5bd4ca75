import { formatEuros, type Invoice } from '@flowstage/domain/municipal';
import { makeFacturX } from './facturx-pdf.ts';
import { PdfWriter } from './pdf-writer.ts';

/** The human-readable invoice with every mandatory mention, turned into Factur-X around `xml`. */
export async function invoicePdf(
  invoice: Invoice,
  totals: { excl: number; tax: number; incl: number },
  xml: string,
) {
  const created = new Date(`${invoice.issueDate}T12:00:00Z`);
  const title = `Facture ${invoice.number}`;
  const pdf = await PdfWriter.create(title, created);
  const s = invoice.seller;
  const b = invoice.buyer;
  pdf.text(s.name, { bold: true, size: 12 });
  pdf.text(`${s.address.line1}, ${s.address.postcode} ${s.address.city}`);
  pdf.text(`SIRET ${s.siret ?? '—'}${s.vatId ? ` — TVA ${s.vatId}` : ''}`, { gap: 10 });
  pdf.text(title, { bold: true, size: 16, gap: 8 });
  pdf.row('Date de facture', invoice.issueDate);
  pdf.row('Date de la prestation', invoice.deliveryDate ?? '—');
  pdf.row('Numéro d’engagement (bon de commande)', invoice.engagementNumber ?? '—');
  if (invoice.buyerReference) pdf.row('Code service', invoice.buyerReference);
  pdf.heading('Client');
  pdf.text(b.name);
  pdf.text(`${b.address.line1}, ${b.address.postcode} ${b.address.city} — SIRET ${b.siret ?? '—'}`);
  pdf.heading('Désignation');
  for (const line of invoice.lines) {
    pdf.bullet(`${line.description} — ${line.quantity} × ${formatEuros(line.unitPriceExclVatCents).fr} HT`);
  }
  pdf.heading('Montants');
  pdf.row('Total HT', formatEuros(totals.excl).fr);
  pdf.row('TVA', formatEuros(totals.tax).fr);
  pdf.row('Total TTC', formatEuros(totals.incl).fr);
  pdf.row('Échéance', invoice.dueDate);
  if (invoice.iban) pdf.row('IBAN', invoice.iban);
  pdf.heading('Mentions légales', 11);
  for (const note of invoice.notes ?? []) pdf.text(note, { size: 9 });
  pdf.text(
    'Pénalités de retard : intérêts moratoires au taux de la BCE majoré de 8 points (CCP R2192-31), dus de plein droit, et indemnité forfaitaire pour frais de recouvrement de 40 € (CCP D2192-35).',
    { size: 9 },
  );
  pdf.text('Facture électronique Factur-X (profil EN 16931) : les données structurées font foi.', {
    size: 9,
  });
  return makeFacturX(pdf.doc, xml, title, created);
}
