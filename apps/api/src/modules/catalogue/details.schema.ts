import {
  AUDIENCES,
  DEAL_TYPES,
  PERFORMANCE_TYPES,
  PRODUCTION_TYPES,
  PROVIDER_SERVICES,
  TECHNICIAN_SPECIALITIES,
  VENUE_TYPES,
} from '@flowstage/domain/catalogue';
import { z } from 'zod';

/** Kind-specific profile details. Cross-field rules (min ≤ max, known genres…) live in the domain. */
const count = z.number().int().describe('Whole number, ≥ 0');
const cents = z.number().int().describe('Amount in integer cents');
export const currency = z.enum(['EUR', 'CHF']).describe('ISO 4217 currency');
const day = z.iso.date().describe('Day, YYYY-MM-DD');
const url = z.url().max(500);
const text = (max: number) => z.string().trim().max(max);

export const priceRange = z.strictObject({
  minCents: cents,
  maxCents: cents,
  currency,
});
const range = z.strictObject({ min: count, max: count });
const certification = z.strictObject({
  name: text(200).min(1),
  validTo: day.nullable().optional().describe('Expiry day'),
});
const insurance = z
  .strictObject({
    insurer: text(200).min(1),
    policyNumber: text(100).min(1),
    validTo: day.describe('Expiry day'),
  })
  .describe('Public liability insurance (RC pro)');
const certifications = z
  .array(certification)
  .max(30)
  .describe('Certificates with their expiry (habilitation électrique, CACES, SST…)');
