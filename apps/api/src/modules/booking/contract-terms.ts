import type { ContractTerms, Deal } from '@flowstage/domain/contracts';
import { vatOnFee } from '@flowstage/domain/contracts';
import type { MatchingFeedRow } from '../catalogue/index.ts';
import { termsSchema } from '../contracts/index.ts';
import type { OfferTerms } from './booking.schema.ts';

export interface Signatory {
  readonly name: string;
  readonly email: string;
}

const COUNTRIES = ['FR', 'BE', 'CH', 'LU'] as const;
type Country = (typeof COUNTRIES)[number];
const country = (c: string): Country => COUNTRIES.find((x) => x === c) ?? 'FR';
const address = (p: MatchingFeedRow) => [p.city, p.country].filter(Boolean).join(', ');

function dealOf(terms: OfferTerms): Deal {
  const d = terms.deal;
  switch (d.type) {
    case 'flat_guarantee':
      return { type: 'flat_guarantee', feeCents: terms.feeCents };
    case 'guarantee_vs_percentage':
      return {
        type: 'guarantee_vs_percentage',
        guaranteeCents: terms.feeCents,
        percentageBasisPoints: d.percentageBasisPoints,
        deductibleCostsCents: d.deductibleCostsCents,
      };
    case 'door_deal':
      return { type: 'door_deal', percentageBasisPoints: d.percentageBasisPoints };
    case 'co_realisation':
      return {
        type: 'co_realisation',
        producerShareBasisPoints: d.producerShareBasisPoints,
        producerMinimumCents: terms.feeCents,
      };
  }
}

function logistics(terms: OfferTerms): string {
  const s = terms.schedule;
  const lines = [
    ['Load-in / Arrivée', s.loadIn],
    ['Soundcheck / Balances', s.soundcheck],
    ['Doors / Ouverture des portes', s.doors],
    ['Show / Concert', s.showStart],
    ['Curfew / Couvre-feu', s.curfew],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${v}`);
  if (terms.ticketPricesCents.length > 0)
    lines.push(
      `Tickets: ${terms.ticketPricesCents.map((c) => (c / 100).toFixed(2)).join(' / ')} ${terms.currency}`,
    );
  if (terms.lodging) lines.push(`Lodging / Hébergement: ${terms.lodging}`);
  if (terms.travel) lines.push(`Travel / Transport: ${terms.travel}`);
  return lines.join('\n');
}

/** The contract terms an accepted offer turns into (validated by the contracts module's schema). */
export function contractTermsFor(
  terms: OfferTerms,
  day: string,
  venue: MatchingFeedRow,
  artist: MatchingFeedRow,
  seller: Signatory,
  buyer: Signatory,
): ContractTerms {
  const schedule = logistics(terms);
  return termsSchema.parse({
    kind: terms.contractKind,
    country: country(venue.country),
    language: terms.language,
    producer: {
      name: artist.name,
      address: address(artist),
      country: country(artist.country),
      representative: seller.name,
      email: seller.email,
    },
    organiser: {
      name: venue.name,
      address: address(venue),
      country: country(venue.country),
      representative: buyer.name,
      email: buyer.email,
      occasional: venue.kind !== 'venue',
    },
    artist: { name: artist.name, performers: 1 },
    show: {
      date: day,
      venueName: venue.name,
      venueAddress: address(venue),
      ...(terms.schedule.showStart ? { startTime: terms.schedule.showStart } : {}),
      durationSeconds: terms.setLengthSeconds,
      capacity: terms.capacity,
    },
    deal: dealOf(terms),
    currency: terms.currency,
    drinksServed: terms.drinksServed,
    payment: { dueDaysAfterShow: 30, depositBasisPoints: 0 },
    cancellation: { noticeDays: 30, compensationBasisPoints: 5000 },
    radius: terms.radius,
    insurance: { organiserLiability: true, producerEquipment: true },
    riders: [
      ...(schedule
        ? [{ kind: 'technical', title: 'Schedule & logistics / Horaires et logistique', text: schedule }]
        : []),
      ...(terms.hospitality
        ? [{ kind: 'hospitality', title: 'Hospitality / Accueil', text: terms.hospitality }]
        : []),
    ],
    libraryClauses: terms.libraryClauses,
    customClauses: terms.customClauses,
  });
}

/** The VAT regime of the fee at the show date (dated reference tables, through the contract model). */
export function vatRegime(terms: OfferTerms, day: string, venue: MatchingFeedRow, artist: MatchingFeedRow) {
  const placeholder = { name: '—', email: 'tbd@flowstage.app' };
  return vatOnFee(contractTermsFor(terms, day, venue, artist, placeholder, placeholder));
}
