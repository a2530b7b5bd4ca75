import type { Currency } from '../money/index.ts';

export type ContractKind = 'cession' | 'engagement' | 'co_realisation';
export type ContractCountry = 'FR' | 'BE' | 'CH' | 'LU';
export type ContractLanguage = 'fr' | 'en' | 'nl' | 'de';

export const CONTRACT_KINDS: readonly ContractKind[] = ['cession', 'engagement', 'co_realisation'];
export const CONTRACT_LANGUAGES: readonly ContractLanguage[] = ['fr', 'en', 'nl', 'de'];

export interface ContractParty {
  readonly name: string;
  readonly address: string;
  readonly country: ContractCountry;
  /** Person signing and capacity, e.g. "Jeanne Martin, gérante". */
  readonly representative: string;
  readonly email?: string | undefined;
  /** FR: 14-digit SIRET. */
  readonly siret?: string | undefined;
  readonly vatNumber?: string | undefined;
  /** FR: PLATESV-D-YYYY-NNNNNN (R for a renewal). */
  readonly licenceNumber?: string | undefined;
  /** BE: enterprise number (BCE/KBO); CH: UID (CHE-…); LU: RCS number. */
  readonly registrationNumber?: string | undefined;
}

export interface ContractOrganiser extends ContractParty {
  /** Live performance is not its main activity (town hall, campsite, association…): GUSO in FR. */
  readonly occasional: boolean;
}

/** The four deal shapes of the touring trade; amounts in cents, percentages in basis points. */
export type Deal =
  | { readonly type: 'flat_guarantee'; readonly feeCents: number }
  | {
      readonly type: 'guarantee_vs_percentage';
      readonly guaranteeCents: number;
      readonly percentageBasisPoints: number;
      /** Agreed costs deducted from net box office before the percentage applies. */
      readonly deductibleCostsCents: number;
    }
  | { readonly type: 'door_deal'; readonly percentageBasisPoints: number }
  | {
      readonly type: 'co_realisation';
      /** Producer's share of net receipts. */
      readonly producerShareBasisPoints: number;
      readonly producerMinimumCents: number;
    };

export interface Rider {
  readonly kind: 'technical' | 'hospitality';
  readonly title: string;
  readonly text: string;
}

export interface CustomClause {
  readonly title: string;
  readonly text: string;
}

/** Everything a contract says, as stored in each version (jsonb): the document is derived from it. */
export interface ContractTerms {
  readonly kind: ContractKind;
  readonly country: ContractCountry;
  readonly language: ContractLanguage;
  /** Seller of the show (cession, co-réalisation) or the artists' side (engagement). */
  readonly producer: ContractParty;
  readonly organiser: ContractOrganiser;
  readonly artist: { readonly name: string; readonly performers: number };
  readonly show: {
    readonly date: string;
    readonly venueName: string;
    readonly venueAddress: string;
    readonly startTime?: string | undefined;
    readonly durationSeconds?: number | undefined;
    readonly capacity?: number | undefined;
  };
  readonly deal: Deal;
  readonly currency: Currency;
  /** FR: drinks served during the show move the cession to the standard VAT rate. */
  readonly drinksServed: boolean;
  readonly payment: { readonly dueDaysAfterShow: number; readonly depositBasisPoints: number };
  readonly cancellation: { readonly noticeDays: number; readonly compensationBasisPoints: number };
  readonly radius: {
    readonly metres: number;
    readonly daysBefore: number;
    readonly daysAfter: number;
  } | null;
  readonly insurance: { readonly organiserLiability: boolean; readonly producerEquipment: boolean };
  readonly riders: readonly Rider[];
  /** Extra clauses picked from the library, by id. */
  readonly libraryClauses: readonly string[];
  /** Clauses written by hand: marked non-standard for the reviewer. */
  readonly customClauses: readonly CustomClause[];
}

export type VatOnFee =
  | {
      readonly kind: 'rate';
      readonly basisPoints: number;
      readonly source: string;
      readonly unconfirmed: boolean;
    }
  | { readonly kind: 'excluded'; readonly source: string }
  /** Salaries (contrat d'engagement) carry social contributions, not VAT. */
  | { readonly kind: 'not_applicable' }
  | { readonly kind: 'to_verify'; readonly reason: string };

export interface DocumentClause {
  /** Library id, or `custom-N` for a hand-written clause. */
  readonly id: string;
  readonly category: string;
  readonly title: string;
  readonly text: string;
  /** False for hand-written clauses outside the library. */
  readonly standard: boolean;
}

/** The rendered contract, language-resolved: what the PDF and HTML views print. */
export interface ContractDocument {
  readonly title: string;
  readonly language: ContractLanguage;
  readonly reference: string;
  readonly vat: VatOnFee;
  readonly clauses: readonly DocumentClause[];
  readonly annexes: readonly Rider[];
}
