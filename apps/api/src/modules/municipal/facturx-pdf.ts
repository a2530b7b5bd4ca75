import type { PDFDocument } from 'pdf-lib';
import { loadPdfLib } from '../../lib/pdf.ts';
import { sha256Hex } from './archive.ts';
import { srgbIccProfile } from './srgb-icc.ts';

export const FACTURX_FILE_NAME = 'factur-x.xml';

const escapeXmp = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** XMP required by PDF/A-3 and Factur-X 1.0 (fx: namespace with its PDF/A extension schema). */
export function facturXXmp(args: { title: string; created: Date; conformance: 'EN 16931' }): string {
  const iso = args.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const fx = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';
  const prop = (name: string, type: string, description: string) =>
    `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>${type}</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${description}</pdfaProperty:description></rdf:li>`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXmp(args.title)}</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>Flow Stage</rdf:li></rdf:Seq></dc:creator></rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>Flow Stage</pdf:Producer></rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreatorTool>Flow Stage</xmp:CreatorTool><xmp:CreateDate>${iso}</xmp:CreateDate><xmp:ModifyDate>${iso}</xmp:ModifyDate><xmp:MetadataDate>${iso}</xmp:MetadataDate></rdf:Description>
<rdf:Description rdf:about="" xmlns:fx="${fx}"><fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>${FACTURX_FILE_NAME}</fx:DocumentFileName><fx:Version>1.0</fx:Version><fx:ConformanceLevel>${args.conformance}</fx:ConformanceLevel></rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema><pdfaSchema:namespaceURI>${fx}</pdfaSchema:namespaceURI><pdfaSchema:prefix>fx</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq>${prop('DocumentFileName', 'Text', 'name of the embedded XML invoice file')}${prop('DocumentType', 'Text', 'INVOICE')}${prop('Version', 'Text', 'The actual version of the Factur-X XML schema')}${prop('ConformanceLevel', 'Text', 'The conformance level of the embedded Factur-X data')}</rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * Turns a rendered invoice into Factur-X: the CII XML attached as `factur-x.xml` (relationship
 * Data, listed in the catalogue's /AF), XMP metadata, an sRGB output intent and a document ID,
 * which PDF/A-3b asks for. Fonts are already embedded by the writer.
 */
export async function makeFacturX(doc: PDFDocument, xml: string, title: string, created: Date) {
  const { AFRelationship, PDFHexString, PDFName, PDFString } = await loadPdfLib();
  const xmlBytes = new TextEncoder().encode(xml);
  await doc.attach(xmlBytes, FACTURX_FILE_NAME, {
    mimeType: 'text/xml',
    description: 'Factur-X invoice (CII, profile EN 16931)',
    creationDate: created,
    modificationDate: created,
    afRelationship: AFRelationship.Data,
  });
  const ctx = doc.context;
  const metadata = ctx.stream(
    new TextEncoder().encode(facturXXmp({ title, created, conformance: 'EN 16931' })),
    {
      Type: 'Metadata',
      Subtype: 'XML',
    },
  );
  doc.catalog.set(PDFName.of('Metadata'), ctx.register(metadata));
  const icc = ctx.stream(srgbIccProfile(), { N: 3 });
  const intent = ctx.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: ctx.register(icc),
  });
  doc.catalog.set(PDFName.of('OutputIntents'), ctx.obj([ctx.register(intent)]));
  const id = PDFHexString.of(sha256Hex(xmlBytes).slice(0, 32));
  ctx.trailerInfo.ID = ctx.obj([id, id]);
  return doc.save({ useObjectStreams: false });
}
