import type { ApiInstance } from '../../context.ts';
import { type SignedUp, signUpAs } from '../../testing/test-app.ts';
import { SAMPLE_PROFILES } from '../catalogue/fixtures.ts';

export interface World {
  readonly seller: SignedUp;
  readonly seller2: SignedUp;
  readonly venue: SignedUp;
  readonly validator: SignedUp;
  readonly artistId: string;
  readonly artist2Id: string;
  readonly venueId: string;
}

export async function createProfile(app: ApiInstance, who: SignedUp, kind: 'artist' | 'venue', name: string) {
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/catalogue/profiles',
    headers: who.auth,
    payload: { ...SAMPLE_PROFILES[kind], name, organisationId: who.organisationId },
  });
  if (created.statusCode !== 201) throw new Error(`profile: ${created.statusCode} ${created.body}`);
  const id = created.json<{ id: string }>().id;
  const published = await app.inject({
    method: 'POST',
    url: `/api/v1/catalogue/profiles/${id}/publish`,
    headers: who.auth,
  });
  if (published.statusCode !== 200) throw new Error(`publish: ${published.statusCode} ${published.body}`);
  return id;
}

/** Two bookers with an artist each, a venue and a legal validator, all through the public API. */
export async function createWorld(app: ApiInstance): Promise<World> {
  const seller = await signUpAs(app, 'booker');
  const seller2 = await signUpAs(app, 'booker');
  const venue = await signUpAs(app, 'venue');
  const validator = await signUpAs(app, 'legal_validator');
  return {
    seller,
    seller2,
    venue,
    validator,
    artistId: await createProfile(app, seller, 'artist', 'Les Ondes Électriques'),
    artist2Id: await createProfile(app, seller2, 'artist', 'Zoé & les Garçons'),
    venueId: await createProfile(app, venue, 'venue', 'Le Transbordeur'),
  };
}

export const OFFER_TERMS = {
  feeCents: 800_000,
  currency: 'EUR',
  deal: { type: 'flat_guarantee' },
  ticketPricesCents: [1800, 2400],
  capacity: 900,
  setLengthSeconds: 5400,
  schedule: { loadIn: '14:00', soundcheck: '16:30', doors: '19:30', showStart: '20:30', curfew: '23:30' },
  hospitality: 'Repas chauds pour 7, loge.',
  lodging: '4 chambres doubles',
  travel: 'Défraiement 300 €',
};

/** A show date a few months ahead (never in the past whenever the tests run). */
export function futureDay(daysAhead = 120): string {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
}
