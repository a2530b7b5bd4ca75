import { createHash, verify as cryptoVerify } from 'node:crypto';
import forge from 'node-forge';
import type { PDFDocument } from 'pdf-lib';
import { loadPdfLib } from '../../lib/pdf.ts';
import type { SigningMaterial } from './certificates.ts';

export interface SealOptions {
  readonly reason: string;
  readonly location: string;
  readonly contactInfo: string;
  readonly signingTime: Date;
}

/** No object streams (the signature dictionary stays plain text), no yielding to the event loop every 50 objects. */
const SAVE_OPTIONS = { useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY } as const;

/**
 * Applies a PAdES signature (sub-filter ETSI.CAdES.detached: a detached CMS over the byte ranges
 * around the placeholder) with the given PKCS#12 store, over the whole final PDF.
 */
export async function sealPdf(
  pdf: Uint8Array | PDFDocument,
  material: SigningMaterial,
  options: SealOptions,
): Promise<Buffer> {
  const [
    { PDFDocument },
    { pdflibAddPlaceholder },
    { SignPdf },
    { SUBFILTER_ETSI_CADES_DETACHED },
    { CachedP12Signer },
  ] = await Promise.all([
    loadPdfLib(),
    import('@signpdf/placeholder-pdf-lib'),
    import('@signpdf/signpdf'),
    import('@signpdf/utils'),
    import('./cached-signer.ts'),
  ]);
  // Callers that already hold the document (certificate page) avoid parsing it twice.
  const pdfDoc = pdf instanceof PDFDocument ? pdf : await PDFDocument.load(pdf);
  pdflibAddPlaceholder({
    pdfDoc,
    reason: options.reason,
    contactInfo: options.contactInfo,
    name: material.subject,
    location: options.location,
    signingTime: options.signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Flow Stage',
  });
  const prepared = Buffer.from(await pdfDoc.save(SAVE_OPTIONS));
  return new SignPdf().sign(prepared, new CachedP12Signer(material), options.signingTime);
}

export type PdfSignatureCheck =
  | { readonly signed: false; readonly intact: false; readonly reason: string }
  | {
      readonly signed: true;
      /** The signature verifies and covers the whole file (nothing added after signing). */
      readonly intact: boolean;
      readonly reason: string | null;
      readonly signer: string;
      readonly signingTime: string | null;
      readonly coversWholeFile: boolean;
      /** The ESS signing-certificate-v2 attribute names the embedded certificate (PAdES baseline B-B). */
      readonly signingCertificateBound: boolean;
    };

const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';

/** SigningCertificateV2 → certs[0] (ESSCertIDv2) → certHash, when SHA-256 (the default, so no algorithm). */
function essCertHash(value: forge.asn1.Asn1 | undefined): Buffer | null {
  const certs = (value?.value as forge.asn1.Asn1[] | undefined)?.[0];
  const first = (certs?.value as forge.asn1.Asn1[] | undefined)?.[0];
  const hash = (first?.value as forge.asn1.Asn1[] | undefined)?.[0];
  if (!hash || hash.type !== forge.asn1.Type.OCTETSTRING) return null;
  return Buffer.from(String(hash.value), 'binary');
}

/** The placeholder is zero-padded: keep only the DER element at its start (tag, length, content). */
function derPrefix(bytes: Buffer): Buffer | null {
  if (bytes.length < 2 || bytes[0] !== 0x30) return null;
  const first = bytes[1] ?? 0;
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const n = first & 0x7f;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + (bytes[2 + i] ?? 0);
  const end = 2 + n + length;
  return end <= bytes.length ? bytes.subarray(0, end) : null;
}

