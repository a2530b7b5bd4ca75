import type { Currency } from '../money/index.ts';

/** Integer cents range in one currency (fees asked, budgets offered, rates). */
export interface PriceRange {
  readonly minCents: number;
  readonly maxCents: number;
  readonly currency: Currency;
}
export interface Range {
  readonly min: number;
  readonly max: number;
}
export interface Certification {
  readonly name: string;
  readonly validTo?: string | null | undefined;
}
export interface Insurance {
  readonly insurer: string;
  readonly policyNumber: string;
  readonly validTo: string;
}
/** An uploaded rider PDF: set by the upload route, never by the profile document's author. */
export interface RiderFile {
  readonly filename: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly uploadedAt: string;
}

export const DEAL_TYPES = ['flat_guarantee', 'versus', 'door_deal', 'co_realisation'] as const;
export interface ArtistDetails {
  readonly actType: 'solo' | 'band' | 'dj' | 'orchestra' | 'collective';
  readonly audienceDraw?: number | undefined;
  readonly capacityRange: Range;
  readonly fees: readonly (PriceRange & { readonly dealType: (typeof DEAL_TYPES)[number] })[];
  readonly travellingParty: number;
  readonly technicalRider?:
    | {
        readonly stageWidthM?: number | undefined;
        readonly stageDepthM?: number | undefined;
        readonly inputs?: number | undefined;
        readonly backline?: readonly string[] | undefined;
        readonly powerKw?: number | undefined;
        readonly pdfUrl?: string | undefined;
        readonly file?: RiderFile | undefined;
      }
    | undefined;
  readonly hospitalityRider?:
    | {
        readonly text?: string | undefined;
        readonly pdfUrl?: string | undefined;
        readonly file?: RiderFile | undefined;
      }
    | undefined;
  readonly exclusivityZones?:
    | readonly {
        readonly latitude: number;
        readonly longitude: number;
        readonly radiusKm: number;
        readonly from: string;
        readonly to: string;
        readonly label?: string | undefined;
      }[]
    | undefined;
  readonly tourSchedule?:
    | readonly { readonly date: string; readonly city: string; readonly venueName?: string | undefined }[]
    | undefined;
}

/** What a venue offers on stage: dimensions, power, rigging and the gear in house. */
export interface VenueTechnicalSpecs {
  readonly stageWidthM?: number | undefined;
  readonly stageDepthM?: number | undefined;
  readonly stageHeightM?: number | undefined;
  readonly powerKw?: number | undefined;
  readonly powerNotes?: string | undefined;
  readonly riggingPoints?: number | undefined;
  readonly riggingLoadKg?: number | undefined;
  readonly desks?: readonly string[] | undefined;
  readonly pa?: readonly string[] | undefined;
  readonly backline?: readonly string[] | undefined;
  readonly lighting?: readonly string[] | undefined;
  readonly notes?: string | undefined;
}

export const VENUE_TYPES = ['concert_hall', 'club', 'festival', 'theatre', 'smac', 'open_air'] as const;
export interface VenueDetails {
  readonly venueType: (typeof VENUE_TYPES)[number];
  readonly capacityStanding?: number | undefined;
  readonly capacitySeated?: number | undefined;
  readonly budget?: PriceRange | undefined;
  readonly technicalSpecs?: VenueTechnicalSpecs | undefined;
  readonly licence?: { readonly category: 1 | 2 | 3; readonly number: string } | undefined;
  readonly pastProgramming?:
    | readonly {
        readonly date: string;
        readonly artistName: string;
        readonly genres?: readonly string[] | undefined;
        readonly attendance?: number | undefined;
      }[]
    | undefined;
  readonly accessiblePmr?: boolean | undefined;
}

export const PERFORMANCE_TYPES = ['deambulation', 'fixe', 'interactif', 'atelier'] as const;
export const AUDIENCES = ['family', 'children', 'teenagers', 'adults', 'seniors'] as const;
export interface StreetArtsDetails {
  readonly performanceTypes: readonly (typeof PERFORMANCE_TYPES)[number][];
  readonly durationSeconds: number;
  readonly gauge: Range;
  readonly technicallyAutonomous: boolean;
  readonly weatherDependent: boolean;
  readonly spaceRequirements?:
    | {
        readonly widthM?: number | undefined;
        readonly depthM?: number | undefined;
        readonly notes?: string | undefined;
      }
    | undefined;
  readonly audiences: readonly (typeof AUDIENCES)[number][];
  readonly pmrFriendly: boolean;
  readonly municipalExperience: boolean;
  readonly insurance?: Insurance | undefined;
  readonly certifications?: readonly Certification[] | undefined;
  readonly rates: PriceRange & { readonly structure: 'per_show' | 'per_day' | 'per_series' };
}

