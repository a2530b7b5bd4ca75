import * as DropboxSign from '@dropbox/sign';
import type { ProviderRequestState, SendForSignature, SignatureProvider } from './provider.ts';

export interface DropboxSignOptions {
  readonly apiKey: string;
  /** Defaults to the SDK's https://api.hellosign.com/v3. */
  readonly basePath?: string;
  /** Dropbox Sign test mode: requests are not legally binding and not billed. */
  readonly testMode?: boolean;
}

/** Dropbox Sign through the official @dropbox/sign SDK: one request, ordered signers. */
export class DropboxSignProvider implements SignatureProvider {
  readonly name = 'dropbox_sign' as const;
  readonly #api: DropboxSign.SignatureRequestApi;
  readonly #testMode: boolean;

  constructor(options: DropboxSignOptions) {
    this.#api = new DropboxSign.SignatureRequestApi();
    this.#api.username = options.apiKey;
    if (options.basePath) this.#api.basePath = options.basePath;
    this.#testMode = options.testMode ?? false;
  }

  /** The SDK request object (exposed for tests and support). */
  static requestFor(request: SendForSignature, testMode: boolean): DropboxSign.SignatureRequestSendRequest {
    const signers: DropboxSign.SubSignatureRequestSigner[] = request.signers.map((s) => ({
      name: s.name,
      emailAddress: s.email,
      order: s.order - 1, // Dropbox Sign counts from 0
    }));
    return {
      title: request.title,
      subject: request.subject,
      message: request.message,
      signers,
      files: [
        {
          value: Buffer.from(request.pdf),
          options: { filename: request.fileName, contentType: 'application/pdf' },
        },
      ],
      testMode,
    };
  }

  async send(request: SendForSignature) {
    const { body } = await this.#api.signatureRequestSend(
      DropboxSignProvider.requestFor(request, this.#testMode),
    );
    const id = body.signatureRequest?.signatureRequestId;
    if (!id) throw new Error('Dropbox Sign returned no signature_request_id');
    return { reference: id };
  }

  async status(reference: string): Promise<ProviderRequestState> {
    const { body } = await this.#api.signatureRequestGet(reference);
    const sr = body.signatureRequest;
    const signatures = sr?.signatures ?? [];
    const declined = signatures.some((s) => s.statusCode === 'declined');
    return {
      reference,
      status: declined ? 'declined' : sr?.isComplete ? 'completed' : 'pending',
      signers: signatures.map((s) => ({
        email: s.signerEmailAddress ?? '',
        // Dropbox Sign reports Unix seconds.
        signedAt: typeof s.signedAt === 'number' ? new Date(s.signedAt * 1000) : null,
      })),
    };
  }
}