/** PAdES keeps the claimed signing time in the signature dictionary: /M (D:YYYYMMDDHHmmSS±HH'mm'). */
function claimedTime(dictionary: string): string | null {
  const m = /\/M\s*\(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|([+-])(\d{2})'?(\d{2})'?)?\)/.exec(
    dictionary,
  );
  if (!m) return null;
  const [, y, mo, d, h, mi, s, , sign, oh, om] = m;
  const offset = sign ? `${sign}${oh}:${om}` : 'Z';
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function attributeValue(attrs: forge.asn1.Asn1[], oid: string): forge.asn1.Asn1 | undefined {
  for (const attr of attrs) {
    const parts = attr.value as forge.asn1.Asn1[]; // an Attribute is SEQUENCE { OID, SET OF value }
    if (parts[0] && forge.asn1.derToOid(parts[0].value as string) === oid) {
      return ((parts[1]?.value as forge.asn1.Asn1[]) ?? [])[0];
    }
  }
  return undefined;
}

/**
 * Checks the last signature of a PDF: digest of the signed byte ranges, RSA signature over the
 * signed attributes with the embedded certificate, and that the ranges cover the whole file.
 */
export function verifyPdfSignature(bytes: Buffer): PdfSignatureCheck {
  const text = bytes.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) return { signed: false, intact: false, reason: 'no signature in this PDF' };
  const [a, b, c, d] = last.slice(1, 5).map(Number) as [number, number, number, number];
  if (a !== 0 || b > c || c + d > bytes.length)
    return { signed: false, intact: false, reason: 'malformed byte range' };
  const container = derPrefix(Buffer.from(text.slice(b, c).replace(/^<|>$/g, ''), 'hex'));
  const signedBytes = Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]);
  let p7: forge.pkcs7.Captured<forge.pkcs7.PkcsSignedData>;
  try {
    if (!container) throw new Error('no DER');
    p7 = forge.pkcs7.messageFromAsn1(
      forge.asn1.fromDer(container.toString('binary')),
    ) as forge.pkcs7.Captured<forge.pkcs7.PkcsSignedData>; // a PDF signature is SignedData
  } catch {
    return { signed: false, intact: false, reason: 'signature container unreadable' };
  }
  const cert = p7.certificates[0];
  const attrs = (p7.rawCapture.authenticatedAttributes ?? []) as forge.asn1.Asn1[];
  const signature = Buffer.from(String(p7.rawCapture.signature), 'binary');
  if (!cert) return { signed: false, intact: false, reason: 'no certificate in the signature' };
  const signer = cert.subject.getField('CN')?.value ?? 'unknown';
  const digest = attributeValue(attrs, forge.pki.oids.messageDigest ?? '1.2.840.113549.1.9.4');
  const time = attributeValue(attrs, forge.pki.oids.signingTime ?? '1.2.840.113549.1.9.5');
  const signingTime = time
    ? forge.asn1.utcTimeToDate(String(time.value)).toISOString()
    : claimedTime(
        text.slice(text.lastIndexOf(' obj', last.index ?? 0), text.indexOf('endobj', last.index ?? 0)),
      );
  const actual = createHash('sha256').update(signedBytes).digest();
  const coversWholeFile = c + d === bytes.length;
  const certDer = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  const essHash = essCertHash(attributeValue(attrs, SIGNING_CERTIFICATE_V2));
  const signingCertificateBound = essHash?.equals(createHash('sha256').update(certDer).digest()) === true;
  const base = {
    signed: true as const,
    signer: String(signer),
    signingTime,
    coversWholeFile,
    signingCertificateBound,
  };
  if (!digest || Buffer.from(String(digest.value), 'binary').compare(actual) !== 0)
    return { ...base, intact: false, reason: 'the document was modified after signing (digest mismatch)' };
  // The signature is over the DER of the signed attributes re-tagged as a SET.
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attrs);
  const signedAttrs = Buffer.from(forge.asn1.toDer(set).getBytes(), 'binary');
  const pem = forge.pki.certificateToPem(cert);
  if (!cryptoVerify('sha256', signedAttrs, pem, signature))
    return { ...base, intact: false, reason: 'the signature does not verify with its certificate' };
  if (!coversWholeFile) return { ...base, intact: false, reason: 'content was added after the signature' };
  return { ...base, intact: true, reason: null };
}
