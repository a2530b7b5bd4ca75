import { isPlausibleVatId, isValidSiret } from '../municipal/identifiers.ts';
import { isIsoDay } from '../reference/index.ts';
import { findLibraryClause, type LibraryClause } from './clauses.ts';
import type { ContractParty, ContractTerms } from './model.ts';
import { vatOnFee } from './vat.ts';

export type MentionCode =
  | 'producer_siret'
  | 'organiser_siret'
  | 'producer_licence'
  | 'organiser_licence'
  | 'producer_registration'
  | 'organiser_registration'
  | 'producer_vat_number'
  | 'representative'
  | 'artist'
  | 'show_date'
  | 'show_place'
  | 'fee'
  | 'vat_rate'
  | 'unknown_clause';

export interface Mention {
  readonly code: MentionCode;
  readonly party?: 'producer' | 'organiser';
  readonly message: string;
}

export interface MentionReport {
  /** Missing or malformed mentions: the contract must not be sent for signature. */
  readonly missing: readonly Mention[];
  /** Points to verify by hand (e.g. an unconfirmed VAT rate). */
  readonly warnings: readonly Mention[];
}

/** PLATESV récépissé: PLATESV-D-YYYY-NNNNNN for a declaration, R for a renewal. */
export const PLATESV_PATTERN = /^PLATESV-[DR]-\d{4}-\d{6}$/;

/** Belgian enterprise number: 10 digits, the last two = 97 − (first 8 mod 97). */
export function isValidBelgianEnterpriseNumber(text: string): boolean {
  const digits = text.replace(/^BE/i, '').replace(/[.\s]/g, '');
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/** Swiss UID: CHE-123.456.789, last digit a mod-11 check over weights 5 4 3 2 7 6 5 4. */
export function isValidSwissUid(text: string): boolean {
  const m = /^CHE-?(\d{3})\.?(\d{3})\.?(\d{3})$/.exec(text.trim());
  if (!m) return false;
  const digits = `${m[1]}${m[2]}${m[3]}`;
  const weights = [5, 4, 3, 2, 7, 6, 5, 4];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[8]);
}

/** Luxembourg RCS numbers: a letter section and digits, e.g. B123456. */
export const LU_RCS_PATTERN = /^[A-Z]\d{1,6}$/;

function registration(party: ContractParty, who: 'producer' | 'organiser'): Mention[] {
  const code = who === 'producer' ? 'producer_registration' : 'organiser_registration';
  const n = party.registrationNumber?.trim() ?? '';
  switch (party.country) {
    case 'FR': {
      const siretCode = who === 'producer' ? 'producer_siret' : 'organiser_siret';
      return party.siret && isValidSiret(party.siret)
        ? []
        : [{ code: siretCode, party: who, message: `${who}: a valid 14-digit SIRET is required` }];
    }
    case 'BE':
      return isValidBelgianEnterpriseNumber(n)
        ? []
        : [{ code, party: who, message: `${who}: a valid Belgian enterprise number (BCE/KBO) is required` }];
    case 'CH':
      return isValidSwissUid(n)
        ? []
        : [{ code, party: who, message: `${who}: a valid Swiss UID (CHE-…) is required` }];
    case 'LU':
      return LU_RCS_PATTERN.test(n)
        ? []
        : [{ code, party: who, message: `${who}: an RCS number (e.g. B123456) is required` }];
  }
}

/**
 * The mentions a contract needs before it can be signed, by country and kind. In France the
 * licence number must appear on contracts (fine up to 2,000 € otherwise), and an organiser should
 * check the producer's SIRET and licence because it may be held the employer if the producer defaults.
 */
export function checkMandatoryMentions(
  terms: ContractTerms,
  orgLibrary: readonly LibraryClause[] = [],
): MentionReport {
  const missing: Mention[] = [];
  const warnings: Mention[] = [];
  missing.push(...registration(terms.producer, 'producer'), ...registration(terms.organiser, 'organiser'));

  if (terms.country === 'FR') {
    const producerLicenceNeeded = terms.kind !== 'engagement';
    if (producerLicenceNeeded && !PLATESV_PATTERN.test(terms.producer.licenceNumber ?? ''))
      missing.push({
        code: 'producer_licence',
        party: 'producer',
        message: 'producer: licence number PLATESV-D-YYYY-NNNNNN is required',
      });
    // Occasional organisers (≤ 6 shows a year, main activity elsewhere) need no licence; they use GUSO.
    if (!terms.organiser.occasional && !PLATESV_PATTERN.test(terms.organiser.licenceNumber ?? ''))
      missing.push({
        code: 'organiser_licence',
        party: 'organiser',
        message:
          'organiser: licence number PLATESV-D-YYYY-NNNNNN is required (or mark it an occasional organiser)',
      });
  }
  if (terms.kind !== 'engagement' && terms.producer.vatNumber && !isPlausibleVatId(terms.producer.vatNumber))
    missing.push({
      code: 'producer_vat_number',
      party: 'producer',
      message: 'producer: VAT number is malformed',
    });

  for (const who of ['producer', 'organiser'] as const) {
    if (terms[who].representative.trim() === '')
      missing.push({
        code: 'representative',
        party: who,
        message: `${who}: the signatory and capacity are required`,
      });
  }
  if (terms.artist.name.trim() === '' || terms.artist.performers < 1)
    missing.push({ code: 'artist', message: 'artist name and number of performers are required' });
  if (!isIsoDay(terms.show.date))
    missing.push({ code: 'show_date', message: 'show date must be YYYY-MM-DD' });
  if (terms.show.venueName.trim() === '' || terms.show.venueAddress.trim() === '')
    missing.push({ code: 'show_place', message: 'venue name and address are required' });

  const d = terms.deal;
  const feeOk =
    d.type === 'flat_guarantee'
      ? d.feeCents > 0
      : d.type === 'guarantee_vs_percentage'
        ? d.guaranteeCents > 0 && d.percentageBasisPoints > 0
        : d.type === 'door_deal'
          ? d.percentageBasisPoints > 0
          : d.producerShareBasisPoints > 0;
  if (!feeOk) missing.push({ code: 'fee', message: 'the fee or share must be positive' });

  if (isIsoDay(terms.show.date)) {
    const vat = vatOnFee(terms);
    if (vat.kind === 'to_verify') warnings.push({ code: 'vat_rate', message: `VAT: ${vat.reason}` });
    if (vat.kind === 'rate' && vat.unconfirmed)
      warnings.push({ code: 'vat_rate', message: `VAT rate unconfirmed (${vat.source})` });
  }
  for (const id of terms.libraryClauses) {
    if (!findLibraryClause(id, orgLibrary))
      missing.push({ code: 'unknown_clause', message: `clause ${id} is not in the library` });
  }
  return { missing, warnings };
}
