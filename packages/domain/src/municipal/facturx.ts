import {
  computeInvoiceTotals,
  type Invoice,
  type InvoiceParty,
  type InvoiceTotals,
  validateInvoice,
} from './invoice.ts';
import type { ValidationFailure } from './text.ts';

/** Factur-X / ZUGFeRD profile EN 16931 ("Comfort"): the profile French public buyers accept. */
export const FACTURX_EN16931_GUIDELINE = 'urn:cen.eu:en16931:2017';
/** Chorus Pro "cadre de facturation" A1: supplier invoice deposit. */
export const CHORUS_PRO_BUSINESS_PROCESS = 'A1';

const NS = {
  rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  qdt: 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Cents as "1234.50": string arithmetic, never floats. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${(abs % 100).toString().padStart(2, '0')}`;
}

const percent = (bp: number) => centsToDecimal(bp);
const day102 = (day: string) =>
  `<udt:DateTimeString format="102">${day.replaceAll('-', '')}</udt:DateTimeString>`;
const text = (tag: string, value: string | undefined) =>
  value === undefined || value === '' ? '' : `<ram:${tag}>${escapeXml(value)}</ram:${tag}>`;

function party(tag: string, p: InvoiceParty): string {
  const a = p.address;
  return [
    `<ram:${tag}>`,
    text('Name', p.name),
    // ISO 6523 ICD 0009 = SIRET, the identifier Chorus Pro routes on.
    p.siret
      ? `<ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">${p.siret}</ram:ID></ram:SpecifiedLegalOrganization>`
      : '',
    '<ram:PostalTradeAddress>',
    text('PostcodeCode', a.postcode),
    text('LineOne', a.line1),
    text('LineTwo', a.line2),
    text('CityName', a.city),
    `<ram:CountryID>${escapeXml(a.countryCode)}</ram:CountryID>`,
    '</ram:PostalTradeAddress>',
    p.email
      ? `<ram:URIUniversalCommunication><ram:URIID schemeID="EM">${escapeXml(p.email)}</ram:URIID></ram:URIUniversalCommunication>`
      : '',
    p.vatId
      ? `<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">${escapeXml(p.vatId)}</ram:ID></ram:SpecifiedTaxRegistration>`
      : '',
    `</ram:${tag}>`,
  ].join('');
}

function tradeTax(
  category: 'S' | 'E',
  rateBp: number,
  exemptionReason?: string,
  amounts?: { basis: number; tax: number },
) {
  return [
    '<ram:ApplicableTradeTax>',
    amounts ? `<ram:CalculatedAmount>${centsToDecimal(amounts.tax)}</ram:CalculatedAmount>` : '',
    '<ram:TypeCode>VAT</ram:TypeCode>',
    amounts && exemptionReason ? text('ExemptionReason', exemptionReason) : '',
    amounts ? `<ram:BasisAmount>${centsToDecimal(amounts.basis)}</ram:BasisAmount>` : '',
    `<ram:CategoryCode>${category}</ram:CategoryCode>`,
    `<ram:RateApplicablePercent>${percent(category === 'S' ? rateBp : 0)}</ram:RateApplicablePercent>`,
    '</ram:ApplicableTradeTax>',
  ].join('');
}

/** French invoices must state late-payment penalties and the 40 € recovery indemnity (C. com. L441-9). */
const LEGAL_NOTES: readonly { code: string; content: string }[] = [
  {
    code: 'PMD',
    content:
      'Pénalités de retard : intérêts moratoires au taux de la BCE majoré de 8 points (CCP R2192-31), dus de plein droit.',
  },
  {
    code: 'PMT',
    content: 'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.',
  },
];

