import type { ApiInstance } from '../../../context.ts';
import type { SignedUp } from '../../../testing/test-app.ts';

/** A day `offset` days from today (the index keeps calendars within a horizon around today). */
export const dayFromNow = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Creates and publishes a profile through the catalogue API (as a user would), returns its id. */
export async function publishProfile(
  app: ApiInstance,
  who: SignedUp,
  doc: Record<string, unknown>,
): Promise<string> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/catalogue/profiles',
    headers: who.auth,
    payload: { organisationId: who.organisationId, country: 'FR', languages: ['fr'], ...doc },
  });
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.statusCode} ${created.body}`);
  const id = created.json<{ id: string }>().id;
  const published = await app.inject({
    method: 'POST',
    url: `/api/v1/catalogue/profiles/${id}/publish`,
    headers: who.auth,
  });
  if (published.statusCode !== 200)
    throw new Error(`publish failed: ${published.statusCode} ${published.body}`);
  return id;
}

export function artistDoc(
  name: string,
  lat: number,
  lon: number,
  city: string,
  o: { genres?: string[]; cap?: [number, number]; fee?: [number, number] } = {},
) {
  const [min, max] = o.cap ?? [200, 900];
  const [feeMin, feeMax] = o.fee ?? [150_000, 400_000];
  return {
    kind: 'artist',
    name,
    city,
    latitude: lat,
    longitude: lon,
    genres: o.genres ?? ['indie-rock'],
    details: {
      actType: 'band',
      capacityRange: { min, max },
      fees: [{ dealType: 'flat_guarantee', minCents: feeMin, maxCents: feeMax, currency: 'EUR' }],
      travellingParty: 5,
    },
  };
}

export function venueDoc(
  name: string,
  lat: number,
  lon: number,
  city: string,
  o: { genres?: string[]; standing?: number; budget?: number } = {},
) {
  return {
    kind: 'venue',
    name,
    city,
    latitude: lat,
    longitude: lon,
    genres: o.genres ?? ['rock'],
    details: {
      venueType: 'smac',
      capacityStanding: o.standing ?? 800,
      budget: { minCents: 100_000, maxCents: o.budget ?? 500_000, currency: 'EUR' },
    },
  };
}

export function technicianDoc(name: string, lat: number, lon: number, city: string, rate: number) {
  return {
    kind: 'technician',
    name,
    city,
    latitude: lat,
    longitude: lon,
    details: {
      specialities: ['foh', 'monitor'],
      equipment: ['digico-sd12', 'l-acoustics-kara'],
      dayRate: { amountCents: rate, currency: 'EUR' },
      travelRadiusKm: 300,
    },
  };
}

export function companyDoc(name: string, lat: number, lon: number, city: string, fee: number) {
  return {
    kind: 'street_arts_company',
    name,
    city,
    latitude: lat,
    longitude: lon,
    details: {
      performanceTypes: ['deambulation', 'fixe'],
      durationSeconds: 2700,
      gauge: { min: 50, max: 2000 },
      technicallyAutonomous: true,
      weatherDependent: false,
      audiences: ['family', 'children'],
      pmrFriendly: true,
      municipalExperience: true,
      rates: { minCents: fee, maxCents: fee * 2, currency: 'EUR', structure: 'per_show' },
    },
  };
}
