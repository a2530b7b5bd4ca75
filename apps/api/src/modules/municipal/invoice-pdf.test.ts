import { readdirSync, readFileSync } from 'node:fs';
import { buildFacturX, type Invoice } from '@flowstage/domain/municipal';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { invoicePdf } from './invoice-pdf.ts';

/*
 * veraPDF is not installable here (neither npm nor Debian ship it), so this test checks
 * mechanically the PDF/A-3b and Factur-X 1.0 requirements a validator would: ISO 19005-3 header,
 * trailer, metadata, output intent, fonts and associated files, plus the XML against the XSD.
 */

const XSD_DIR = new URL('../../../../../packages/domain/test-fixtures/factur-x/', import.meta.url);
const xsd = readdirSync(XSD_DIR).map((fileName) => ({
  fileName,
  contents: readFileSync(new URL(fileName, XSD_DIR), 'utf8'),
}));

const invoice: Invoice = {
  number: 'FAC-2026-000007',
  issueDate: '2026-05-25',
  currency: 'EUR',
  seller: {
    name: 'Compagnie des Échassiers de Mâcon',
    siret: '12345678210001',
    vatId: 'FR11123456782',
    address: { line1: '3 quai Lamartine', postcode: '71000', city: 'Mâcon', countryCode: 'FR' },
  },
  buyer: {
    name: 'Mairie de Chalon-sur-Saône',
    siret: '21690123110002',
    address: {
      line1: 'Place de l’Hôtel de Ville',
      postcode: '71100',
      city: 'Chalon-sur-Saône',
      countryCode: 'FR',
    },
  },
  lines: [
    {
      description: 'Les Échassiers lumineux — Festival d’été « arts de rue » (2026-05-23)',
      quantity: 1,
      unitPriceExclVatCents: 980_000,
      vat: { category: 'S', rateBasisPoints: 550 },
    },
  ],
  dueDate: '2026-06-24',
  paymentTerms: 'Paiement à 30 jours à compter de la réception (CCP R2192-10).',
  buyerReference: 'CULTURE',
  engagementNumber: 'BC-2026-000001',
  contractReference: 'BC-2026-000001',
  deliveryDate: '2026-05-24',
  iban: 'FR7630006000011234567890189',
  notes: ['Contrat de cession du droit d’exploitation du spectacle — bon de commande BC-2026-000001.'],
};

let bytes: Uint8Array;
let doc: PDFDocument;
let xml: string;

beforeAll(async () => {
  const built = buildFacturX(invoice);
  if (built.kind !== 'ok') throw new Error('sample invoice rejected');
  xml = built.xml;
  const t = built.totals;
  bytes = await invoicePdf(
    invoice,
    { excl: t.taxBasisTotalCents, tax: t.taxTotalCents, incl: t.grandTotalCents },
    xml,
  );
  doc = await PDFDocument.load(bytes, { updateMetadata: false });
});

const name = (n: string) => PDFName.of(n);
const lookup = (obj: PDFObject | undefined): PDFObject | undefined =>
  obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
function dict(obj: PDFObject | undefined, what: string): PDFDict {
  const found = lookup(obj);
  if (!(found instanceof PDFDict)) throw new Error(`${what}: not a dictionary`);
  return found;
}
function stream(obj: PDFObject | undefined, what: string): PDFRawStream {
  const found = lookup(obj);
  if (!(found instanceof PDFRawStream)) throw new Error(`${what}: not a stream`);
  return found;
}
const decoded = (s: PDFRawStream) => decodePDFRawStream(s).decode();
const text = (obj: PDFObject | undefined) =>
  obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined;

