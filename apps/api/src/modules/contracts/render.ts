import { createHash } from 'node:crypto';
import type { ContractDocument, ContractTerms } from '@flowstage/domain/contracts';
import { loadPdfLib } from '../../lib/pdf.ts';

/** The writer and its prepared fonts load with the first document (see lib/pdf.ts). */
export const loadPdfWriter = async () => (await import('./pdf-writer.ts')).PdfWriter;

const SIGNATURES: Record<ContractDocument['language'], string> = {
  fr: 'Signatures : le contrat est signé électroniquement par les parties ; voir la page de certificat.',
  en: 'Signatures: the contract is signed electronically by the parties; see the certificate page.',
  nl: 'Handtekeningen: het contract wordt elektronisch ondertekend; zie de certificaatpagina.',
  de: 'Unterschriften: Der Vertrag wird elektronisch unterzeichnet; siehe Zertifikatsseite.',
};

/**
 * The contract as PDF. Dates inside the file are fixed to the version's creation time so that the
 * same version always renders to the same bytes (its SHA-256 identifies it).
 */
export async function renderContractPdf(doc: ContractDocument, terms: ContractTerms, createdAt: Date) {
  const [{ PDFDocument }, PdfWriter] = await Promise.all([loadPdfLib(), loadPdfWriter()]);
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${doc.reference} — ${doc.title}`);
  pdf.setSubject(`${terms.artist.name}, ${terms.show.date}, ${terms.show.venueName}`);
  pdf.setProducer('Flow Stage');
  pdf.setCreator('Flow Stage');
  pdf.setCreationDate(createdAt);
  pdf.setModificationDate(createdAt);
  pdf.setLanguage(doc.language);
  const content = [
    doc.title,
    doc.reference,
    SIGNATURES[doc.language],
    ...doc.clauses.flatMap((c) => [c.title, c.text]),
    ...doc.annexes.flatMap((a) => [a.title, a.text]),
  ].join('\n');
  const w = await PdfWriter.create(pdf, content);
  w.text(doc.title, { size: 16, bold: true, gapAfter: 2 });
  w.text(doc.reference, { size: 10, grey: true, gapAfter: 12 });
  doc.clauses.forEach((c, i) => {
    w.heading(`${i + 1}. ${c.title}${c.standard ? '' : ' — clause non standard / non-standard clause'}`);
    w.text(c.text, { gapAfter: 8 });
  });
  w.text(SIGNATURES[doc.language], { grey: true, gapAfter: 8 });
  for (const annex of doc.annexes) {
    w.newPage();
    w.heading(`Annexe — ${annex.title}`, 13);
    w.text(annex.text);
  }
  w.footer(doc.reference);
  // No yielding to the event loop every 50 objects: the document is small and the yields only add latency.
  const bytes = await w.finish().save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes, sha256: sha256Hex(bytes) };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A readable, self-contained HTML view of the same document. */
export function renderContractHtml(doc: ContractDocument): string {
  const clauses = doc.clauses
    .map(
      (c, i) =>
        `<section${c.standard ? '' : ' class="non-standard"'}><h2>${i + 1}. ${escapeHtml(c.title)}${
          c.standard ? '' : ' <small>(non-standard)</small>'
        }</h2>${c.text
          .split('\n')
          .map((p) => `<p>${escapeHtml(p)}</p>`)
          .join('')}</section>`,
    )
    .join('\n');
  const annexes = doc.annexes
    .map(
      (a) =>
        `<section class="annex"><h2>Annexe — ${escapeHtml(a.title)}</h2><p>${escapeHtml(a.text)}</p></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${doc.language}"><head><meta charset="utf-8"><title>${escapeHtml(doc.reference)} — ${escapeHtml(doc.title)}</title>
<style>body{font-family:"DejaVu Sans",system-ui,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.5;padding:0 1rem}h1{font-size:1.4rem}h2{font-size:1.05rem;margin-top:1.5rem}.ref{color:#555}.non-standard{border-left:4px solid #c60;padding-left:.75rem}</style>
</head><body><h1>${escapeHtml(doc.title)}</h1><p class="ref">${escapeHtml(doc.reference)}</p>
${clauses}
${annexes}
</body></html>`;
}
