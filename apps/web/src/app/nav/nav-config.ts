// Navigation entries per account type. A new module adds its entry to NAV_ITEMS and its id to the
// account types that use it; the navbar renders whatever this config lists, in order.
import {
  type Icon,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconGavel,
  IconId,
  IconLayoutDashboard,
  IconMapPin,
  IconRoute,
  IconSearch,
  IconSettings,
  IconStar,
  IconTargetArrow,
  IconTent,
  IconTool,
} from '@tabler/icons-react';
import type { AccountType } from '../api/types.ts';

export type NavItemId =
  | 'dashboard'
  | 'settings'
  | 'municipal'
  | 'opportunities'
  | 'catalogue'
  | 'profiles'
  | 'tours'
  | 'matchVenues'
  | 'matchArtists'
  | 'matchTechnicians'
  | 'matchStreetArts'
  | 'matchCampsite'
  | 'shortlist'
  | 'booking'
  | 'validation';

export interface NavItem {
  /** Translation key under `nav.*`. */
  labelKey: `nav.${NavItemId}`;
  to: string;
  icon: Icon;
  /** Only the exact path is active (the dashboard is the prefix of every other route). */
  end: boolean;
}

export const NAV_ITEMS: Record<NavItemId, NavItem> = {
  dashboard: { labelKey: 'nav.dashboard', to: '/app', icon: IconLayoutDashboard, end: true },
  settings: { labelKey: 'nav.settings', to: '/app/settings', icon: IconSettings, end: false },
  tours: { labelKey: 'nav.tours', to: '/app/tours', icon: IconRoute, end: false },
  municipal: { labelKey: 'nav.municipal', to: '/app/municipal', icon: IconBuildingCommunity, end: false },
  opportunities: {
    labelKey: 'nav.opportunities',
    to: '/app/municipal/opportunities',
    icon: IconMapPin,
    end: false,
  },
  catalogue: { labelKey: 'nav.catalogue', to: '/app/catalogue/search', icon: IconSearch, end: false },
  profiles: { labelKey: 'nav.profiles', to: '/app/catalogue/mine', icon: IconId, end: false },
  matchVenues: { labelKey: 'nav.matchVenues', to: '/app/matching/venues', icon: IconTargetArrow, end: false },
  matchArtists: {
    labelKey: 'nav.matchArtists',
    to: '/app/matching/artists',
    icon: IconTargetArrow,
    end: false,
  },
  matchTechnicians: {
    labelKey: 'nav.matchTechnicians',
    to: '/app/matching/technicians',
    icon: IconTool,
    end: false,
  },
  matchStreetArts: {
    labelKey: 'nav.matchStreetArts',
    to: '/app/matching/street-arts',
    icon: IconTargetArrow,
    end: false,
  },
  matchCampsite: { labelKey: 'nav.matchCampsite', to: '/app/matching/campsite', icon: IconTent, end: false },
  booking: { labelKey: 'nav.booking', to: '/app/booking', icon: IconCalendarEvent, end: false },
  validation: { labelKey: 'nav.validation', to: '/app/validation', icon: IconGavel, end: false },
  shortlist: { labelKey: 'nav.shortlist', to: '/app/matching/shortlist', icon: IconStar, end: false },
};

// Planned, per the product map: artist/booker → catalogue, matching, tours, bookings, contracts;
// venue → matching, bookings, contracts; municipality → town hall, marketplace; technician and
// service_provider → marketplace, bookings; campsite → marketplace; legal_validator → contracts.

// Catalogue: search for everyone who books or is booked, plus the organisation's own profiles.
const CATALOGUE: readonly NavItemId[] = ['dashboard', 'catalogue', 'profiles', 'settings'];

export const NAV_BY_ACCOUNT_TYPE: Record<AccountType, readonly NavItemId[]> = {
  artist: ['dashboard', 'catalogue', 'profiles', 'matchVenues', 'shortlist', 'booking', 'tours', 'settings'],
  booker: ['dashboard', 'catalogue', 'profiles', 'matchVenues', 'shortlist', 'booking', 'tours', 'settings'],
  venue: [
    'dashboard',
    'catalogue',
    'profiles',
    'matchArtists',
    'matchTechnicians',
    'shortlist',
    'booking',
    'settings',
  ],
  technician: CATALOGUE,
  street_arts_company: ['dashboard', 'opportunities', 'catalogue', 'profiles', 'settings'],
  service_provider: CATALOGUE,
  municipality: [
    'dashboard',
    'municipal',
    'matchStreetArts',
    'shortlist',
    'catalogue',
    'profiles',
    'settings',
  ],
  campsite: ['dashboard', 'catalogue', 'profiles', 'matchCampsite', 'shortlist', 'settings'],
  audiovisual_production: CATALOGUE,
  legal_validator: ['dashboard', 'validation', 'settings'],
  admin: ['dashboard', 'catalogue', 'settings'],
};

export function navItemsFor(accountType: AccountType): NavItem[] {
  return NAV_BY_ACCOUNT_TYPE[accountType].map((id) => NAV_ITEMS[id]);
}
