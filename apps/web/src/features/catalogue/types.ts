// Shapes of the catalogue API (apps/api/src/modules/catalogue/*.schema.ts), trusted as the contract.
import type { ProfileKind } from '@flowstage/domain/catalogue';

export type Country = 'FR' | 'BE' | 'CH' | 'LU';
export type { ProfileKind };

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchHit {
  id: string;
  kind: ProfileKind;
  name: string;
  city: string | null;
  country: Country;
  region: string | null;
  departement: string | null;
  latitude: number;
  longitude: number;
  genres: string[];
  languages: string[];
  categories: string[];
  features: string[];
  capacityMin: number | null;
  capacityMax: number | null;
  priceMinCents: number | null;
  priceMaxCents: number | null;
  currency: string;
  rating: number | null;
  ratingCount: number;
  verification: string;
  completion: number;
  distanceMetres: number | null;
  relevance: number | null;
}

export interface SearchResult {
  items: SearchHit[];
  nextCursor: string | null;
  total: number;
  facets: {
    country: FacetCount[];
    genre: FacetCount[];
    category: FacetCount[];
    language: FacetCount[];
  } | null;
}

export interface Town {
  id: number;
  name: string;
  country: string;
  inseeCode: string | null;
  departement: string | null;
  region: string | null;
  latitude: number;
  longitude: number;
  population: number;
}

export interface GenreFamily {
  slug: string;
  fr: string;
  en: string;
  children: { slug: string; fr: string; en: string }[];
}

export interface MediaLink {
  label: string;
  url: string;
}

export interface Profile {
  id: string;
  organisationId: string;
  kind: ProfileKind;
  status: 'draft' | 'published';
  verification: 'unverified' | 'pending' | 'verified' | 'rejected';
  name: string;
  description: string | null;
  country: Country;
  region: string | null;
  departement: string | null;
  city: string | null;
  postcode: string | null;
  latitude: number;
  longitude: number;
  genres: string[];
  languages: string[];
  mediaLinks: MediaLink[];
  details: Record<string, unknown>;
  completion: { percent: number; missing: string[] };
  rating: { average: number | null; count: number };
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type AvailabilityStatus = 'available' | 'option' | 'booked' | 'unavailable';

export interface Slot {
  id: string;
  startDate: string;
  endDate: string;
  status: AvailabilityStatus;
  reason: string | null;
  source: 'manual' | 'ical';
}

export interface Rule {
  id: string;
  weekdays: number[];
  validFrom: string | null;
  validTo: string | null;
  reason: string | null;
}

export interface Calendar {
  slots: Slot[];
  rules: Rule[];
  holidays: { date: string; name: string }[];
}

export interface CalendarSource {
  id: string;
  label: string;
  url: string | null;
  lastSyncedAt: string | null;
  eventCount: number;
}

export type TransferFormat = 'csv' | 'json' | 'xml';

export interface ImportReport {
  kind: ProfileKind;
  format: TransferFormat;
  encoding: string;
  dryRun: boolean;
  records: number;
  valid: number;
  imported: number;
  errors: { record: number; line: number | null; field: string; message: string }[];
}

export type RiderKind = 'technical' | 'hospitality';

/** An uploaded rider PDF as the profile's details show it (set by the upload route only). */
export interface RiderFile {
  filename: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}
