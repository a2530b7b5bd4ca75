import { createHash, createPrivateKey, type KeyObject, sign as rsaSign } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import type { SigningMaterial } from './certificates.ts';

const { asn1 } = forge;
const { Class, Type } = asn1;

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

const seq = (value: forge.asn1.Asn1[]) => asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, value);
const set = (value: forge.asn1.Asn1[]) => asn1.create(Class.UNIVERSAL, Type.SET, true, value);
const oid = (id: string) => asn1.create(Class.UNIVERSAL, Type.OID, false, asn1.oidToDer(id).getBytes());
const octets = (bytes: Buffer) =>
  asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, bytes.toString('binary'));
const int = (n: number) => asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const der = (node: forge.asn1.Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const attribute = (type: string, value: forge.asn1.Asn1) => seq([oid(type), set([value])]);
const sha256AlgorithmId = () => seq([oid(OID.sha256), asn1.create(Class.UNIVERSAL, Type.NULL, false, '')]);

interface Opened {
  readonly key: KeyObject;
  readonly certificate: forge.asn1.Asn1;
  /** SignerIdentifier (IssuerAndSerialNumber) and ESS IssuerSerial parts. */
  readonly issuer: forge.asn1.Asn1;
  readonly serial: forge.asn1.Asn1;
  readonly certSha256: Buffer;
}

const opened = new Map<string, Opened>();

/**
 * Opening a PKCS#12 (PBE key derivation) and RSA in pure JavaScript cost ≈ 180 ms per seal with
 * @signpdf/signer-p12: each store is opened once per process, and signing uses Node's native RSA.
 */
function open(material: SigningMaterial): Opened {
  const id = createHash('sha256').update(material.p12).update(material.passphrase).digest('hex');
  const hit = opened.get(id);
  if (hit) return hit;
  const p12 = forge.pkcs12.pkcs12FromAsn1(
    asn1.fromDer(material.p12.toString('binary')),
    false,
    material.passphrase,
  );
  const keyOid = forge.pki.oids.pkcs8ShroudedKeyBag ?? '1.2.840.113549.1.12.10.1.2';
  const certOid = forge.pki.oids.certBag ?? '1.2.840.113549.1.12.10.1.3';
  const key = p12.getBags({ bagType: keyOid })[keyOid]?.[0]?.key as forge.pki.rsa.PrivateKey | undefined; // RSA stores only
  const cert = (p12.getBags({ bagType: certOid })[certOid] ?? [])
    .map((b) => b.cert)
    .find(
      (c) =>
        key !== undefined && (c?.publicKey as forge.pki.rsa.PublicKey | undefined)?.n.equals(key.n) === true,
    ); // same
  if (!key || !cert) throw new Error('PKCS#12 without a matching key and certificate');
  const certificate = forge.pki.certificateToAsn1(cert);
  const result: Opened = {
    key: createPrivateKey(forge.pki.privateKeyToPem(key)),
    certificate,
    issuer: forge.pki.distinguishedNameToAsn1(cert.issuer),
    serial: asn1.create(Class.UNIVERSAL, Type.INTEGER, false, forge.util.hexToBytes(cert.serialNumber)),
    certSha256: createHash('sha256').update(der(certificate)).digest(),
  };
  if (opened.size > 100) opened.clear();
  opened.set(id, result);
  return result;
}

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signature to the signer's certificate, required
 * by PAdES baseline B-B. SHA-256 is the default hash algorithm, so DER omits it.
 */
function signingCertificateV2(o: Opened) {
  const directoryName = asn1.create(Class.CONTEXT_SPECIFIC, 4, true, [o.issuer]);
  const issuerSerial = seq([seq([directoryName]), o.serial]);
  return seq([seq([seq([octets(o.certSha256), issuerSerial])])]);
}

/**
 * Builds the detached CMS SignedData of a PAdES baseline B-B signature: content-type,
 * message-digest and signing-certificate-v2 signed attributes. The claimed signing time lives in
 * the signature dictionary (/M), as PAdES requires, not in a signing-time attribute.
 */
export function pkcs7Detached(material: SigningMaterial, content: Buffer): Buffer {
  const o = open(material);
  const attrs = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(createHash('sha256').update(content).digest())),
    attribute(OID.signingCertificateV2, signingCertificateV2(o)),
  ];
  // The signature covers the DER of the attributes as a SET; the SignerInfo carries them [0] IMPLICIT.
  const signature = rsaSign('sha256', der(set(attrs)), o.key);
  const signerInfo = seq([
    int(1),
    seq([o.issuer, o.serial]),
    sha256AlgorithmId(),
    asn1.create(Class.CONTEXT_SPECIFIC, 0, true, attrs),
    seq([oid(OID.rsaEncryption), asn1.create(Class.UNIVERSAL, Type.NULL, false, '')]),
    octets(signature),
  ]);
  const signedData = seq([
    int(1),
    set([sha256AlgorithmId()]),
    seq([oid(OID.data)]),
    asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [o.certificate]),
    set([signerInfo]),
  ]);
  return der(seq([oid(OID.signedData), asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}

export class CachedP12Signer extends Signer {
  readonly #material: SigningMaterial;

  constructor(material: SigningMaterial) {
    super();
    this.#material = material;
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return pkcs7Detached(this.#material, pdfBuffer);
  }
}
