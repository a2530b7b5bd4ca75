/**
 * One interface for every way of getting a contract signed: the built-in flow, DocuSign or
 * Dropbox Sign. Adapters translate to each vendor's official SDK and back.
 */
export interface ProviderSigner {
  readonly name: string;
  readonly email: string;
  /** 1-based signing order. */
  readonly order: number;
}

export interface SendForSignature {
  readonly title: string;
  readonly subject: string;
  readonly message: string;
  readonly fileName: string;
  readonly pdf: Uint8Array;
  readonly signers: readonly ProviderSigner[];
}

export type ProviderStatus = 'pending' | 'completed' | 'declined';

export interface ProviderRequestState {
  readonly reference: string;
  readonly status: ProviderStatus;
  readonly signers: readonly { readonly email: string; readonly signedAt: Date | null }[];
}

export interface SignatureProvider {
  readonly name: 'builtin' | 'docusign' | 'dropbox_sign';
  send(request: SendForSignature): Promise<{ readonly reference: string }>;
  status(reference: string): Promise<ProviderRequestState>;
}
