import { createHash, randomBytes } from 'node:crypto';
import { type Db, signingCertificates } from '@flowstage/db';
import { eq, inArray } from 'drizzle-orm';
import forge from 'node-forge';
import { AppError } from '../../errors.ts';
import { platformSecret } from '../../lib/secrets.ts';
import { SecretBox } from '../events/index.ts';

export const PLATFORM_SCOPE = 'platform';

export interface SigningMaterial {
  readonly p12: Buffer;
  readonly passphrase: string;
  readonly subject: string;
}

/** The platform secret never changes once created: one read per process and database, not one per seal. */
const boxes = new WeakMap<Db, Promise<SecretBox>>();
function box(db: Db): Promise<SecretBox> {
  let hit = boxes.get(db);
  if (!hit) {
    hit = platformSecret(db, 'signing-certificates').then((key) => new SecretBox(key));
    hit.catch(() => boxes.delete(db));
    boxes.set(db, hit);
  }
  return hit;
}

function certificateInfo(cert: forge.pki.Certificate) {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return {
    subject: cert.subject.attributes.map((a) => `${a.shortName ?? a.name}=${String(a.value)}`).join(', '),
    fingerprintSha256: createHash('sha256').update(Buffer.from(der, 'binary')).digest('hex'),
    notAfter: cert.validity.notAfter,
  };
}

/** A self-signed RSA 2048 certificate for the platform's document seal, packed as PKCS#12. */
export function generateSelfSignedP12(commonName: string, passphrase: string, now = new Date()) {
  // node-forge delegates RSA key generation to Node's native crypto when available.
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 86_400_000);
  const attrs = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'Flow Stage' },
    { name: 'countryName', value: 'FR' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], passphrase, { algorithm: '3des' });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), ...certificateInfo(cert) };
}

/** Opens a PKCS#12 store and returns its certificate, refusing stores without a matching key. */
export function readP12(p12: Buffer, passphrase: string) {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, passphrase);
  } catch {
    return null;
  }
  const certOid = forge.pki.oids.certBag ?? '1.2.840.113549.1.12.10.1.3';
  const keyOid = forge.pki.oids.pkcs8ShroudedKeyBag ?? '1.2.840.113549.1.12.10.1.2';
  const certs: forge.pkcs12.Bag[] = parsed.getBags({ bagType: certOid })[certOid] ?? [];
  const keys: forge.pkcs12.Bag[] = parsed.getBags({ bagType: keyOid })[keyOid] ?? [];
  const key = keys[0]?.key as forge.pki.rsa.PrivateKey | undefined; // P12 key bags hold RSA keys here
  const cert = certs.find((b) => {
    const pub = b.cert?.publicKey as forge.pki.rsa.PublicKey | undefined; // same
    return key !== undefined && pub?.n.equals(key.n) === true;
  })?.cert;
  return cert ? certificateInfo(cert) : null;
}

/** Creates the platform certificate on first start (concurrent starts: the first insert wins). */
export async function ensurePlatformCertificate(db: Db): Promise<void> {
  const existing = await db.query.signingCertificates.findFirst({
    where: eq(signingCertificates.scope, PLATFORM_SCOPE),
  });
  if (existing) return;
  const passphrase = randomBytes(24).toString('base64url');
  const generated = generateSelfSignedP12('Flow Stage Platform Document Seal', passphrase);
  await db
    .insert(signingCertificates)
    .values({
      scope: PLATFORM_SCOPE,
      p12: generated.p12,
      passphraseCiphertext: (await box(db)).seal(passphrase),
      subject: generated.subject,
      fingerprintSha256: generated.fingerprintSha256,
      notAfter: generated.notAfter,
    })
    .onConflictDoNothing();
}

/** Stores an organisation's own PKCS#12 (replacing a previous one) after checking it opens and is valid. */
export async function uploadOrganisationCertificate(
  db: Db,
  orgId: string,
  p12: Buffer,
  passphrase: string,
  now = new Date(),
) {
  const info = readP12(p12, passphrase);
  if (!info)
    throw new AppError('VALIDATION_FAILED', 'p12 unreadable', {
      detail:
        'The PKCS#12 file cannot be opened with this passphrase, or holds no certificate matching its key.',
      errors: [{ path: 'body.p12Base64', message: 'unreadable PKCS#12 or wrong passphrase' }],
    });
  if (info.notAfter <= now)
    throw new AppError('VALIDATION_FAILED', 'certificate expired', {
      detail: 'The certificate has expired.',
      errors: [{ path: 'body.p12Base64', message: 'expired certificate' }],
    });
  const values = {
    scope: orgId,
    organisationId: orgId,
    p12,
    passphraseCiphertext: (await box(db)).seal(passphrase),
    ...info,
  };
  await db
    .insert(signingCertificates)
    .values(values)
    .onConflictDoUpdate({ target: signingCertificates.scope, set: values });
  return {
    subject: info.subject,
    fingerprintSha256: info.fingerprintSha256,
    notAfter: info.notAfter.toISOString(),
  };
}

/** The organisation's own certificate when it uploaded one, else the platform's. */
export async function signingMaterialFor(db: Db, orgId: string): Promise<SigningMaterial> {
  const scoped = () =>
    db
      .select()
      .from(signingCertificates)
      .where(inArray(signingCertificates.scope, [orgId, PLATFORM_SCOPE]));
  let rows = await scoped();
  if (rows.length === 0) {
    await ensurePlatformCertificate(db);
    rows = await scoped();
  }
  const row = rows.find((r) => r.scope === orgId) ?? rows.find((r) => r.scope === PLATFORM_SCOPE);
  if (!row) throw new Error('platform certificate missing');
  return {
    p12: Buffer.from(row.p12),
    passphrase: (await box(db)).open(row.passphraseCiphertext),
    subject: row.subject,
  };
}
