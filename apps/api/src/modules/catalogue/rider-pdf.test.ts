import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { checkRiderPdf, MAX_RIDER_BYTES, riderFilename } from './rider-pdf.ts';

async function pdf(pages = 1) {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText('Input list');
  return doc.save();
}

async function codeOf(bytes: Uint8Array) {
  return checkRiderPdf(bytes).then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : 'other'),
  );
}

describe('checkRiderPdf', () => {
  it('accepts a real PDF and hashes it', async () => {
    const bytes = await pdf(2);
    const checked = await checkRiderPdf(bytes);
    expect(checked.pages).toBe(2);
    expect(checked.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ['an empty file', () => new Uint8Array(), 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'a text file renamed .pdf',
      () => new TextEncoder().encode('Input 1: kick\nInput 2: snare\n'),
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a PNG renamed .pdf',
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a header with nothing after it',
      () => new TextEncoder().encode('%PDF-1.7\n%%EOF\n'),
      'VALIDATION_FAILED',
    ],
    ['a truncated PDF', async () => (await pdf(3)).slice(0, 300), 'VALIDATION_FAILED'],
    ['a file over the limit', () => new Uint8Array(MAX_RIDER_BYTES + 1), 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s', async (_name, make, code) => {
    expect(await codeOf(await make())).toBe(code);
  });
});

describe('riderFilename', () => {
  it.each([
    ['rider.pdf', 'rider.pdf'],
    ['C:\\Users\\me\\Fiche technique.PDF', 'Fiche technique.PDF'],
    ['../../etc/passwd', 'passwd.pdf'],
    ['evil"\r\nname.pdf', 'evilname.pdf'],
    ['', 'technical-rider.pdf'],
    [undefined, 'technical-rider.pdf'],
  ])('%s → %s', (raw, expected) => {
    expect(riderFilename(raw, 'technical-rider')).toBe(expected);
  });
});
