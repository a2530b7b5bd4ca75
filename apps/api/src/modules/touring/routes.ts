import type { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { solveBody } from './problem.schema.ts';
import { solveResponse } from './solve.schema.ts';
import { infeasible, invalidProblem } from './solve-errors.ts';
import { SolverPool } from './solver-pool.ts';
import { tourRoutes } from './tour-routes.ts';

const tags = ['touring'];

export function touringRoutes(app: ApiInstance, ctx: ApiContext) {
  // The optimiser is CPU-bound for up to its budget: it runs on worker threads, not the event loop.
  const solver = new SolverPool();
  app.addHook('onClose', () => solver.close());
  app.post('/tours/solve', {
    config: { access: 'user', readOnly: true },
    schema: {
      tags,
      summary: 'Solve a tour problem (solver as a service)',
      description:
        'Plans tour variants (cheapest, most weekends, least CO₂, best progression, balanced) for a JSON ' +
        'problem: stops with coordinates or a distance/duration matrix, time windows in days or seconds, ' +
        'service durations, fixed start/end, optional stops with skip penalties, rule settings. The time ' +
        'budget is capped server-side. 400: invalid problem (errors[] has the paths); 422 TOUR_INFEASIBLE: ' +
        'no tour keeps every hard rule (conflicts[] says what to relax, bestPartial the fullest tour).',
      body: solveBody,
      response: { 200: solveResponse },
    },
    handler: async (request) => {
      const outcome = await solver.solve(request.body);
      // The domain's readonly arrays are the same shape as the response schema's mutable ones.
      if (outcome.ok) return outcome as unknown as z.infer<typeof solveResponse>;
      if (outcome.reason === 'invalid_problem') throw invalidProblem(outcome.errors);
      throw infeasible(outcome.conflicts, outcome.bestPartial);
    },
  });
  tourRoutes(app, ctx, solver);
}