export const TECHNICIAN_SPECIALITIES = ['foh', 'monitor', 'lighting', 'stage', 'rigging', 'video'] as const;
export interface TechnicianDetails {
  readonly specialities: readonly (typeof TECHNICIAN_SPECIALITIES)[number][];
  readonly equipment: readonly string[];
  readonly certifications?: readonly Certification[] | undefined;
  readonly insurance?: Insurance | undefined;
  readonly dayRate: { readonly amountCents: number; readonly currency: Currency };
  readonly travelRadiusKm: number;
  readonly venuesWorked?: readonly string[] | undefined;
}

export const PROVIDER_SERVICES = ['accommodation', 'transport', 'catering', 'photo_video', 'driver'] as const;
export interface ServiceProviderDetails {
  readonly services: readonly (typeof PROVIDER_SERVICES)[number][];
  readonly coverageRadiusKm: number;
  readonly capacity?: number | undefined;
  readonly vehicles?:
    | readonly {
        readonly type: 'car' | 'van' | 'bus' | 'truck';
        readonly seats: number;
        readonly count: number;
      }[]
    | undefined;
  readonly prices?:
    | (PriceRange & { readonly unit: 'per_night' | 'per_day' | 'per_km' | 'per_person' | 'flat' })
    | undefined;
  readonly insurance?: Insurance | undefined;
  readonly certifications?: readonly Certification[] | undefined;
}

export interface MunicipalityDetails {
  readonly inseeCode?: string | undefined;
  readonly population: number;
  readonly cultureBudgetCents?: number | undefined;
  readonly publicSpaces?:
    | readonly { readonly name: string; readonly type: string; readonly capacity?: number | undefined }[]
    | undefined;
  readonly procurementContact?:
    | { readonly name: string; readonly email: string; readonly phone?: string | undefined }
    | undefined;
}

export interface CampsiteDetails {
  readonly chain: boolean;
  readonly sites: readonly {
    readonly name: string;
    readonly city: string;
    readonly stars: number;
    readonly capacity: number;
    readonly seasonStart: string;
    readonly seasonEnd: string;
  }[];
  readonly audiences: readonly (typeof AUDIENCES)[number][];
  readonly budgetPerShow?: PriceRange | undefined;
}

export const PRODUCTION_TYPES = ['film', 'series', 'documentary', 'advert', 'music_video'] as const;
export interface AudiovisualDetails {
  readonly projects: readonly {
    readonly title: string;
    readonly type: (typeof PRODUCTION_TYPES)[number];
    readonly shootingFrom?: string | undefined;
    readonly shootingTo?: string | undefined;
    readonly city?: string | undefined;
  }[];
  readonly crewNeeds?:
    | readonly {
        readonly role: string;
        readonly from?: string | undefined;
        readonly to?: string | undefined;
      }[]
    | undefined;
  readonly extrasCalls?:
    | readonly {
        readonly title: string;
        readonly date: string;
        readonly count: number;
        readonly profile?: string | undefined;
      }[]
    | undefined;
}

export type ProfileDetails =
  | { readonly kind: 'artist'; readonly details: ArtistDetails }
  | { readonly kind: 'venue'; readonly details: VenueDetails }
  | { readonly kind: 'street_arts_company'; readonly details: StreetArtsDetails }
  | { readonly kind: 'technician'; readonly details: TechnicianDetails }
  | { readonly kind: 'service_provider'; readonly details: ServiceProviderDetails }
  | { readonly kind: 'municipality'; readonly details: MunicipalityDetails }
  | { readonly kind: 'campsite'; readonly details: CampsiteDetails }
  | { readonly kind: 'audiovisual_production'; readonly details: AudiovisualDetails };

/** Fields common to every profile. */
export interface ProfileCore {
  readonly name: string;
  readonly description?: string | null | undefined;
  readonly country: 'FR' | 'BE' | 'CH' | 'LU';
  readonly city?: string | null | undefined;
  readonly latitude: number;
  readonly longitude: number;
  readonly genres: readonly string[];
  readonly languages: readonly string[];
  readonly mediaLinks: readonly { readonly label: string; readonly url: string }[];
}

export type ProfileInput = ProfileCore & ProfileDetails;
