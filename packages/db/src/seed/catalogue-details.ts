// Plausible kind-specific details for demo catalogue profiles, drawn from the seeded PRNG.
import {
  AUDIENCES,
  genreTree,
  PERFORMANCE_TYPES,
  PRODUCTION_TYPES,
  PROVIDER_SERVICES,
  type ProfileDetails,
  TECHNICIAN_SPECIALITIES,
  VENUE_TYPES,
} from '@flowstage/domain/catalogue';
import type { Random } from './random.ts';

const GENRE_SLUGS = genreTree().flatMap((family) => [family.slug, ...family.children.map((c) => c.slug)]);
const LANGUAGES_BY_COUNTRY = {
  FR: ['fr'],
  BE: ['fr', 'nl'],
  CH: ['fr', 'de'],
  LU: ['fr', 'de', 'lb'],
} as const;

const round = (value: number, step: number) => Math.round(value / step) * step;
const eur = (minCents: number, maxCents: number) => ({ minCents, maxCents, currency: 'EUR' as const });

function some<T>(random: Random, items: readonly T[], max: number): T[] {
  const out = new Set<T>();
  const n = random.int(1, max);
  while (out.size < Math.min(n, items.length)) out.add(random.pick(items));
  return [...out];
}

export function genresFor(random: Random): string[] {
  return some(random, GENRE_SLUGS, 3);
}

export function languagesFor(random: Random, country: keyof typeof LANGUAGES_BY_COUNTRY): string[] {
  const base: string[] = [...LANGUAGES_BY_COUNTRY[country]];
  return random.chance(0.4) ? [...new Set([...base, 'en'])] : base;
}

export function detailsFor(kind: ProfileDetails['kind'], random: Random, city: string): ProfileDetails {
  switch (kind) {
    case 'artist': {
      const min = round(random.int(50, 1500), 50);
      const fee = round(random.int(800, 20_000), 100) * 100;
      return {
        kind,
        details: {
          actType: random.pick(['solo', 'band', 'dj', 'orchestra', 'collective'] as const),
          audienceDraw: round(min * 0.6, 10),
          capacityRange: { min, max: min * random.int(2, 4) },
          fees: [{ dealType: 'flat_guarantee', ...eur(fee, fee * 2) }],
          travellingParty: random.int(1, 12),
        },
      };
    }
    case 'venue': {
      const seated = round(random.int(80, 2500), 10);
      return {
        kind,
        details: {
          venueType: random.pick(VENUE_TYPES),
          capacitySeated: seated,
          capacityStanding: round(seated * (1.3 + random.next()), 10),
          budget: eur(round(random.int(1000, 8000), 100) * 100, round(random.int(9000, 40_000), 100) * 100),
          accessiblePmr: random.chance(0.7),
        },
      };
    }
    case 'street_arts_company':
      return {
        kind,
        details: {
          performanceTypes: some(random, PERFORMANCE_TYPES, 2),
          durationSeconds: random.int(2, 8) * 900,
          gauge: { min: 50, max: round(random.int(200, 5000), 50) },
          technicallyAutonomous: random.chance(0.6),
          weatherDependent: random.chance(0.3),
          audiences: some(random, AUDIENCES, 3),
          pmrFriendly: random.chance(0.7),
          municipalExperience: random.chance(0.8),
          rates: {
            ...eur(round(random.int(800, 3000), 50) * 100, round(random.int(3000, 9000), 50) * 100),
            structure: 'per_show',
          },
        },
      };
    case 'technician':
      return {
        kind,
        details: {
          specialities: some(random, TECHNICIAN_SPECIALITIES, 2),
          equipment: [],
          dayRate: { amountCents: round(random.int(250, 600), 10) * 100, currency: 'EUR' },
          travelRadiusKm: round(random.int(50, 600), 50),
        },
      };
    case 'service_provider':
      return {
        kind,
        details: {
          services: some(random, PROVIDER_SERVICES, 2),
          coverageRadiusKm: round(random.int(30, 400), 10),
          capacity: random.int(8, 120),
          prices: {
            ...eur(round(random.int(40, 200), 5) * 100, round(random.int(200, 900), 5) * 100),
            unit: 'per_day',
          },
        },
      };
    case 'municipality':
      return {
        kind,
        details: {
          population: round(random.int(2000, 90_000), 100),
          cultureBudgetCents: round(random.int(20_000, 900_000), 1000) * 100,
          publicSpaces: [
            {
              name: `Place de la Mairie, ${city}`,
              type: 'square',
              capacity: round(random.int(300, 4000), 50),
            },
          ],
        },
      };
    case 'campsite':
      return {
        kind,
        details: {
          chain: false,
          sites: [
            {
              name: `Camping de ${city}`,
              city,
              stars: random.int(2, 5),
              capacity: round(random.int(100, 1500), 50),
              seasonStart: '04-01',
              seasonEnd: '09-30',
            },
          ],
          audiences: some(random, AUDIENCES, 2),
          budgetPerShow: eur(round(random.int(300, 1000), 50) * 100, round(random.int(1000, 4000), 50) * 100),
        },
      };
    case 'audiovisual_production':
      return {
        kind,
        details: { projects: [{ title: `Tournage à ${city}`, type: random.pick(PRODUCTION_TYPES), city }] },
      };
  }
}
