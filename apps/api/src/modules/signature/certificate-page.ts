import type { PDFDocument } from 'pdf-lib';
import { loadPdfLib } from '../../lib/pdf.ts';
import { loadPdfWriter } from '../contracts/index.ts';
import type { AuditRow } from './audit.ts';

export interface CertificatePageInput {
  readonly reference: string;
  readonly title: string;
  readonly version: number;
  readonly documentSha256: string;
  readonly signers: readonly { name: string; email: string; signedAt: Date | null; ip: string | null }[];
  readonly trail: readonly AuditRow[];
  readonly sealSubject: string;
}

/**
 * Appends the certificate of completion: who signed, when, from which IP, the SHA-256 of the
 * signed document and the hash-chained audit trail. The PAdES seal is applied over the result.
 */
export async function appendCertificatePage(
  pdfBytes: Uint8Array,
  input: CertificatePageInput,
): Promise<PDFDocument> {
  const [{ PDFDocument }, PdfWriter] = await Promise.all([loadPdfLib(), loadPdfWriter()]);
  const pdf = await PDFDocument.load(pdfBytes);
  const content = [
    input.reference,
    input.title,
    input.sealSubject,
    ...input.signers.flatMap((s) => [s.name, s.email, s.ip ?? '']),
    ...input.trail.flatMap((e) => [e.action, e.actor, e.ip ?? '']),
  ].join('\n');
  // Fixed wording and hashes are Latin; only what people typed can bring other scripts.
  const w = await PdfWriter.create(
    pdf,
    `${content}\nCertificat de signature électronique Journal d’audit chaîné`,
  );
  // PdfWriter starts on a fresh page at the end of the document.
  w.text('Certificat de signature électronique / Certificate of completion', {
    size: 14,
    bold: true,
    gapAfter: 6,
  });
  w.text(`${input.reference} — ${input.title} — version ${input.version}`, { gapAfter: 4 });
  w.text(`SHA-256 du document signé / of the signed document: ${input.documentSha256}`, {
    size: 8,
    gapAfter: 10,
  });
  w.heading('Signataires / Signers');
  input.signers.forEach((s, i) => {
    w.text(`${i + 1}. ${s.name} <${s.email}> — ${s.signedAt?.toISOString() ?? '—'} — IP ${s.ip ?? '—'}`, {
      size: 9,
    });
  });
  w.heading('Journal d’audit chaîné / Hash-chained audit trail');
  for (const e of input.trail) {
    w.text(`#${e.seq} ${e.occurredAt.toISOString()} ${e.action} — ${e.actor} — IP ${e.ip ?? '—'}`, {
      size: 8,
      gapAfter: 0,
    });
    w.text(`doc ${e.documentSha256} · prev ${e.prevHash.slice(0, 16)}… · hash ${e.hash}`, {
      size: 7,
      grey: true,
      gapAfter: 3,
    });
  }
  w.text(
    `Scellé électronique PAdES appliqué par / PAdES seal applied by: ${input.sealSubject}. Consentement, nom saisi, adresse IP et navigateur de chaque signataire sont conservés par Flow Stage.`,
    { size: 8, grey: true },
  );
  return w.finish();
}