const metres = z.number().min(0).max(1000).describe('Metres');
const gear = z.array(text(120).min(1)).max(60);
/** Set by POST …/riders/{rider}; a value sent in a profile document is ignored. */
export const riderFile = z
  .strictObject({
    filename: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .describe('Uploaded PDF (read-only: upload it through the rider route)');

export const artistDetails = z
  .strictObject({
    actType: z.enum(['solo', 'band', 'dj', 'orchestra', 'collective']),
    audienceDraw: count.optional().describe('Typical paying audience the act draws in its home region'),
    capacityRange: range.describe('Room sizes the act targets (people)'),
    fees: z
      .array(priceRange.extend({ dealType: z.enum(DEAL_TYPES) }))
      .max(8)
      .describe('Fee range asked per deal type (flat guarantee, versus, door deal, co-réalisation)'),
    travellingParty: z.number().int().describe('People on the road: musicians and crew (line-up size)'),
    technicalRider: z
      .strictObject({
        stageWidthM: z.number().optional(),
        stageDepthM: z.number().optional(),
        inputs: count.optional().describe('Number of input channels needed'),
        backline: z.array(text(120)).max(50).optional(),
        powerKw: z.number().optional(),
        pdfUrl: url.optional().describe('Link to a technical rider PDF hosted elsewhere'),
        file: riderFile.optional(),
      })
      .optional(),
    hospitalityRider: z
      .strictObject({ text: text(4000).optional(), pdfUrl: url.optional(), file: riderFile.optional() })
      .optional(),
    exclusivityZones: z
      .array(
        z.strictObject({
          latitude: z.number(),
          longitude: z.number(),
          radiusKm: z.number().positive(),
          from: day,
          to: day,
          label: text(120).optional(),
        }),
      )
      .max(50)
      .optional()
      .describe('Radius clauses already signed: no show within radiusKm between from and to'),
    tourSchedule: z
      .array(z.strictObject({ date: day, city: text(120).min(1), venueName: text(200).optional() }))
      .max(500)
      .optional()
      .describe('Dates already on the road: day, town and venue'),
  })
  .describe('Artist or band');

export const venueDetails = z
  .strictObject({
    venueType: z.enum(VENUE_TYPES),
    capacityStanding: z.number().int().optional(),
    capacitySeated: z.number().int().optional(),
    budget: priceRange.optional().describe('Artistic budget for one show'),
    technicalSpecs: z
      .strictObject({
        stageWidthM: metres.optional(),
        stageDepthM: metres.optional(),
        stageHeightM: metres.optional().describe('Clear height under the grid'),
        powerKw: z.number().min(0).max(10_000).optional().describe('Power available for the show'),
        powerNotes: text(500).optional().describe('Connectors and phases, e.g. P17 125 A tri'),
        riggingPoints: z.number().int().min(0).max(500).optional(),
        riggingLoadKg: z.number().min(0).max(100_000).optional().describe('Working load per point'),
        desks: gear.optional().describe('FOH and monitor consoles in house'),
        pa: gear.optional().describe('PA system'),
        backline: gear.optional(),
        lighting: gear.optional(),
        notes: text(2000).optional().describe('Load-in, dressing rooms, parking…'),
      })
      .optional()
      .describe('Stage size, power, rigging and the gear in house'),
    licence: z
      .strictObject({
        category: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        number: z.string().regex(/^PLATESV-[RD]-\d{4}-\d{6}$/, 'format PLATESV-D-YYYY-NNNNNN'),
      })
      .optional()
      .describe("Licence d'entrepreneur de spectacles (FR)"),
    pastProgramming: z
      .array(
        z.strictObject({
          date: day,
          artistName: text(200).min(1),
          genres: z.array(z.string()).max(10).optional().describe('Genre slugs'),
          attendance: z.number().int().min(0).max(1_000_000).optional(),
        }),
      )
      .max(500)
      .optional()
      .describe('Past shows: date, artist, genres, attendance'),
    accessiblePmr: z.boolean().optional(),
  })
  .describe('Venue: concert hall, club, festival, theatre, SMAC or open air');

export const streetArtsDetails = z
  .strictObject({
    performanceTypes: z.array(z.enum(PERFORMANCE_TYPES)).min(1),
    durationSeconds: z.number().int(),
    gauge: range.describe('Audience size the show plays to (50–5,000)'),
    technicallyAutonomous: z.boolean().describe('Brings its own sound and power'),
    weatherDependent: z.boolean(),
    spaceRequirements: z
      .strictObject({
        widthM: z.number().optional(),
        depthM: z.number().optional(),
        notes: text(1000).optional(),
      })
      .optional(),
    audiences: z.array(z.enum(AUDIENCES)),
    pmrFriendly: z.boolean(),
    municipalExperience: z.boolean(),
    insurance: insurance.optional(),
    certifications: certifications.optional(),
    rates: priceRange.extend({ structure: z.enum(['per_show', 'per_day', 'per_series']) }),
  })
  .describe('Street-arts company (FR-013)');

export const technicianDetails = z
  .strictObject({
    specialities: z.array(z.enum(TECHNICIAN_SPECIALITIES)).min(1),
    equipment: z
      .array(z.string())
      .max(60)
      .describe('Desks and systems mastered: slugs of GET /catalogue/equipment'),
    certifications: certifications.optional(),
    insurance: insurance.optional(),
    dayRate: z.strictObject({ amountCents: cents, currency }),
    travelRadiusKm: z.number().int().min(0).max(2000),
    venuesWorked: z.array(text(200)).max(200).optional(),
  })
  .describe('Technician (FR-011)');

export const serviceProviderDetails = z
  .strictObject({
    services: z.array(z.enum(PROVIDER_SERVICES)).min(1),
    coverageRadiusKm: z.number().int().min(0).max(2000),
    capacity: count.optional().describe('Beds, seats or covers'),
    vehicles: z
      .array(z.strictObject({ type: z.enum(['car', 'van', 'bus', 'truck']), seats: count, count: count }))
      .max(50)
      .optional(),
    prices: priceRange
      .extend({ unit: z.enum(['per_night', 'per_day', 'per_km', 'per_person', 'flat']) })
      .optional(),
    insurance: insurance.optional(),
    certifications: certifications.optional(),
  })
  .describe('Service provider (FR-009): accommodation, transport, catering, photo/video, driver');

export const municipalityDetails = z
  .strictObject({
    inseeCode: z
      .string()
      .regex(/^(\d{5}|2[AB]\d{3})$/, 'INSEE code has 5 characters')
      .optional(),
    population: count,
    cultureBudgetCents: cents.min(0).optional(),
    publicSpaces: z
      .array(z.strictObject({ name: text(200).min(1), type: text(60).min(1), capacity: count.optional() }))
      .max(100)
      .optional(),
    procurementContact: z
      .strictObject({ name: text(200).min(1), email: z.email(), phone: text(40).optional() })
      .optional(),
  })
  .describe('Municipality');

export const campsiteDetails = z
  .strictObject({
    chain: z.boolean(),
    sites: z
      .array(
        z.strictObject({
          name: text(200).min(1),
          city: text(120).min(1),
          stars: z.number().int().min(1).max(5),
          capacity: count,
          seasonStart: z.string().describe('MM-DD'),
          seasonEnd: z.string().describe('MM-DD'),
        }),
      )
      .min(1)
      .max(500),
    audiences: z.array(z.enum(AUDIENCES)),
    budgetPerShow: priceRange.optional(),
  })
  .describe('Campsite or campsite chain');

export const audiovisualDetails = z
  .strictObject({
    projects: z
      .array(
        z.strictObject({
          title: text(200).min(1),
          type: z.enum(PRODUCTION_TYPES),
          shootingFrom: day.optional(),
          shootingTo: day.optional(),
          city: text(120).optional(),
        }),
      )
      .max(100),
    crewNeeds: z
      .array(z.strictObject({ role: text(120).min(1), from: day.optional(), to: day.optional() }))
      .max(100)
      .optional(),
    extrasCalls: z
      .array(
        z.strictObject({ title: text(200).min(1), date: day, count: count, profile: text(500).optional() }),
      )
      .max(100)
      .optional(),
  })
  .describe('Audiovisual production');
