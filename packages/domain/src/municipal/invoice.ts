import { applyBasisPoints } from '../money/index.ts';
import { isIsoDay } from '../reference/day-date.ts';
import { isPlausibleVatId, isValidSiret } from './identifiers.ts';
import type { ValidationIssue } from './text.ts';

export interface PostalAddress {
  readonly line1: string;
  readonly line2?: string;
  readonly postcode: string;
  readonly city: string;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode: string;
}

export interface InvoiceParty {
  readonly name: string;
  /** Required for French parties: Chorus Pro routes on the buyer's SIRET. */
  readonly siret?: string;
  readonly vatId?: string;
  readonly address: PostalAddress;
  readonly email?: string;
}

/** EN 16931 VAT categories we issue: standard-rated, or exempt with its legal reason. */
export type LineVat =
  | { readonly category: 'S'; readonly rateBasisPoints: number }
  | { readonly category: 'E'; readonly exemptionReason: string };

export interface InvoiceLine {
  readonly description: string;
  /** Whole units (performances, hours, days): keeps line totals exact. */
  readonly quantity: number;
  readonly unitPriceExclVatCents: number;
  readonly vat: LineVat;
}

export interface Invoice {
  readonly number: string;
  readonly issueDate: string;
  readonly currency: 'EUR';
  readonly seller: InvoiceParty;
  readonly buyer: InvoiceParty;
  readonly lines: readonly InvoiceLine[];
  readonly dueDate: string;
  readonly paymentTerms?: string;
  /** BT-10: for Chorus Pro, the buyer's service code when it requires one. */
  readonly buyerReference?: string;
  /** BT-13: the public buyer's engagement (commitment) number, required by many town halls. */
  readonly engagementNumber?: string;
  readonly contractReference?: string;
  /** Date of the show (BT-72). */
  readonly deliveryDate?: string;
  readonly iban?: string;
  readonly notes?: readonly string[];
}

export interface VatBreakdownRow {
  readonly category: 'S' | 'E';
  readonly rateBasisPoints: number;
  readonly exemptionReason?: string;
  readonly basisCents: number;
  readonly taxCents: number;
}

export interface InvoiceTotals {
  readonly lineNetCents: readonly number[];
  readonly vatBreakdown: readonly VatBreakdownRow[];
  readonly lineTotalCents: number;
  readonly taxBasisTotalCents: number;
  readonly taxTotalCents: number;
  readonly grandTotalCents: number;
  readonly duePayableCents: number;
}

/**
 * VAT is computed once per rate on the summed basis (EN 16931 BR-CO-17), not per line, so the
 * breakdown and the grand total always agree to the cent.
 */
export function computeInvoiceTotals(lines: readonly InvoiceLine[]): InvoiceTotals {
  const lineNetCents = lines.map((l) => l.quantity * l.unitPriceExclVatCents);
  const groups = new Map<string, { row: Omit<VatBreakdownRow, 'taxCents'>; basis: number }>();
  lines.forEach((line, i) => {
    const rate = line.vat.category === 'S' ? line.vat.rateBasisPoints : 0;
    const key = line.vat.category === 'S' ? `S:${rate}` : `E:${line.vat.exemptionReason}`;
    const group = groups.get(key) ?? {
      row: {
        category: line.vat.category,
        rateBasisPoints: rate,
        ...(line.vat.category === 'E' ? { exemptionReason: line.vat.exemptionReason } : {}),
        basisCents: 0,
      },
      basis: 0,
    };
    group.basis += lineNetCents[i] ?? 0;
    groups.set(key, group);
  });
  const vatBreakdown = [...groups.values()]
    .map(({ row, basis }) => ({
      ...row,
      basisCents: basis,
      taxCents: applyBasisPoints(basis, row.rateBasisPoints),
    }))
    .sort((a, b) => b.rateBasisPoints - a.rateBasisPoints);
  const lineTotalCents = lineNetCents.reduce((a, b) => a + b, 0);
  const taxTotalCents = vatBreakdown.reduce((a, r) => a + r.taxCents, 0);
  const grandTotalCents = lineTotalCents + taxTotalCents;
  return {
    lineNetCents,
    vatBreakdown,
    lineTotalCents,
    taxBasisTotalCents: lineTotalCents,
    taxTotalCents,
    grandTotalCents,
    duePayableCents: grandTotalCents,
  };
}

