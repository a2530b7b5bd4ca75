import { deflateSync } from 'node:zlib';
import {
  type Color,
  degrees,
  drawLinesOfText,
  PDFContentStream,
  type PDFDocument,
  type PDFHexString,
  type PDFName,
  type PDFOperator,
  type PDFPage,
  PDFRawStream,
  type PDFRef,
  rgb,
} from 'pdf-lib';
import { dejaVuSans } from '../../lib/pdf.ts';
import { NO_SHAPING, PreparedFont, sharedFontkit } from './prepared-font.ts';

/** DejaVu Sans (full Latin coverage: é, è, ç, œ, ß, ë…) prepared once per process. */
let prepared: Promise<{ regular: PreparedFont; bold: PreparedFont }> | null = null;

function preparedFonts() {
  prepared ??= (async () => {
    const f = dejaVuSans();
    return { regular: await PreparedFont.build(f.regular), bold: await PreparedFont.build(f.bold) };
  })();
  return prepared;
}

/** What the writer needs from a font: where it is in the document, how to encode and measure text. */
interface WriterFont {
  readonly ref: PDFRef;
  readonly tag: string;
  encode(text: string): PDFHexString;
  /** Width at size 1. */
  width(word: string): number;
}

/** Measuring runs fontkit's layout engine, which is slow: word widths are cached per process. */
const FALLBACK_WIDTHS = { regular: new Map<string, number>(), bold: new Map<string, number>() };

/** Per-document subset of the whole font, for text the prepared Latin fonts do not cover. */
async function fallbackFont(doc: PDFDocument, bytes: Uint8Array, widths: Map<string, number>) {
  const font = await doc.embedFont(bytes, { subset: true, features: NO_SHAPING });
  return {
    ref: font.ref,
    tag: font.name,
    encode: (text: string) => font.encodeText(text),
    width(word: string) {
      let w = widths.get(word);
      if (w === undefined) {
        if (widths.size > 50_000) widths.clear();
        w = font.widthOfTextAtSize(word, 1);
        widths.set(word, w);
      }
      return w;
    },
  } satisfies WriterFont;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);

/** A minimal flowing-text writer on top of pdf-lib: headings, wrapped paragraphs, page breaks. */
export class PdfWriter {
  readonly doc: PDFDocument;
  readonly #regular: WriterFont;
  readonly #bold: WriterFont;
  #page: PDFPage;
  #fontKeys = new Map<WriterFont, PDFName>();
  /** Content of the pages this writer added, compressed natively by finish() (pdf-lib deflates in JavaScript). */
  readonly #contents = new Map<PDFPage, { stream: PDFContentStream; ref: PDFRef }>();
  #y = 0;

  private constructor(doc: PDFDocument, regular: WriterFont, bold: WriterFont) {
    this.doc = doc;
    this.#regular = regular;
    this.#bold = bold;
    this.#page = this.newPage();
  }

  /**
   * `content` is all the text the caller will write: when the prepared Latin fonts cover it (the
   * usual case) they are copied in; otherwise the whole font is subset for this document.
   */
  static async create(doc: PDFDocument, content: string): Promise<PdfWriter> {
    const fonts = await preparedFonts();
    if (fonts.regular.covers(content) && fonts.bold.covers(content)) {
      const attach = (f: PreparedFont): WriterFont => ({
        ref: f.attach(doc),
        tag: f.tag,
        encode: (text) => f.encode(text),
        width: (word) => f.width(word),
      });
      return new PdfWriter(doc, attach(fonts.regular), attach(fonts.bold));
    }
    doc.registerFontkit(sharedFontkit);
    const f = dejaVuSans();
    const [regular, bold] = await Promise.all([
      fallbackFont(doc, f.regular, FALLBACK_WIDTHS.regular),
      fallbackFont(doc, f.bold, FALLBACK_WIDTHS.bold),
    ]);
    return new PdfWriter(doc, regular, bold);
  }

