import { z } from 'zod';

const show = z.object({ stopId: z.string(), date: z.string() });

export const evaluationSchema = z
  .looseObject({
    feasible: z.boolean(),
    shows: z.array(show),
    breakdown: z
      .looseObject({
        currency: z.string(),
        vehicle: z.string(),
        metres: z.number(),
        travelCostCents: z.number().int().describe('Distance + vehicle hire + hotels + per diems'),
        co2Kg: z.number(),
        weekendShows: z.number().int(),
        objectiveCents: z.number().int(),
      })
      .describe('Costs in integer cents, distances in metres, durations in seconds'),
    legs: z.array(z.looseObject({ fromStopId: z.string().nullable(), toStopId: z.string().nullable() })),
    violations: z.array(
      z.looseObject({
        rule: z.string(),
        severity: z.enum(['hard', 'soft']),
        penaltyCents: z.number(),
        stopIds: z.array(z.string()),
        dates: z.array(z.string()),
      }),
    ),
  })
  .describe('A tour with its cost breakdown, legs and rule violations');

export const variantSchema = z.object({
  kinds: z
    .array(z.enum(['cheapest', 'most_weekends', 'least_co2', 'best_progression', 'balanced']))
    .describe('Several kinds when their searches led to the same tour'),
  tour: z.object({ shows: z.array(show) }),
  evaluation: evaluationSchema,
  savingsVsNaive: z.object({
    travelCostCents: z.number(),
    travelCostPct: z.number(),
    metres: z.number(),
    co2Kg: z.number(),
  }),
});

export const solveResponse = z.object({
  variants: z.array(variantSchema),
  naive: z.object({ evaluation: evaluationSchema }).describe("The booker's unoptimised plan, for comparison"),
  skipped: z.array(
    z.object({ stopId: z.string(), reason: z.enum(['no_open_day', 'not_selected']), message: z.string() }),
  ),
  iterations: z.number().int(),
  timeUsedMs: z.number().int(),
  timeBudgetMs: z.number().int(),
});
