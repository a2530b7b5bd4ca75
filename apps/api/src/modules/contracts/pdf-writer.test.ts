import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfWriter } from './pdf-writer.ts';

/** BaseFont names of the Type0 fonts in a document. */
async function fontsOf(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  return doc.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Subtype')) === PDFName.of('Type0'))
    .map((o) => String(o.get(PDFName.of('BaseFont'))))
    .sort();
}

async function write(doc: PDFDocument, text: string) {
  const w = await PdfWriter.create(doc, text);
  w.heading(text);
  w.text(text);
  return w.finish().save({ useObjectStreams: false });
}

describe('PdfWriter fonts', () => {
  it('Latin text uses the prepared fonts, and a reopened document reuses them', async () => {
    const first = await write(await PDFDocument.create(), 'Élodie Lefèvre — 4 500,00 € « cœur » Straße');
    const fonts = await fontsOf(first);
    expect(fonts).toHaveLength(2);
    expect(fonts.every((f) => /^\/[A-Z]{6}\+DejaVuSans(-Bold)?$/.test(f))).toBe(true);
    // Same process, same font files and character set → same subset names: deterministic.
    expect(await fontsOf(await write(await PDFDocument.create(), 'Zoé'))).toEqual(fonts);
    const reopened = await write(await PDFDocument.load(first), 'Certificat de signature');
    expect(await fontsOf(reopened)).toEqual(fonts);
  });

  it('text outside the prepared set falls back to a subset of the whole font', async () => {
    const latin = await fontsOf(await write(await PDFDocument.create(), 'Zoé'));
    const cyrillic = await fontsOf(await write(await PDFDocument.create(), 'Группа Кино'));
    expect(cyrillic).toHaveLength(2);
    expect(cyrillic.some((f) => latin.includes(f))).toBe(false);
  });
});