describe('Factur-X invoice: PDF/A-3b requirements checked mechanically', () => {
  it('starts with a PDF header followed by a comment of at least four binary bytes', () => {
    const head = Buffer.from(bytes.subarray(0, 32)).toString('latin1');
    expect(head).toMatch(/^%PDF-1\.[4-7]\r?\n%/);
    const comment = bytes.subarray(head.indexOf('\n') + 2, head.indexOf('\n') + 6);
    expect([...comment].every((b) => b > 127)).toBe(true);
  });

  it('is not encrypted and has a two-string file identifier in its trailer', () => {
    expect(doc.context.trailerInfo.Encrypt).toBeUndefined();
    expect(doc.isEncrypted).toBe(false);
    const id = doc.context.trailerInfo.ID;
    expect(id).toBeInstanceOf(PDFArray);
    const parts = (id as PDFArray).asArray();
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      expect(part).toBeInstanceOf(PDFHexString);
      expect((part as PDFHexString).asBytes().length).toBe(16);
    }
  });

  it('carries unfiltered XMP declaring PDF/A-3B and the Factur-X extension schema', () => {
    const meta = stream(doc.catalog.get(name('Metadata')), 'Metadata');
    expect(meta.dict.get(name('Type'))).toBe(name('Metadata'));
    expect(meta.dict.get(name('Subtype'))).toBe(name('XML'));
    expect(meta.dict.has(name('Filter'))).toBe(false);
    const xmp = new TextDecoder().decode(meta.contents);
    const value = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xmp)?.[1];
    expect(xmp).toMatch(/^<\?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"\?>/);
    expect(xmp.trimEnd()).toMatch(/<\?xpacket end="w"\?>$/);
    expect(value('pdfaid:part')).toBe('3');
    expect(value('pdfaid:conformance')).toBe('B');
    expect(value('fx:DocumentType')).toBe('INVOICE');
    expect(value('fx:DocumentFileName')).toBe('factur-x.xml');
    expect(value('fx:Version')).toBe('1.0');
    expect(value('fx:ConformanceLevel')).toBe('EN 16931');
    // The fx namespace is not predefined by XMP: PDF/A needs it declared in an extension schema.
    const fx = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';
    expect(xmp).toContain(`xmlns:fx="${fx}"`);
    expect(value('pdfaSchema:namespaceURI')).toBe(fx);
    expect(value('pdfaSchema:prefix')).toBe('fx');
    const declared = [...xmp.matchAll(/<pdfaProperty:name>([^<]+)</g)].map((m) => m[1]).sort();
    expect(declared).toEqual(['ConformanceLevel', 'DocumentFileName', 'DocumentType', 'Version']);
  });

  it('keeps the document information dictionary equivalent to the XMP', () => {
    const info = dict(doc.context.trailerInfo.Info, 'Info');
    const xmp = new TextDecoder().decode(stream(doc.catalog.get(name('Metadata')), 'Metadata').contents);
    const xmpValue = (re: RegExp) => {
      const found = re.exec(xmp)?.[1];
      expect(found, String(re)).toBeTruthy();
      return found;
    };
    const infoText = (key: string) => {
      const found = text(info.get(name(key)));
      expect(found, key).toBeTruthy();
      return found;
    };
    expect(infoText('Title')).toBe(xmpValue(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">([^<]*)</));
    expect(infoText('Producer')).toBe(xmpValue(/<pdf:Producer>([^<]*)</));
    expect(infoText('Creator')).toBe(xmpValue(/<xmp:CreatorTool>([^<]*)</));
    const instant = (pdfDate: string | undefined) => {
      const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z/.exec(pdfDate ?? '');
      expect(m, pdfDate).not.toBeNull();
      return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : '';
    };
    expect(instant(infoText('CreationDate'))).toBe(xmpValue(/<xmp:CreateDate>([^<]*)</));
    expect(instant(infoText('ModDate'))).toBe(xmpValue(/<xmp:ModifyDate>([^<]*)</));
  });

  it('declares a PDF/A output intent with an embedded RGB ICC profile', () => {
    const intents = lookup(doc.catalog.get(name('OutputIntents')));
    expect(intents).toBeInstanceOf(PDFArray);
    const list = (intents as PDFArray).asArray().map((i) => dict(i, 'OutputIntent'));
    expect(list).toHaveLength(1);
    const intent = list[0]!;
    expect(intent.get(name('S'))).toBe(name('GTS_PDFA1'));
    expect(text(intent.get(name('OutputConditionIdentifier')))).toBeTruthy();
    const icc = stream(intent.get(name('DestOutputProfile')), 'DestOutputProfile');
    expect(icc.dict.get(name('N'))?.toString()).toBe('3');
    const profile = decoded(icc);
    const view = new DataView(profile.buffer, profile.byteOffset, profile.byteLength);
    expect(view.getUint32(0)).toBe(profile.length);
    expect(Buffer.from(profile.subarray(36, 40)).toString('latin1')).toBe('acsp');
    expect(Buffer.from(profile.subarray(16, 20)).toString('latin1')).toBe('RGB ');
  });

  it('embeds every font it uses', () => {
    const fonts = doc.context
      .enumerateIndirectObjects()
      .map(([, obj]) => obj)
      .filter((obj): obj is PDFDict => obj instanceof PDFDict && obj.get(name('Type')) === name('Font'));
    expect(fonts.length).toBeGreaterThan(0);
    let checked = 0;
    for (const font of fonts) {
      const subtype = font.get(name('Subtype'));
      if (subtype === name('Type0') || subtype === name('Type3')) continue;
      const descriptor = dict(font.get(name('FontDescriptor')), 'FontDescriptor');
      const files = ['FontFile', 'FontFile2', 'FontFile3'].filter((k) => descriptor.has(name(k)));
      expect(files, `font ${font.get(name('BaseFont'))} embedded`).toHaveLength(1);
      // ISO 19005-3 6.2.11.3.2: a CIDFontType2 maps CIDs to glyphs explicitly.
      if (subtype === name('CIDFontType2')) expect(font.has(name('CIDToGIDMap'))).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    for (const page of doc.getPages()) {
      const resources = dict(page.node.get(name('Resources')), 'Resources');
      const used = dict(resources.get(name('Font')), 'Font resources');
      for (const ref of used.values()) {
        const font = dict(ref, 'font');
        if (font.get(name('Subtype')) !== name('Type0')) continue;
        const descendants = lookup(font.get(name('DescendantFonts')));
        expect(descendants).toBeInstanceOf(PDFArray);
        expect(fonts).toContain(dict((descendants as PDFArray).get(0), 'descendant font'));
      }
    }
  });

  it('attaches factur-x.xml as an associated file (Data) listed in the catalogue /AF', async () => {
    const names = dict(doc.catalog.get(name('Names')), 'Names');
    const tree = dict(names.get(name('EmbeddedFiles')), 'EmbeddedFiles');
    const pairs = (lookup(tree.get(name('Names'))) as PDFArray).asArray();
    expect(pairs).toHaveLength(2);
    expect(text(pairs[0])).toBe('factur-x.xml');
    const spec = dict(pairs[1], 'Filespec');
    expect(spec.get(name('Type'))).toBe(name('Filespec'));
    expect(text(spec.get(name('F')))).toBe('factur-x.xml');
    expect(text(spec.get(name('UF')))).toBe('factur-x.xml');
    expect(text(spec.get(name('Desc')))).toBeTruthy();
    expect(['Data', 'Alternative']).toContain(spec.get(name('AFRelationship'))?.toString().slice(1));

    const af = lookup(doc.catalog.get(name('AF')));
    expect(af).toBeInstanceOf(PDFArray);
    expect((af as PDFArray).asArray().map((r) => lookup(r))).toContain(spec);

    const file = stream(dict(spec.get(name('EF')), 'EF').get(name('F')), 'EmbeddedFile');
    expect(file.dict.get(name('Type'))).toBe(name('EmbeddedFile'));
    expect(file.dict.get(name('Subtype'))).toBe(name('text/xml'));
    const params = dict(file.dict.get(name('Params')), 'Params');
    expect(params.has(name('ModDate'))).toBe(true);
    const attached = new TextDecoder().decode(decoded(file));
    expect(attached).toBe(xml);

    const main = xsd.find((f) => f.fileName === 'Factur-X_EN16931.xsd')!;
    const validation = await validateXML({
      xml: [{ fileName: 'factur-x.xml', contents: attached }],
      schema: [main],
      preload: xsd.filter((f) => f !== main),
    });
    expect(validation.errors).toEqual([]);
  });

  it('uses nothing PDF/A forbids: no JavaScript, no LZW, no external streams', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    for (const forbidden of ['/JavaScript', '/JS ', '/LZWDecode', '/Launch', '/FFilter', '/F (http']) {
      expect(raw).not.toContain(forbidden);
    }
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      if (obj instanceof PDFStream) expect(obj.dict.has(name('FDecodeParms'))).toBe(false);
    }
  });
});
