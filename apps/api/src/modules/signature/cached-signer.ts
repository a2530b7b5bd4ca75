import { constants, createHash, createPrivateKey, type KeyObject, privateEncrypt } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import type { SigningMaterial } from './certificates.ts';

/** DER prefix of a DigestInfo for SHA-256 (RFC 8017 §9.2 note 1). */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

interface Opened {
  readonly cert: forge.pki.Certificate;
  readonly key: KeyObject;
}

const opened = new Map<string, Opened>();

/**
 * Opening a PKCS#12 (PBE key derivation) and RSA in pure JavaScript cost ≈ 180 ms per seal with
 * @signpdf/signer-p12; this signer opens each store once per process and signs with Node's native
 * RSA. The CMS container is built by node-forge exactly as P12Signer does (same attributes).
 */
function open(material: SigningMaterial): Opened {
  const id = createHash('sha256').update(material.p12).update(material.passphrase).digest('hex');
  const hit = opened.get(id);
  if (hit) return hit;
  const p12 = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(material.p12.toString('binary')),
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
  const result = { cert, key: createPrivateKey(forge.pki.privateKeyToPem(key)) };
  if (opened.size > 100) opened.clear();
  opened.set(id, result);
  return result;
}

export class CachedP12Signer extends Signer {
  readonly #material: SigningMaterial;

  constructor(material: SigningMaterial) {
    super();
    this.#material = material;
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const { cert, key } = open(this.#material);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    p7.addCertificate(cert);
    // forge calls key.sign(md, scheme) for PKCS#1 v1.5: answer with a native RSA operation.
    const nativeKey = {
      sign: (md: forge.md.MessageDigest) =>
        privateEncrypt(
          { key, padding: constants.RSA_PKCS1_PADDING },
          Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(md.digest().getBytes(), 'binary')]),
        ).toString('binary'),
    };
    p7.addSigner({
      key: nativeKey as unknown as forge.pki.rsa.PrivateKey, // duck-typed: forge only calls sign()
      certificate: cert,
      digestAlgorithm: forge.pki.oids.sha256 ?? '2.16.840.1.101.3.4.2.1',
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType ?? '1.2.840.113549.1.9.3', value: forge.pki.oids.data },
        {
          type: forge.pki.oids.signingTime ?? '1.2.840.113549.1.9.5',
          value: (signingTime ?? new Date()) as unknown as string,
        }, // forge accepts a Date here
        { type: forge.pki.oids.messageDigest ?? '1.2.840.113549.1.9.4' },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}
