import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { generateSelfSignedP12, readP12 } from './certificates.ts';
import { sealPdf, verifyPdfSignature } from './pades.ts';

const PDFSIG = '/usr/bin/pdfsig';

async function samplePdf() {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Contrat de cession — test', { x: 50, y: 700 });
  return doc.save({ useObjectStreams: false });
}

/** Changes one digit of the creation date inside the signed bytes, as a forger editing the file would. */
function tamper(pdf: Buffer): Buffer {
  const at = pdf.toString('latin1').indexOf('D:2');
  if (at < 0) throw new Error('no date to tamper with');
  const copy = Buffer.from(pdf);
  copy[at + 5] = copy[at + 5] === 0x39 ? 0x38 : 0x39;
  return copy;
}

describe('PAdES seal', async () => {
  const passphrase = 'correct horse';
  const { p12 } = generateSelfSignedP12('Test Seal', passphrase);
  const material = { p12, passphrase, subject: 'CN=Test Seal' };
  const signed = await sealPdf(await samplePdf(), material, {
    reason: 'Contract CTR-2026-000001 signed by all parties',
    location: 'Flow Stage',
    contactInfo: 'contracts@flowstage.app',
    signingTime: new Date('2026-05-01T10:00:00Z'),
  });

  it('reads back its own PKCS#12, and refuses a wrong passphrase', () => {
    expect(readP12(p12, passphrase)?.subject).toContain('CN=Test Seal');
    expect(readP12(p12, 'wrong')).toBeNull();
  });

  it('a sealed PDF verifies; any changed byte or appended content fails', () => {
    expect(verifyPdfSignature(signed)).toMatchObject({
      signed: true,
      intact: true,
      signer: 'Test Seal',
      signingTime: '2026-05-01T10:00:00.000Z',
      signingCertificateBound: true,
    });
    expect(verifyPdfSignature(tamper(signed))).toMatchObject({ signed: true, intact: false });
    const appended = Buffer.concat([signed, Buffer.from('\n% extra\n')]);
    expect(verifyPdfSignature(appended)).toMatchObject({ intact: false, coversWholeFile: false });
  });

  it('the reference @signpdf/signer-p12 output and ours verify the same way', async () => {
    const doc = await PDFDocument.load(await samplePdf());
    pdflibAddPlaceholder({
      pdfDoc: doc,
      reason: 'r',
      contactInfo: 'c',
      name: 'n',
      location: 'l',
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    });
    const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
    const reference = await new SignPdf().sign(prepared, new P12Signer(p12, { passphrase }));
    expect(verifyPdfSignature(reference)).toMatchObject({ intact: true, signer: 'Test Seal' });
    // Without ESS signing-certificate-v2 the signature is not PAdES baseline.
    expect(verifyPdfSignature(reference)).toMatchObject({ signingCertificateBound: false });
  });

  it('an unsigned PDF is reported unsigned', async () => {
    expect(verifyPdfSignature(Buffer.from(await samplePdf()))).toMatchObject({ signed: false });
  });

  it.runIf(existsSync(PDFSIG))('pdfsig (poppler) validates the signature and rejects a tampered copy', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pdfsig-'));
    const good = path.join(dir, 'signed.pdf');
    const bad = path.join(dir, 'tampered.pdf');
    writeFileSync(good, signed);
    writeFileSync(bad, tamper(signed));
    const run = (file: string) => {
      try {
        return execFileSync(PDFSIG, [file], { encoding: 'utf8' });
      } catch (error) {
        return String((error as { stdout?: string }).stdout ?? error); // pdfsig exits non-zero on failure
      }
    };
    const goodOut = run(good);
    expect(goodOut).toContain('Signature Validation: Signature is Valid.');
    expect(goodOut).toContain('Signature Type: ETSI.CAdES.detached');
    expect(goodOut).toContain('Total document signed');
    expect(run(bad)).not.toContain('Signature is Valid.');
  });
  if (!existsSync(PDFSIG))
    it.skip('pdfsig not installed at /usr/bin/pdfsig (apt-get install poppler-utils): external check skipped', () => {});
});
