export { solveBody, tourProblemSchema } from './problem.schema.ts';
export { touringRoutes } from './routes.ts';
export { type SolveOutcome, solveTour } from './solve-tour.ts';
