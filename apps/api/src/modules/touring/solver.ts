/**
 * The solver without the HTTP layer: what the CLI and the solver worker threads load. Importing the
 * module's index would also load its routes, the database layer and Fastify.
 */
export { MAX_TIME_BUDGET_MS, type SolveBody, solveBody, tourProblemSchema } from './problem.schema.ts';
export { type SolveOutcome, solveTour } from './solve-tour.ts';