export function renderFacturXXml(invoice: Invoice, totals: InvoiceTotals): string {
  const notes = [...(invoice.notes ?? []).map((content) => ({ code: '', content })), ...LEGAL_NOTES];
  const lines = invoice.lines.map((line, i) =>
    [
      '<ram:IncludedSupplyChainTradeLineItem>',
      `<ram:AssociatedDocumentLineDocument><ram:LineID>${i + 1}</ram:LineID></ram:AssociatedDocumentLineDocument>`,
      `<ram:SpecifiedTradeProduct>${text('Name', line.description)}</ram:SpecifiedTradeProduct>`,
      `<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>${centsToDecimal(line.unitPriceExclVatCents)}</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>`,
      // C62 = "one" (unit), UN/ECE Recommendation 20.
      `<ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">${line.quantity}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>`,
      '<ram:SpecifiedLineTradeSettlement>',
      line.vat.category === 'S' ? tradeTax('S', line.vat.rateBasisPoints) : tradeTax('E', 0),
      `<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${centsToDecimal(totals.lineNetCents[i] ?? 0)}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>`,
      '</ram:SpecifiedLineTradeSettlement>',
      '</ram:IncludedSupplyChainTradeLineItem>',
    ].join(''),
  );
  const ref = (tag: string, id: string | undefined) =>
    id ? `<ram:${tag}><ram:IssuerAssignedID>${escapeXml(id)}</ram:IssuerAssignedID></ram:${tag}>` : '';
  const money = (tag: string, cents: number, currency = false) =>
    `<ram:${tag}${currency ? ` currencyID="${invoice.currency}"` : ''}>${centsToDecimal(cents)}</ram:${tag}>`;

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rsm:CrossIndustryInvoice xmlns:rsm="${NS.rsm}" xmlns:qdt="${NS.qdt}" xmlns:ram="${NS.ram}" xmlns:udt="${NS.udt}">`,
    '<rsm:ExchangedDocumentContext>',
    `<ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>${CHORUS_PRO_BUSINESS_PROCESS}</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>`,
    `<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>${FACTURX_EN16931_GUIDELINE}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>`,
    '</rsm:ExchangedDocumentContext>',
    '<rsm:ExchangedDocument>',
    text('ID', invoice.number),
    '<ram:TypeCode>380</ram:TypeCode>',
    `<ram:IssueDateTime>${day102(invoice.issueDate)}</ram:IssueDateTime>`,
    ...notes.map(
      (n) =>
        `<ram:IncludedNote>${text('Content', n.content)}${text('SubjectCode', n.code)}</ram:IncludedNote>`,
    ),
    '</rsm:ExchangedDocument>',
    '<rsm:SupplyChainTradeTransaction>',
    ...lines,
    '<ram:ApplicableHeaderTradeAgreement>',
    text('BuyerReference', invoice.buyerReference),
    party('SellerTradeParty', invoice.seller),
    party('BuyerTradeParty', invoice.buyer),
    ref('BuyerOrderReferencedDocument', invoice.engagementNumber),
    ref('ContractReferencedDocument', invoice.contractReference),
    '</ram:ApplicableHeaderTradeAgreement>',
    '<ram:ApplicableHeaderTradeDelivery>',
    invoice.deliveryDate
      ? `<ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime>${day102(invoice.deliveryDate)}</ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent>`
      : '',
    '</ram:ApplicableHeaderTradeDelivery>',
    '<ram:ApplicableHeaderTradeSettlement>',
    text('PaymentReference', invoice.number),
    `<ram:InvoiceCurrencyCode>${invoice.currency}</ram:InvoiceCurrencyCode>`,
    // 58 = SEPA credit transfer; 30 = credit transfer when no IBAN is given.
    invoice.iban
      ? `<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>${escapeXml(invoice.iban)}</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>`
      : '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>30</ram:TypeCode></ram:SpecifiedTradeSettlementPaymentMeans>',
    ...totals.vatBreakdown.map((row) =>
      tradeTax(row.category, row.rateBasisPoints, row.exemptionReason, {
        basis: row.basisCents,
        tax: row.taxCents,
      }),
    ),
    '<ram:SpecifiedTradePaymentTerms>',
    text('Description', invoice.paymentTerms),
    `<ram:DueDateDateTime>${day102(invoice.dueDate)}</ram:DueDateDateTime>`,
    '</ram:SpecifiedTradePaymentTerms>',
    '<ram:SpecifiedTradeSettlementHeaderMonetarySummation>',
    money('LineTotalAmount', totals.lineTotalCents),
    money('TaxBasisTotalAmount', totals.taxBasisTotalCents),
    money('TaxTotalAmount', totals.taxTotalCents, true),
    money('GrandTotalAmount', totals.grandTotalCents),
    money('DuePayableAmount', totals.duePayableCents),
    '</ram:SpecifiedTradeSettlementHeaderMonetarySummation>',
    '</ram:ApplicableHeaderTradeSettlement>',
    '</rsm:SupplyChainTradeTransaction>',
    '</rsm:CrossIndustryInvoice>',
  ].join('\n');
}

export type FacturXOutcome =
  | { readonly kind: 'ok'; readonly xml: string; readonly totals: InvoiceTotals }
  | ValidationFailure;

/** Validates the invoice, computes its totals and renders the CII XML to embed in the PDF/A-3. */
export function buildFacturX(invoice: Invoice): FacturXOutcome {
  const issues = validateInvoice(invoice);
  if (issues.length > 0) return { kind: 'validation_error', issues };
  const totals = computeInvoiceTotals(invoice.lines);
  return { kind: 'ok', xml: renderFacturXXml(invoice, totals), totals };
}
