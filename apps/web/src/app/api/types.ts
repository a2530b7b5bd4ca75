// Shapes of the identity API, mirrored from docs/api-contract-identity.md.

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

export interface User {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
}

export interface Membership {
  /** Organisation id. */
  id: string;
  name: string;
  accountType: AccountType;
  role: MemberRole;
  country: Country;
}

export interface Me {
  user: User;
  organisations: Membership[];
}

export interface Session extends Me {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

export interface Organisation {
  id: string;
  name: string;
  accountType: AccountType;
  country: Country;
  city: string | null;
  siret: string | null;
  vatNumber: string | null;
  licenceNumber: string | null;
  phone: string | null;
  website: string | null;
  description: string | null;
  createdAt: string;
}

export type OrganisationPatch = Partial<
  Pick<
    Organisation,
    | 'name'
    | 'country'
    | 'city'
    | 'siret'
    | 'vatNumber'
    | 'licenceNumber'
    | 'phone'
    | 'website'
    | 'description'
  >
>;

export interface Member {
  userId: string;
  email: string;
  displayName: string;
  role: MemberRole;
}

export interface DashboardMetric {
  key: string;
  value: number;
}

export interface DashboardUpcoming {
  /** Day date, 'YYYY-MM-DD'. */
  date: string;
  title: string;
  kind: string;
}

export interface DashboardTask {
  key: string;
  count: number;
}

export interface Dashboard {
  accountType: AccountType;
  organisationName: string;
  metrics: DashboardMetric[];
  upcoming: DashboardUpcoming[];
  tasks: DashboardTask[];
}

export interface SignupInput {
  email: string;
  password: string;
  displayName: string;
  accountType: PublicAccountType;
  organisationName: string;
  country: Country;
  locale: Locale;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
