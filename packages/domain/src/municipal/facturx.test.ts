import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { buildFacturX, centsToDecimal, escapeXml, FACTURX_EN16931_GUIDELINE } from './facturx.ts';
import { computeInvoiceTotals, type Invoice, type InvoiceLine } from './invoice.ts';

const XSD_DIR = new URL('../../test-fixtures/factur-x/', import.meta.url);
const MAIN_XSD = 'Factur-X_EN16931.xsd';
const xsdFiles = readdirSync(XSD_DIR).map((fileName) => ({
  fileName,
  contents: readFileSync(new URL(fileName, XSD_DIR), 'utf8'),
}));

async function validateAgainstXsd(xml: string) {
  const schema = xsdFiles.find((f) => f.fileName === MAIN_XSD)!;
  return validateXML({
    xml: [{ fileName: 'invoice.xml', contents: xml }],
    schema: [schema],
    preload: xsdFiles.filter((f) => f.fileName !== MAIN_XSD),
  });
}

const sampleInvoice: Invoice = {
  number: 'FAC-2026-000123',
  issueDate: '2026-06-22',
  currency: 'EUR',
  seller: {
    name: 'Compagnie Les Échappés & Cie',
    siret: '12345678210001',
    vatId: 'FR11123456782',
    address: { line1: '12 rue des Arts', postcode: '69001', city: 'Lyon', countryCode: 'FR' },
    email: 'compta@echappes.example',
  },
  buyer: {
    name: 'Commune de Villefranche',
    siret: '21690123110002',
    address: {
      line1: 'Place de la Mairie',
      postcode: '69400',
      city: 'Villefranche-sur-Saône',
      countryCode: 'FR',
    },
  },
  lines: [
    {
      description: 'Déambulation « Les Géants » — 2 passages',
      quantity: 2,
      unitPriceExclVatCents: 450_000,
      vat: { category: 'S', rateBasisPoints: 550 },
    },
    {
      description: 'Atelier cirque <enfants>',
      quantity: 3,
      unitPriceExclVatCents: 35_033,
      vat: { category: 'S', rateBasisPoints: 550 },
    },
    {
      description: 'Défraiement transport',
      quantity: 1,
      unitPriceExclVatCents: 64_017,
      vat: { category: 'S', rateBasisPoints: 2000 },
    },
  ],
  dueDate: '2026-07-22',
  paymentTerms: 'Paiement à 30 jours à réception (CCP R2192-10)',
  buyerReference: 'SERV-CULTURE',
  engagementNumber: 'ENG-2026-0457',
  contractReference: 'CTR-2026-000042',
  deliveryDate: '2026-06-21',
  iban: 'FR7630006000011234567890189',
  notes: ['Fête de la musique 2026'],
};

describe('computeInvoiceTotals', () => {
  it('sums lines, groups VAT per rate and adds up to the grand total', () => {
    const totals = computeInvoiceTotals(sampleInvoice.lines);
    expect(totals.lineNetCents).toEqual([900_000, 105_099, 64_017]);
    expect(totals.vatBreakdown).toEqual([
      { category: 'S', rateBasisPoints: 2000, basisCents: 64_017, taxCents: 12_803 },
      { category: 'S', rateBasisPoints: 550, basisCents: 1_005_099, taxCents: 55_280 },
    ]);
    expect(totals.lineTotalCents).toBe(1_069_116);
    expect(totals.taxTotalCents).toBe(68_083);
    expect(totals.grandTotalCents).toBe(1_137_199);
    expect(totals.duePayableCents).toBe(1_137_199);
  });

  it('groups an exempt line separately with its reason', () => {
    const totals = computeInvoiceTotals([
      {
        description: 'Spectacle',
        quantity: 1,
        unitPriceExclVatCents: 100_000,
        vat: { category: 'E', exemptionReason: 'TVA non applicable, art. 293 B du CGI' },
      },
    ]);
    expect(totals.vatBreakdown).toEqual([
      {
        category: 'E',
        rateBasisPoints: 0,
        exemptionReason: 'TVA non applicable, art. 293 B du CGI',
        basisCents: 100_000,
        taxCents: 0,
      },
    ]);
    expect(totals.grandTotalCents).toBe(100_000);
  });

  it('totals are consistent for any lines (property)', () => {
    const line = fc.record({
      description: fc.constant('x'),
      quantity: fc.integer({ min: 1, max: 50 }),
      unitPriceExclVatCents: fc.integer({ min: 0, max: 10_000_000 }),
      vat: fc.constantFrom<InvoiceLine['vat']>(
        { category: 'S', rateBasisPoints: 550 },
        { category: 'S', rateBasisPoints: 2000 },
        { category: 'S', rateBasisPoints: 210 },
      ),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), (lines) => {
        const t = computeInvoiceTotals(lines);
        const basis = t.vatBreakdown.reduce((a, r) => a + r.basisCents, 0);
        expect(basis).toBe(t.lineTotalCents);
        expect(t.lineNetCents.reduce((a, b) => a + b, 0)).toBe(t.lineTotalCents);
        expect(t.grandTotalCents).toBe(t.taxBasisTotalCents + t.taxTotalCents);
        expect(new Set(t.vatBreakdown.map((r) => r.rateBasisPoints)).size).toBe(t.vatBreakdown.length);
      }),
    );
  });
});

