export { touringRoutes } from './routes.ts';
export { type SolveOutcome, solveBody, solveTour, tourProblemSchema } from './solver.ts';
