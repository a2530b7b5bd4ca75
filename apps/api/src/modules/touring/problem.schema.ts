import { z } from 'zod';

/**
 * The tour problem as JSON: the "solver as a service" format of POST /api/v1/tours/solve and
 * `npm run tour:solve`. Mirrors `TourProblem` of @flowstage/domain/touring; the domain validator
 * then checks what a schema cannot (windows inside the range, enough open days, matrix indexes).
 */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Day, YYYY-MM-DD');
const country = z.enum(['FR', 'BE', 'CH', 'LU']);

const geoPoint = z
  .strictObject({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    country: country.optional().describe('Chooses the road-circuity factor of the offline distance estimate'),
  })
  .describe('WGS84 coordinates');

const placeFields = {
  location: geoPoint.optional(),
  matrixIndex: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Row/column of `matrix` for this place (give coordinates, a matrix row, or both)'),
};

const timeWindow = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('days'), from: isoDay, to: isoDay }),
    z.strictObject({
      kind: z.literal('seconds'),
      start: z.number().min(0).describe('Seconds from dateRange.from at 00:00'),
      end: z.number().min(0),
    }),
  ])
  .describe('When the stop can host the show: inclusive days, or seconds from the start of the range');

export const stopSchema = z
  .strictObject({
    id: z.string().min(1).max(100),
    name: z.string().max(200).optional(),
    ...placeFields,
    capacity: z.number().int().min(1).describe('Seats: drives the progression and school-holiday rules'),
    windows: z.array(timeWindow).max(400),
    serviceSeconds: z.number().min(0).max(86_400).optional().describe('Time on site (get-in to get-out)'),
    fixedDate: isoDay.optional().describe('A confirmed show: played exactly on this day'),
    required: z.boolean().optional().describe('Must be in the tour'),
    skipPenaltyCents: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Cost of leaving this optional stop out (used when showsWanted is not set)'),
    radiusClause: z
      .strictObject({ radiusMetres: z.number().min(0), days: z.number().int().min(0) })
      .optional()
      .describe('No other show within radiusMetres during `days` before/after this one'),
    schoolCalendar: z
      .discriminatedUnion('country', [
        z.strictObject({ country: z.literal('FR'), zone: z.enum(['A', 'B', 'C']) }),
        z.strictObject({ country: z.literal('BE'), zone: z.literal('FWB') }),
      ])
      .optional()
      .describe('School-holiday calendar of the venue (FR zone A/B/C, BE: FWB)'),
  })
  .describe('A candidate venue (a stop)');

const ruleSettings = z
  .strictObject({
    maxConsecutiveShowDays: z.number().int().min(1).max(30),
    maxDriveMetresPerDay: z.number().int().min(50_000).max(2_000_000),
    schoolHolidayCapacityBelow: z.number().int().min(0),
    schoolHolidayPolicy: z.enum(['hard', 'soft', 'ignore']),
    schoolHolidayPenaltyCents: z.number().int().min(0),
    preferredGapDays: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(0) }),
    gapPenaltyCentsPerDay: z.number().int().min(0),
    preferredWeekdays: z.array(z.number().int().min(0).max(6)).max(7).describe('0 = Sunday … 6 = Saturday'),
    nonPreferredDayPenaltyCents: z.number().int().min(0),
    progressionPenaltyCentsPer100Seats: z.number().int().min(0),
    co2PenaltyCentsPerKg: z.number().int().min(0),
  })
  .partial()
  .describe('Touring rules; omitted settings take the defaults');

const squareMatrix = z.array(z.array(z.number().min(0)).max(500)).max(500);

export const tourProblemSchema = z
  .strictObject({
    currency: z.enum(['EUR', 'CHF']).default('EUR'),
    start: z.strictObject(placeFields).describe('Home base: where the tour starts'),
    end: z.strictObject(placeFields).optional().describe('Where it ends (default: start)'),
    dateRange: z.strictObject({ from: isoDay, to: isoDay }),
    showsWanted: z
      .number()
      .int()
      .min(0)
      .max(200)
      .optional()
      .describe('Exact number of shows; without it optional stops are kept when worth their skip penalty'),
    party: z.strictObject({
      size: z.number().int().min(1).max(60),
      vehicle: z.enum(['van', 'nightliner', 'truck', 'train']),
    }),
    stops: z.array(stopSchema).min(1).max(200),
    festivals: z
      .array(
        z.strictObject({
          name: z.string().min(1).max(200),
          ...placeFields,
          from: isoDay,
          to: isoDay,
          radiusMetres: z.number().min(0),
          bufferDays: z.number().int().min(0).max(60).optional(),
        }),
      )
      .max(100)
      .optional()
      .describe('No show within radiusMetres of a festival during it (± bufferDays)'),
    publicHolidays: z
      .array(isoDay)
      .max(400)
      .optional()
      .describe('Public holidays (their eves count as preferred days); computed by the server when omitted'),
    rules: ruleSettings.optional(),
    costs: z
      .strictObject({
        hotelPerPersonNightCents: z.number().int().min(0).optional(),
        perDiemPerPersonDayCents: z.number().int().min(0).optional(),
      })
      .optional(),
    matrix: z
      .strictObject({
        metres: squareMatrix.describe('Road metres; row i, column j = from place i to place j'),
        seconds: squareMatrix.describe('Driving seconds, same layout'),
      })
      .optional()
      .describe('Optional travel matrix (e.g. from OSRM/Valhalla); places refer to it by matrixIndex'),
  })
  .describe('A tour-planning problem');

export type TourProblemInput = z.infer<typeof tourProblemSchema>;

export const MAX_TIME_BUDGET_MS = 5_000;

export const solveOptionsSchema = z.strictObject({
  timeBudgetMs: z
    .number()
    .int()
    .min(50)
    .max(60_000)
    .default(1_500)
    .describe(`Search time; capped at ${MAX_TIME_BUDGET_MS} ms by the server`),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .default(1)
    .describe('Same seed + same problem → same tours'),
  alternativeVehicles: z
    .array(z.enum(['van', 'nightliner', 'truck', 'train']))
    .max(4)
    .default(['train'])
    .describe('Vehicles the least-CO₂ variant may switch to'),
});

export const solveBody = z.strictObject({
  problem: tourProblemSchema,
  options: solveOptionsSchema.optional(),
});
export type SolveBody = z.infer<typeof solveBody>;