  newPage(): PDFPage {
    this.#page = this.doc.addPage(A4);
    const stream = PDFContentStream.of(this.doc.context.obj({}), [], false);
    const ref = this.doc.context.register(stream);
    this.#page.node.addContentStream(ref);
    this.#contents.set(this.#page, { stream, ref });
    this.#fontKeys = new Map();
    this.#y = A4[1] - MARGIN;
    return this.#page;
  }

  #lines(text: string, font: WriterFont, size: number): string[] {
    const width = (A4[0] - 2 * MARGIN) / size;
    const space = font.width(' ');
    const out: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const w = font.width(word);
        if (!line) {
          line = word;
          lineWidth = w;
        } else if (lineWidth + space + w <= width) {
          line = `${line} ${word}`;
          lineWidth += space + w;
        } else {
          out.push(line);
          line = word;
          lineWidth = w;
        }
      }
      out.push(line);
    }
    return out;
  }

  /** Writes lines at (x, y) downwards in one text object on the current page. */
  #draw(
    page: PDFPage,
    lines: readonly string[],
    font: WriterFont,
    size: number,
    at: { x: number; y: number; leading: number; color: Color },
  ) {
    if (lines.length === 0) return;
    let key = page === this.#page ? this.#fontKeys.get(font) : undefined;
    if (!key) {
      key = page.node.newFontDictionary(font.tag, font.ref);
      if (page === this.#page) this.#fontKeys.set(font, key);
    }
    this.#push(
      page,
      drawLinesOfText(
        lines.map((l) => font.encode(l)),
        {
          color: at.color,
          font: key,
          size,
          rotate: degrees(0),
          xSkew: degrees(0),
          ySkew: degrees(0),
          x: at.x,
          y: at.y,
          lineHeight: at.leading,
        },
      ),
    );
  }

  #push(page: PDFPage, operators: PDFOperator[]) {
    const own = this.#contents.get(page);
    if (own) own.stream.push(...operators);
    else page.pushOperators(...operators);
  }

  /** Compresses the pages' content; call once, when everything is written. */
  finish(): PDFDocument {
    for (const { stream, ref } of this.#contents.values()) {
      const deflated = deflateSync(stream.getUnencodedContents());
      this.doc.context.assign(
        ref,
        PDFRawStream.of(this.doc.context.obj({ Filter: 'FlateDecode' }), deflated),
      );
    }
    this.#contents.clear();
    return this.doc;
  }

  text(text: string, options: { size?: number; bold?: boolean; gapAfter?: number; grey?: boolean } = {}) {
    const size = options.size ?? 10;
    const font = options.bold ? this.#bold : this.#regular;
    const leading = size * 1.35;
    const color = options.grey ? GREY : BLACK;
    let batch: string[] = [];
    let top = this.#y - leading;
    for (const line of this.#lines(text, font, size)) {
      if (this.#y - leading < MARGIN) {
        this.#draw(this.#page, batch, font, size, { x: MARGIN, y: top, leading, color });
        batch = [];
        this.newPage();
        top = this.#y - leading;
      }
      this.#y -= leading;
      batch.push(line);
    }
    this.#draw(this.#page, batch, font, size, { x: MARGIN, y: top, leading, color });
    this.#y -= options.gapAfter ?? 4;
  }

  /** Keeps a heading with the start of its paragraph. */
  heading(text: string, size = 11) {
    if (this.#y - size * 4 < MARGIN) this.newPage();
    this.text(text, { size, bold: true, gapAfter: 2 });
  }

  /** "reference — page n/N" at the bottom of every page (label included in `content` at creation). */
  footer(label: string) {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      this.#draw(page, [`${label} — ${i + 1}/${pages.length}`], this.#regular, 8, {
        x: MARGIN,
        y: MARGIN / 2,
        leading: 0,
        color: rgb(0.4, 0.4, 0.4),
      });
    });
  }
}
