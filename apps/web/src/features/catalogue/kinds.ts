import { KIND_PLURALS, PROFILE_KINDS, type ProfileKind } from '@flowstage/domain/catalogue';

export { isProfileKind, KIND_PLURALS, PROFILE_KINDS } from '@flowstage/domain/catalogue';

/** The search page of a kind is /app/catalogue/search/<plural>, as in the API. */
export function kindFromSlug(slug: string | undefined): ProfileKind | null {
  return PROFILE_KINDS.find((k) => KIND_PLURALS[k] === slug) ?? null;
}

export const searchPath = (kind: ProfileKind, query = '') =>
  `/app/catalogue/search/${KIND_PLURALS[kind]}${query ? `?${query}` : ''}`;
export const profilePath = (id: string) => `/app/catalogue/profiles/${id}`;

/** Which filters mean something for a kind (the projection fills capacity/price/genres per kind). */
export const FILTERS_OF: Record<ProfileKind, { capacity: boolean; price: boolean; genres: boolean }> = {
  artist: { capacity: true, price: true, genres: true },
  venue: { capacity: true, price: true, genres: true },
  street_arts_company: { capacity: true, price: true, genres: false },
  technician: { capacity: false, price: true, genres: false },
  service_provider: { capacity: true, price: true, genres: false },
  municipality: { capacity: true, price: false, genres: false },
  campsite: { capacity: true, price: true, genres: false },
  audiovisual_production: { capacity: false, price: false, genres: false },
};
