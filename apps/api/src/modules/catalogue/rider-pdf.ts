import { createHash } from 'node:crypto';
import { AppError } from '../../errors.ts';
import { loadPdfLib } from '../../lib/pdf.ts';

/** A rider is a few pages of plots and lists; 10 MB leaves room for scanned ones. */
export const MAX_RIDER_BYTES = 10 * 1024 * 1024;
const PDF_MAGIC = Buffer.from('%PDF-');
/** Readers accept the header anywhere in the first kilobyte (ISO 32000-1, annex H). */
const HEADER_WINDOW = 1024;

export interface CheckedPdf {
  readonly pages: number;
  readonly sha256: string;
}

const notPdf = (detail: string, message: string) =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', 'rider is not a PDF', {
    detail,
    errors: [{ path: 'file', message }],
  });

/**
 * Accepts only what a technician can open: a PDF header, then a document pdf-lib can parse with at
 * least one page. A renamed text or image file fails on the header, a truncated PDF on parsing.
 */
export async function checkRiderPdf(bytes: Uint8Array): Promise<CheckedPdf> {
  if (bytes.byteLength === 0) throw notPdf('The file is empty.', 'empty file');
  if (bytes.byteLength > MAX_RIDER_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'rider too large', {
      detail: `A rider PDF may weigh at most ${MAX_RIDER_BYTES / 1024 / 1024} MB.`,
      errors: [{ path: 'file', message: `larger than ${MAX_RIDER_BYTES} bytes` }],
    });
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEADER_WINDOW));
  if (head.indexOf(PDF_MAGIC) < 0)
    throw notPdf('The file is not a PDF (no %PDF- header): export the rider as PDF.', 'not a PDF');
  let pages: number;
  try {
    // Owner-password restrictions (no printing…) do not stop anyone from reading the rider.
    const { PDFDocument } = await loadPdfLib();
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    pages = doc.getPageCount();
  } catch (cause) {
    throw new AppError('VALIDATION_FAILED', 'unreadable rider PDF', {
      detail: 'The PDF is damaged or incomplete: export it again and upload the new file.',
      errors: [{ path: 'file', message: 'unreadable PDF' }],
      cause,
    });
  }
  if (pages === 0) {
    throw new AppError('VALIDATION_FAILED', 'empty rider PDF', {
      detail: 'The PDF has no page.',
      errors: [{ path: 'file', message: 'no page' }],
    });
  }
  return { pages, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** A file name safe for Content-Disposition and the UI: no path, no control characters, ends in .pdf. */
export function riderFilename(raw: string | undefined, fallback: string): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\p{Cc}"]/gu, '')
    .trim()
    .slice(0, 150);
  const name = clean === '' ? fallback : clean;
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}
