// Shapes of the identity API, mirrored from docs/api-contract-identity.md.

import {
  type AccountType,
  type Country,
  LOCALES,
  type Locale,
  type MemberRole,
  type PublicAccountType,
} from '@flowstage/domain/identity';

export {
  ACCOUNT_TYPES,
  type AccountType,
  COUNTRIES,
  type Country,
  LOCALES,
  type Locale,
  MEMBER_ROLES,
  type MemberRole,
  PUBLIC_ACCOUNT_TYPES,
  type PublicAccountType,
} from '@flowstage/domain/identity';

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
