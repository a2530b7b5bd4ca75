import type { ContractTerms } from './model.ts';

/**
 * A complete, valid French contrat de cession: the starting point for tests, the benchmark and the
 * demo seed. Identifiers are syntactically valid examples, not real companies.
 */
export function exampleContractTerms(): ContractTerms {
  return {
    kind: 'cession',
    country: 'FR',
    language: 'fr',
    producer: {
      name: 'Les Productions du Quai',
      address: '12 quai de la Fosse, 44000 Nantes',
      country: 'FR',
      representative: 'Élodie Moreau, gérante',
      email: 'elodie@quai.example',
      siret: '73282932000074',
      vatNumber: 'FR44732829320',
      licenceNumber: 'PLATESV-D-2024-001234',
    },
    organiser: {
      name: 'La Cigale Rouge',
      address: '3 rue du Château, 35000 Rennes',
      country: 'FR',
      representative: 'François Lefèvre, directeur',
      email: 'francois@cigale.example',
      siret: '44306184100047',
      licenceNumber: 'PLATESV-R-2023-004567',
      occasional: false,
    },
    artist: { name: 'Zoé & les Garçons Bouchers', performers: 5 },
    show: {
      date: '2026-10-17',
      venueName: 'La Cigale Rouge',
      venueAddress: '3 rue du Château, 35000 Rennes',
      startTime: '20:30',
      durationSeconds: 5400,
      capacity: 450,
    },
    deal: { type: 'flat_guarantee', feeCents: 450_000 },
    currency: 'EUR',
    drinksServed: false,
    payment: { dueDaysAfterShow: 30, depositBasisPoints: 3000 },
    cancellation: { noticeDays: 30, compensationBasisPoints: 5000 },
    radius: { metres: 50_000, daysBefore: 30, daysAfter: 15 },
    insurance: { organiserLiability: true, producerEquipment: true },
    riders: [
      {
        kind: 'technical',
        title: 'Fiche technique',
        text: 'Scène 8 × 6 m, façade 4 kW, 6 retours, 16 A mono.',
      },
      { kind: 'hospitality', title: 'Fiche accueil', text: 'Loge pour 7, repas chauds dont 2 végétariens.' },
    ],
    libraryClauses: [],
    customClauses: [],
  };
}
