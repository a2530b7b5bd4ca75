import type { Currency } from '../money/index.ts';
import type { PriceRange, ProfileDetails } from './details.ts';

/** The indexed columns search filters on, derived from a profile's kind-specific details. */
export interface SearchProjection {
  readonly capacityMin: number | null;
  readonly capacityMax: number | null;
  readonly priceMinCents: number | null;
  readonly priceMaxCents: number | null;
  readonly currency: Currency;
  readonly categories: string[];
  readonly features: string[];
  readonly travelRadiusM: number | null;
}

const EMPTY: SearchProjection = {
  capacityMin: null,
  capacityMax: null,
  priceMinCents: null,
  priceMaxCents: null,
  currency: 'EUR',
  categories: [],
  features: [],
  travelRadiusM: null,
};

function price(range: PriceRange | undefined) {
  return range
    ? { priceMinCents: range.minCents, priceMaxCents: range.maxCents, currency: range.currency }
    : {};
}

function flags(entries: Readonly<Record<string, boolean | undefined>>): string[] {
  return Object.entries(entries)
    .filter(([, on]) => on === true)
    .map(([name]) => name);
}

function span(values: readonly number[]): { min: number; max: number } | null {
  if (values.length === 0) return null;
  return { min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Capacity is the audience size a profile fits (a room's seated..standing capacity, an artist's
 * target rooms, a street show's gauge); price is what a buyer pays or has to spend.
 */
export function projectProfile(profile: ProfileDetails): SearchProjection {
  switch (profile.kind) {
    case 'artist': {
      const d = profile.details;
      const fees = span(d.fees.flatMap((f) => [f.minCents, f.maxCents]));
      return {
        ...EMPTY,
        capacityMin: d.capacityRange.min,
        capacityMax: d.capacityRange.max,
        priceMinCents: fees?.min ?? null,
        priceMaxCents: fees?.max ?? null,
        currency: d.fees[0]?.currency ?? 'EUR',
        categories: [d.actType],
        features: d.fees.map((f) => `deal:${f.dealType}`),
      };
    }
    case 'venue': {
      const d = profile.details;
      const caps = span([d.capacitySeated, d.capacityStanding].filter((c): c is number => c !== undefined));
      return {
        ...EMPTY,
        ...price(d.budget),
        capacityMin: caps?.min ?? null,
        capacityMax: caps?.max ?? null,
        categories: [d.venueType],
        features: flags({ pmr: d.accessiblePmr, seated: d.capacitySeated !== undefined }),
      };
    }
    case 'street_arts_company': {
      const d = profile.details;
      return {
        ...EMPTY,
        ...price(d.rates),
        capacityMin: d.gauge.min,
        capacityMax: d.gauge.max,
        categories: [...d.performanceTypes],
        features: [
          ...flags({
            autonomous: d.technicallyAutonomous,
            'weather-independent': !d.weatherDependent,
            pmr: d.pmrFriendly,
            'municipal-experience': d.municipalExperience,
          }),
          ...d.audiences.map((a) => `audience:${a}`),
        ],
      };
    }
    case 'technician': {
      const d = profile.details;
      return {
        ...EMPTY,
        priceMinCents: d.dayRate.amountCents,
        priceMaxCents: d.dayRate.amountCents,
        currency: d.dayRate.currency,
        categories: [...d.specialities],
        features: d.equipment.map((e) => `equipment:${e}`),
        travelRadiusM: d.travelRadiusKm * 1000,
      };
    }
    case 'service_provider': {
      const d = profile.details;
      return {
        ...EMPTY,
        ...price(d.prices),
        capacityMin: d.capacity === undefined ? null : 0,
        capacityMax: d.capacity ?? null,
        categories: [...d.services],
        features: (d.vehicles ?? []).map((v) => `vehicle:${v.type}`),
        travelRadiusM: d.coverageRadiusKm * 1000,
      };
    }
    case 'municipality': {
      const d = profile.details;
      const caps = span(
        (d.publicSpaces ?? []).flatMap((s) => (s.capacity === undefined ? [] : [s.capacity])),
      );
      return {
        ...EMPTY,
        capacityMin: caps ? 0 : null,
        capacityMax: caps?.max ?? null,
        categories: [...new Set((d.publicSpaces ?? []).map((s) => s.type))],
      };
    }
    case 'campsite': {
      const d = profile.details;
      const caps = span(d.sites.map((s) => s.capacity));
      return {
        ...EMPTY,
        ...price(d.budgetPerShow),
        capacityMin: caps?.min ?? null,
        capacityMax: caps?.max ?? null,
        categories: [...new Set(d.sites.map((s) => `${s.stars}-stars`))],
        features: [...d.audiences.map((a) => `audience:${a}`), ...flags({ chain: d.chain })],
      };
    }
    case 'audiovisual_production': {
      const d = profile.details;
      return {
        ...EMPTY,
        categories: [...new Set(d.projects.map((p) => p.type))],
        features: flags({
          'extras-calls': (d.extrasCalls ?? []).length > 0,
          'crew-needs': (d.crewNeeds ?? []).length > 0,
        }),
      };
    }
  }
}
