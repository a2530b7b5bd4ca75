import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// pdf-lib, fontkit and the PAdES libraries are ~40 MB of code and data once loaded; most API
// processes never write a PDF, so they load with the first document instead of at start.

export const loadPdfLib = () => import('pdf-lib');

const loadFontkit = async () => (await import('@pdf-lib/fontkit')).default;

const require = createRequire(import.meta.url);
let dejaVu: { readonly regular: Buffer; readonly bold: Buffer } | undefined;

/** DejaVu Sans from npm, read once per process: French text needs glyphs (é, ’, «, €) the 14 standard PDF fonts lack. */
export function dejaVuSans() {
  if (!dejaVu) {
    const dir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    dejaVu = {
      regular: readFileSync(path.join(dir, 'DejaVuSans.ttf')),
      bold: readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf')),
    };
  }
  return dejaVu;
}

/** A new PDF with DejaVu Sans regular and bold embedded (subset), and pdf-lib for the caller's drawing. */
export async function dejaVuDocument() {
  const [lib, fontkit] = await Promise.all([loadPdfLib(), loadFontkit()]);
  const doc = await lib.PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = dejaVuSans();
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  return { lib, doc, regular, bold };
}
