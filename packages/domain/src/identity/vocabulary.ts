/** The platform's closed vocabularies, shared by the database schema, the API and the web app. */
export const ACCOUNT_TYPES = [
  'artist',
  'booker',
  'venue',
  'technician',
  'street_arts_company',
  'service_provider',
  'municipality',
  'campsite',
  'audiovisual_production',
  'legal_validator',
  'admin',
] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** Admin organisations are created by the platform, never at sign-up. */
export type PublicAccountType = Exclude<AccountType, 'admin'>;
export const PUBLIC_ACCOUNT_TYPES: readonly PublicAccountType[] = ACCOUNT_TYPES.filter(
  (t): t is PublicAccountType => t !== 'admin',
);

export const MEMBER_ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const COUNTRIES = ['FR', 'BE', 'CH', 'LU'] as const;
export type Country = (typeof COUNTRIES)[number];

export const LOCALES = ['fr', 'en', 'nl', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
