/**
 * Solver as a CLI: `npm run tour:solve -- FILE.json [--budget-ms=N] [--seed=N] [--summary]`.
 * FILE holds a tour problem (the JSON format of POST /api/v1/tours/solve, documented in the README),
 * either bare or as { "problem": …, "options": … }. Prints the result as JSON on stdout.
 * Exit codes: 0 solved, 1 bad input (file, JSON or problem), 2 no feasible tour (conflicts on stderr).
 */
import { readFileSync } from 'node:fs';
import { solveBody, solveTour } from '../apps/api/src/modules/touring/solver.ts';

function fail(code: number, message: string, details?: unknown): never {
  process.stderr.write(`tour:solve: ${message}\n`);
  if (details !== undefined) process.stderr.write(`${JSON.stringify(details, null, 2)}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const flag = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
if (!file) fail(1, 'usage: npm run tour:solve -- FILE.json [--budget-ms=N] [--seed=N] [--summary]');

let json: unknown;
try {
  json = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  fail(1, `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
}
const wrapped = typeof json === 'object' && json !== null && 'problem' in json ? json : { problem: json };
const parsed = solveBody.safeParse(wrapped);
if (!parsed.success) {
  fail(
    1,
    'the problem does not match the format',
    parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  );
}
const budget = flag('budget-ms');
const seed = flag('seed');
const body = {
  ...parsed.data,
  options: {
    ...parsed.data.options,
    ...(budget ? { timeBudgetMs: Number(budget) } : {}),
    ...(seed ? { seed: Number(seed) } : {}),
  },
};
const outcome = solveTour(body);
if (!outcome.ok) {
  if (outcome.reason === 'invalid_problem') fail(1, 'invalid problem', outcome.errors);
  const first = outcome.conflicts[0];
  fail(
    2,
    `no feasible tour${first ? `: ${first.message} — suggestion: ${first.relax}` : ''}`,
    outcome.conflicts,
  );
}
if (args.includes('--summary')) {
  for (const v of outcome.variants) {
    const b = v.evaluation.breakdown;
    process.stdout.write(
      `${v.kinds.join('+').padEnd(30)} ${(b.travelCostCents / 100).toFixed(2).padStart(10)} ${b.currency}  ` +
        `${Math.round(b.metres / 1000)} km  ${b.co2Kg} kg CO2  ${b.weekendShows} weekend shows  ` +
        `saves ${v.savingsVsNaive.travelCostPct}%\n`,
    );
  }
  process.stdout.write(`time used ${outcome.timeUsedMs} ms of ${outcome.timeBudgetMs} ms\n`);
} else {
  process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
}
