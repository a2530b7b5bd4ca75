import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { dejaVuDocument } from '../../lib/pdf.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;

/** A minimal flowing-text writer: headings, paragraphs, bullets and key/value rows over A4 pages. */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
    private readonly ink: Color,
  ) {
    this.newPage();
  }

  static async create(title: string, when: Date): Promise<PdfWriter> {
    const { lib, doc, regular, bold } = await dejaVuDocument();
    doc.setTitle(title);
    doc.setLanguage('fr-FR');
    doc.setProducer('Flow Stage');
    doc.setCreator('Flow Stage');
    doc.setCreationDate(when);
    doc.setModificationDate(when);
    return new PdfWriter(doc, regular, bold, lib.rgb(0.1, 0.1, 0.12));
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private ensure(height: number) {
    if (this.y - height < MARGIN) this.newPage();
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(next, size) <= width || line === '') line = next;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  text(text: string, options: { size?: number; bold?: boolean; indent?: number; gap?: number } = {}) {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.font;
    const indent = options.indent ?? 0;
    const width = A4[0] - 2 * MARGIN - indent;
    for (const line of this.wrap(text, font, size, width)) {
      this.ensure(size * 1.4);
      this.page.drawText(line, {
        x: MARGIN + indent,
        y: this.y - size,
        size,
        font,
        color: this.ink,
      });
      this.y -= size * 1.4;
    }
    this.y -= options.gap ?? 4;
  }

  heading(text: string, size = 13) {
    this.y -= 6;
    this.text(text, { size, bold: true, gap: 6 });
  }

  bullet(text: string) {
    this.text(`•  ${text}`, { indent: 10, gap: 2 });
  }

  row(label: string, value: string) {
    this.text(`${label} : ${value}`, { gap: 2 });
  }

  async save(): Promise<Uint8Array> {
    return this.doc.save({ useObjectStreams: false });
  }
}
