import docusign from 'docusign-esign';
import type {
  ProviderRequestState,
  ProviderStatus,
  SendForSignature,
  SignatureProvider,
} from './provider.ts';

export interface DocuSignOptions {
  /** e.g. https://demo.docusign.net/restapi */
  readonly basePath: string;
  readonly accountId: string;
  /** OAuth access token (JWT grant or authorization code, obtained outside this adapter). */
  readonly accessToken: string;
}

const STATUS: Record<string, ProviderStatus> = {
  completed: 'completed',
  declined: 'declined',
  voided: 'declined',
};

/** DocuSign eSignature through the official docusign-esign SDK: one envelope, signers in routing order. */
export class DocuSignProvider implements SignatureProvider {
  readonly name = 'docusign' as const;
  readonly #envelopes: docusign.EnvelopesApi;
  readonly #accountId: string;

  constructor(options: DocuSignOptions) {
    const client = new docusign.ApiClient();
    client.setBasePath(options.basePath);
    client.addDefaultHeader('Authorization', `Bearer ${options.accessToken}`);
    this.#envelopes = new docusign.EnvelopesApi(client);
    this.#accountId = options.accountId;
  }

  /** The envelope definition the SDK sends (exposed for tests and support). */
  /** The envelope definition the SDK sends (typed by the SDK's own model interfaces). */
  static envelopeFor(request: SendForSignature): docusign.EnvelopeDefinition {
    const document: docusign.Document = {
      documentBase64: Buffer.from(request.pdf).toString('base64'),
      name: request.title,
      fileExtension: 'pdf',
      documentId: '1',
    };
    const signers: docusign.Signer[] = request.signers.map((s) => ({
      email: s.email,
      name: s.name,
      recipientId: String(s.order),
      routingOrder: String(s.order),
      tabs: {
        // Anchored on the signature sentence that closes every Flow Stage contract.
        signHereTabs: [
          { documentId: '1', anchorString: 'Signatures', anchorYOffset: '20', anchorUnits: 'pixels' },
        ],
      },
    }));
    return {
      emailSubject: request.subject,
      emailBlurb: request.message,
      documents: [document],
      recipients: { signers },
      status: 'sent',
    };
  }

  async send(request: SendForSignature) {
    const summary = await this.#envelopes.createEnvelope(this.#accountId, {
      envelopeDefinition: DocuSignProvider.envelopeFor(request),
    });
    if (!summary.envelopeId) throw new Error('DocuSign returned no envelopeId');
    return { reference: summary.envelopeId };
  }

  async status(reference: string): Promise<ProviderRequestState> {
    const envelope = await this.#envelopes.getEnvelope(this.#accountId, reference, { include: 'recipients' });
    return {
      reference,
      status: STATUS[envelope.status ?? ''] ?? 'pending',
      signers: (envelope.recipients?.signers ?? []).map((s) => ({
        email: s.email ?? '',
        signedAt: s.signedDateTime ? new Date(s.signedDateTime) : null,
      })),
    };
  }
}