describe('buildFacturX', () => {
  it('produces EN 16931 CII XML valid against the official Factur-X 1.09 XSD', async () => {
    const outcome = buildFacturX(sampleInvoice);
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome.issues));
    const result = await validateAgainstXsd(outcome.xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(outcome.xml).toContain(`<ram:ID>${FACTURX_EN16931_GUIDELINE}</ram:ID>`);
    expect(outcome.xml).toContain('<ram:GrandTotalAmount>11371.99</ram:GrandTotalAmount>');
    expect(outcome.xml).toContain('<ram:TaxTotalAmount currencyID="EUR">680.83</ram:TaxTotalAmount>');
    expect(outcome.xml).toContain('<udt:DateTimeString format="102">20260722</udt:DateTimeString>');
    expect(outcome.xml).toContain('<ram:IssuerAssignedID>ENG-2026-0457</ram:IssuerAssignedID>');
    expect(outcome.xml).toContain('<ram:ID schemeID="0009">21690123110002</ram:ID>');
    expect(outcome.xml).toContain('Atelier cirque &lt;enfants&gt;');
  });

  it('a minimal invoice with an exempt line is also schema-valid', async () => {
    const outcome = buildFacturX({
      ...sampleInvoice,
      seller: { ...sampleInvoice.seller, vatId: undefined },
      lines: [
        {
          description: 'Spectacle',
          quantity: 1,
          unitPriceExclVatCents: 80_000,
          vat: { category: 'E', exemptionReason: 'TVA non applicable, art. 293 B du CGI' },
        },
      ],
      buyerReference: undefined,
      engagementNumber: undefined,
      contractReference: undefined,
      deliveryDate: undefined,
      iban: undefined,
      notes: undefined,
      paymentTerms: undefined,
    });
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome.issues));
    const result = await validateAgainstXsd(outcome.xml);
    expect(result.errors).toEqual([]);
  });

  it('the XSD check really rejects a broken document', async () => {
    const outcome = buildFacturX(sampleInvoice);
    if (outcome.kind !== 'ok') throw new Error('expected ok');
    const broken = outcome.xml.replace('<ram:TypeCode>380</ram:TypeCode>', '');
    expect((await validateAgainstXsd(broken)).valid).toBe(false);
  });

  it.each<[string, Partial<Invoice>, string]>([
    ['no lines', { lines: [] }, 'lines'],
    ['bad buyer SIRET', { buyer: { ...sampleInvoice.buyer, siret: '21690123110003' } }, 'buyer.siret'],
    ['bad VAT id key', { seller: { ...sampleInvoice.seller, vatId: 'FR12123456782' } }, 'seller.vatId'],
    ['due before issue', { dueDate: '2026-06-01' }, 'dueDate'],
    ['invalid date', { issueDate: '2026-06-31' }, 'issueDate'],
    [
      'fractional quantity',
      {
        lines: [
          {
            description: 'x',
            quantity: 1.5,
            unitPriceExclVatCents: 1,
            vat: { category: 'S', rateBasisPoints: 550 },
          },
        ],
      },
      'lines.0.quantity',
    ],
    [
      'standard rate without seller VAT id',
      { seller: { ...sampleInvoice.seller, vatId: undefined } },
      'seller.vatId',
    ],
    [
      'exempt without reason',
      {
        lines: [
          {
            description: 'x',
            quantity: 1,
            unitPriceExclVatCents: 1,
            vat: { category: 'E', exemptionReason: ' ' },
          },
        ],
      },
      'lines.0.vat',
    ],
  ])('refuses %s', (_name, overrides, field) => {
    const outcome = buildFacturX({ ...sampleInvoice, ...overrides });
    expect(outcome.kind).toBe('validation_error');
    expect(outcome.kind === 'validation_error' && outcome.issues.map((i) => i.field)).toContain(field);
  });
});

describe('helpers', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123_456, '1234.56'],
    [-250, '-2.50'],
  ])('centsToDecimal(%i) = %s', (cents, text) => {
    expect(centsToDecimal(cents)).toBe(text);
  });

  it('escapes XML special characters', () => {
    expect(escapeXml(`A&B <c> "d" 'e'`)).toBe('A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
  });
});
