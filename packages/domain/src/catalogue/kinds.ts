/** Profile kinds of the catalogue; mirrors PROFILE_KINDS of the database schema. */
export const PROFILE_KINDS = [
  'artist',
  'venue',
  'street_arts_company',
  'technician',
  'service_provider',
  'municipality',
  'campsite',
  'audiovisual_production',
] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/**
 * Which profiles an organisation of each account type may own. A booker agency manages many
 * artists and street-arts companies; a town hall may run venues besides its own profile.
 */
const KINDS_BY_ACCOUNT_TYPE: Readonly<Record<string, readonly ProfileKind[]>> = {
  artist: ['artist'],
  booker: ['artist', 'street_arts_company'],
  venue: ['venue'],
  technician: ['technician'],
  street_arts_company: ['street_arts_company'],
  service_provider: ['service_provider'],
  municipality: ['municipality', 'venue'],
  campsite: ['campsite'],
  audiovisual_production: ['audiovisual_production'],
  admin: PROFILE_KINDS,
};

export function allowedProfileKinds(accountType: string): readonly ProfileKind[] {
  return KINDS_BY_ACCOUNT_TYPE[accountType] ?? [];
}

export function isProfileKind(value: string): value is ProfileKind {
  return (PROFILE_KINDS as readonly string[]).includes(value);
}

/** URL segment of each kind's search ("/catalogue/search/venues"). */
export const KIND_PLURALS: Readonly<Record<ProfileKind, string>> = {
  artist: 'artists',
  venue: 'venues',
  street_arts_company: 'street-arts-companies',
  technician: 'technicians',
  service_provider: 'service-providers',
  municipality: 'municipalities',
  campsite: 'campsites',
  audiovisual_production: 'audiovisual-productions',
};