const issue = (field: string, code: ValidationIssue['code'], fr: string, en: string): ValidationIssue => ({
  field,
  code,
  message: { fr, en },
});

function partyIssues(party: InvoiceParty, role: 'seller' | 'buyer'): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (party.name.trim() === '')
    issues.push(issue(`${role}.name`, 'required', 'Raison sociale requise.', 'Name required.'));
  const a = party.address;
  if (!/^[A-Z]{2}$/.test(a.countryCode)) {
    issues.push(
      issue(`${role}.address.countryCode`, 'required', 'Code pays ISO requis.', 'ISO country code required.'),
    );
  }
  if (a.countryCode === 'FR' && (party.siret === undefined || !isValidSiret(party.siret))) {
    issues.push(
      issue(
        `${role}.siret`,
        'inconsistent',
        'SIRET valide requis (14 chiffres).',
        'Valid SIRET required (14 digits).',
      ),
    );
  }
  if (party.vatId !== undefined && !isPlausibleVatId(party.vatId)) {
    issues.push(issue(`${role}.vatId`, 'inconsistent', 'Numéro de TVA invalide.', 'Invalid VAT number.'));
  }
  return issues;
}

export function validateInvoice(invoice: Invoice): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (invoice.number.trim() === '')
    issues.push(issue('number', 'required', 'Numéro requis.', 'Number required.'));
  for (const field of ['issueDate', 'dueDate', 'deliveryDate'] as const) {
    const value = invoice[field];
    if (value !== undefined && !isIsoDay(value))
      issues.push(issue(field, 'invalid_date', 'Date invalide.', 'Invalid date.'));
  }
  if (isIsoDay(invoice.dueDate) && isIsoDay(invoice.issueDate) && invoice.dueDate < invoice.issueDate) {
    issues.push(
      issue('dueDate', 'inconsistent', 'Échéance antérieure à la facture.', 'Due date before issue date.'),
    );
  }
  issues.push(...partyIssues(invoice.seller, 'seller'), ...partyIssues(invoice.buyer, 'buyer'));
  if (invoice.lines.length === 0)
    issues.push(issue('lines', 'required', 'Au moins une ligne.', 'At least one line.'));
  invoice.lines.forEach((line, i) => {
    if (line.description.trim() === '') {
      issues.push(
        issue(`lines.${i}.description`, 'required', 'Désignation requise.', 'Description required.'),
      );
    }
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      issues.push(
        issue(
          `lines.${i}.quantity`,
          'out_of_range',
          'Quantité entière positive.',
          'Positive whole quantity.',
        ),
      );
    }
    if (!Number.isSafeInteger(line.unitPriceExclVatCents) || line.unitPriceExclVatCents < 0) {
      issues.push(
        issue(`lines.${i}.unitPriceExclVatCents`, 'invalid_amount', 'Prix en centimes.', 'Price in cents.'),
      );
    }
    const vat = line.vat;
    if (vat.category === 'S' && (!Number.isInteger(vat.rateBasisPoints) || vat.rateBasisPoints <= 0)) {
      issues.push(issue(`lines.${i}.vat`, 'out_of_range', 'Taux de TVA positif.', 'Positive VAT rate.'));
    }
    if (vat.category === 'E' && vat.exemptionReason.trim() === '') {
      issues.push(
        issue(`lines.${i}.vat`, 'required', 'Motif d’exonération requis.', 'Exemption reason required.'),
      );
    }
    // BR-S-02: a standard-rated line needs the seller's VAT number.
    if (vat.category === 'S' && invoice.seller.vatId === undefined) {
      issues.push(
        issue(
          'seller.vatId',
          'required',
          'TVA intracommunautaire du vendeur requise.',
          'Seller VAT id required.',
        ),
      );
    }
  });
  return dedupe(issues);
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    if (seen.has(i.field)) return false;
    seen.add(i.field);
    return true;
  });
}
