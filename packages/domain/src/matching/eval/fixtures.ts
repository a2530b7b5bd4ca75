import type { ArtistProfile, VenueProfile } from '../artist-venue/types.ts';
import type { NamedPoint } from '../shared/types.ts';
import type { CampsiteRequest, StreetArtsRequest, StreetCompanyProfile } from '../street-arts/types.ts';
import type { TechnicianProfile, TechnicianRequest } from '../technician/types.ts';

/** Real places (city centres) so that distances in the cases are the trade's distances. */
export const PLACES = {
  lyon: { lat: 45.764, lon: 4.836, label: 'Lyon' },
  villeurbanne: { lat: 45.771, lon: 4.89, label: 'Villeurbanne' },
  grenoble: { lat: 45.188, lon: 5.724, label: 'Grenoble' },
  chambery: { lat: 45.566, lon: 5.921, label: 'Chambéry' },
  saintEtienne: { lat: 45.44, lon: 4.387, label: 'Saint-Étienne' },
  valence: { lat: 44.933, lon: 4.892, label: 'Valence' },
  annecy: { lat: 45.899, lon: 6.129, label: 'Annecy' },
  geneve: { lat: 46.204, lon: 6.143, label: 'Genève' },
  paris: { lat: 48.857, lon: 2.352, label: 'Paris' },
  lille: { lat: 50.629, lon: 3.057, label: 'Lille' },
  bruxelles: { lat: 50.847, lon: 4.357, label: 'Bruxelles' },
  liege: { lat: 50.633, lon: 5.567, label: 'Liège' },
  luxembourg: { lat: 49.611, lon: 6.13, label: 'Luxembourg' },
  strasbourg: { lat: 48.573, lon: 7.752, label: 'Strasbourg' },
  nantes: { lat: 47.218, lon: -1.554, label: 'Nantes' },
  reze: { lat: 47.19, lon: -1.569, label: 'Rezé' },
  angers: { lat: 47.478, lon: -0.563, label: 'Angers' },
  bordeaux: { lat: 44.838, lon: -0.579, label: 'Bordeaux' },
  marseille: { lat: 43.296, lon: 5.37, label: 'Marseille' },
  toulouse: { lat: 43.605, lon: 1.444, label: 'Toulouse' },
  vannes: { lat: 47.658, lon: -2.76, label: 'Vannes' },
  carnac: { lat: 47.584, lon: -3.078, label: 'Carnac' },
  quiberon: { lat: 47.484, lon: -3.119, label: 'Quiberon' },
  sarzeau: { lat: 47.528, lon: -2.767, label: 'Sarzeau' },
  laTrinite: { lat: 47.586, lon: -3.03, label: 'La Trinité-sur-Mer' },
  rennes: { lat: 48.117, lon: -1.678, label: 'Rennes' },
} satisfies Record<string, NamedPoint>;

export const SAT = '2026-10-10';
export const FRI = '2026-10-09';
export const TUE = '2026-10-13';

export function artist(over: Partial<ArtistProfile> = {}): ArtistProfile {
  return {
    id: 'artist',
    genres: ['indie-rock'],
    homeBase: PLACES.lyon,
    capacity: { min: 400, max: 900 },
    fee: { minCents: 300_000, maxCents: 450_000, currency: 'EUR' },
    availability: { busy: [] },
    bookedShows: [],
    exclusivityZones: [],
    ...over,
  };
}

export function venue(over: Partial<VenueProfile> = {}): VenueProfile {
  return {
    id: 'venue',
    location: PLACES.grenoble,
    capacity: { min: 600, max: 600 },
    budget: { minCents: 250_000, maxCents: 450_000, currency: 'EUR' },
    genres: ['rock', 'indie-rock'],
    availability: { busy: [] },
    history: [],
    ...over,
  };
}

export function technician(over: Partial<TechnicianProfile> = {}): TechnicianProfile {
  return {
    id: 'tech',
    base: PLACES.villeurbanne,
    roles: ['foh'],
    skills: ['digico-sd7', 'digico-sd12', 'l-acoustics-kara'],
    venuesWorked: [],
    availability: { busy: [] },
    dayRate: { cents: 35_000, currency: 'EUR' },
    reputation: { rating: 4.2, reviews: 12 },
    ...over,
  };
}

export function techRequest(over: Partial<TechnicianRequest> = {}): TechnicianRequest {
  return {
    kind: 'technicians',
    role: 'foh',
    dates: [SAT],
    venue: {
      id: 'transbordeur',
      location: PLACES.villeurbanne,
      equipment: ['digico-sd12', 'l-acoustics-kara'],
    },
    riderRequirements: ['digico-sd7'],
    budget: { maxDayRateCents: 40_000, currency: 'EUR' },
    ...over,
  };
}

export function company(over: Partial<StreetCompanyProfile> = {}): StreetCompanyProfile {
  return {
    id: 'company',
    base: PLACES.angers,
    performanceTypes: ['deambulation', 'fixe'],
    gauge: { min: 50, max: 2000 },
    powerNeededKw: 0,
    fee: { minCents: 200_000, maxCents: 280_000, currency: 'EUR' },
    audiences: ['tout-public', 'famille'],
    pmrAccessible: true,
    engagements: [
      { buyer: 'municipality', date: '2025-06-21', rating: 4 },
      { buyer: 'municipality', date: '2025-07-14', rating: 4 },
    ],
    availability: { busy: [] },
    ...over,
  };
}

export function fete(
  over: Partial<StreetArtsRequest['event']> = {},
  budgetMaxCents = 300_000,
): StreetArtsRequest {
  return {
    kind: 'street-arts',
    event: {
      location: PLACES.nantes,
      dates: ['2026-06-20'],
      placeType: 'place-publique',
      expectedAudience: 800,
      availablePowerKw: 0,
      audiences: ['famille', 'tout-public'],
      pmrRequired: false,
      ...over,
    },
    budget: { minCents: 100_000, maxCents: budgetMaxCents, currency: 'EUR' },
  };
}

/** Four campsites around the Gulf of Morbihan on consecutive July days. */
export function circuit(over: Partial<CampsiteRequest> = {}): CampsiteRequest {
  const stop = (siteId: string, location: NamedPoint, date: string) => ({
    siteId,
    location,
    date,
    placeType: 'parc' as const,
    expectedAudience: 150,
    availablePowerKw: 3,
  });
  return {
    kind: 'campsite',
    circuit: [
      stop('camping-carnac', PLACES.carnac, '2026-07-13'),
      stop('camping-quiberon', PLACES.quiberon, '2026-07-14'),
      stop('camping-trinite', PLACES.laTrinite, '2026-07-15'),
      stop('camping-sarzeau', PLACES.sarzeau, '2026-07-16'),
    ],
    budget: { minCents: 40_000, maxCents: 80_000, currency: 'EUR' },
    ...over,
  };
}

export function campsiteAct(over: Partial<StreetCompanyProfile> = {}): StreetCompanyProfile {
  return company({
    id: 'act',
    base: PLACES.vannes,
    performanceTypes: ['fixe', 'interactif'],
    gauge: { min: 30, max: 400 },
    fee: { minCents: 60_000, maxCents: 80_000, currency: 'EUR' },
    audiences: ['famille', 'enfants'],
    engagements: [{ buyer: 'campsite', date: '2025-08-02', rating: 4 }],
    ...over,
  });
}
