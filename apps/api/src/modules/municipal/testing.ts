import type { ApiInstance } from '../../context.ts';
import type { SignedUp } from '../../testing/test-app.ts';

/** Valid (Luhn) SIRETs for tests: a commune and a company. */
export const COMMUNE_SIRET = '21690123110002';
export const COMPANY_SIRET = '12345678210001';
export const COMPANY_VAT = 'FR11123456782';

export async function setClock(app: ApiInstance, today: string | null) {
  const res = await app.inject({ method: 'PUT', url: '/api/v1/municipal/test-clock', payload: { today } });
  if (res.statusCode !== 204) throw new Error(`clock: ${res.statusCode} ${res.body}`);
}

export function festivalBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Festival d’été des arts de rue',
    kind: 'festival',
    startDate: '2026-05-23',
    endDate: '2026-05-24',
    startTime: '17:00',
    endTime: '23:00',
    placeType: 'place-publique',
    placeName: 'Place de l’Hôtel de Ville',
    address: '1 place de l’Hôtel de Ville, 71100 Chalon-sur-Saône',
    latitude: 46.7806,
    longitude: 4.8539,
    expectedAudience: 1500,
    need: 'Deux déambulations familiales et un spectacle fixe en soirée pour le festival d’été.',
    formats: ['deambulation', 'fixe'],
    technicalConstraints: 'Sol pavé, pas d’ancrage au sol.',
    powerKw: 18,
    budget: '20000.00',
    imputation: { chapter: '011', article: '6042' },
    ...overrides,
  };
}

export const quoteBody = (amount: string, overrides: Record<string, unknown> = {}) => ({
  showTitle: 'Les Échassiers lumineux',
  performanceType: 'deambulation',
  amountExclVat: amount,
  powerNeededKw: 0,
  gaugeMin: 50,
  gaugeMax: 3000,
  ...overrides,
});

export const orderBody = (quoteId: string, overrides: Record<string, unknown> = {}) => ({
  quoteId,
  billing: {
    siret: COMMUNE_SIRET,
    addressLine1: 'Place de l’Hôtel de Ville',
    postcode: '71100',
    city: 'Chalon-sur-Saône',
    serviceCode: 'CULTURE',
  },
  signatory: { name: 'Claire Martin', capacity: 'Adjointe à la culture, par délégation' },
  ...overrides,
});

export const invoiceBody = {
  seller: {
    siret: COMPANY_SIRET,
    vatId: COMPANY_VAT,
    addressLine1: '12 rue des Arts',
    postcode: '15000',
    city: 'Aurillac',
    iban: 'FR7630006000011234567890189',
  },
};

export const url = (who: SignedUp, path: string) =>
  `/api/v1/organisations/${who.organisationId}/municipal${path}`;
