/**
 * TSP benchmark: every TSPLIB instance in bench/data/tsplib against its proven optimum (optima.txt).
 * Budget: 1 s for n ≤ 200, 2 s above. A nearest-neighbour baseline runs in the same process.
 * Writes bench-results/tsp.json. Usage: npm run bench:tsp [-- --budget-ms=1000 --seed=1]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  euc2dMatrix,
  nearestNeighbourTour,
  parseOptima,
  parseTsplib,
  solveTsp,
  tourLength,
} from '@flowstage/domain/touring';

const root = join(import.meta.dirname, '..');
const dataDir = join(root, 'bench', 'data', 'tsplib');
const arg = (name: string, fallback: number): number => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const baseBudgetMs = arg('budget-ms', 1000);
const seed = arg('seed', 1);

const optima = parseOptima(readFileSync(join(dataDir, 'optima.txt'), 'utf8'));
const rows: {
  instance: string;
  n: number;
  optimum: number;
  found: number;
  gapPct: number;
  ms: number;
  budgetMs: number;
  iterations: number;
  nearestNeighbour: { found: number; gapPct: number; ms: number };
}[] = [];

const gap = (found: number, optimum: number): number => Math.round((found / optimum - 1) * 1e5) / 1e3;

for (const file of readdirSync(dataDir)
  .filter((f) => f.endsWith('.tsp'))
  .sort()) {
  const parsed = parseTsplib(readFileSync(join(dataDir, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
  const { instance } = parsed;
  const optimum = optima.get(instance.name);
  if (optimum === undefined) throw new Error(`${instance.name}: no optimum in optima.txt`);
  const matrix = euc2dMatrix(instance);
  const budgetMs = instance.dimension > 200 ? 2 * baseBudgetMs : baseBudgetMs;

  const nnStart = performance.now();
  const nnLength = tourLength(matrix, nearestNeighbourTour(matrix));
  const nnMs = performance.now() - nnStart;

  const start = performance.now();
  const result = solveTsp(matrix, { timeBudgetMs: budgetMs, seed });
  const ms = performance.now() - start;
  rows.push({
    instance: instance.name,
    n: instance.dimension,
    optimum,
    found: result.length,
    gapPct: gap(result.length, optimum),
    ms: Math.round(ms),
    budgetMs,
    iterations: result.iterations,
    nearestNeighbour: { found: nnLength, gapPct: gap(nnLength, optimum), ms: Math.round(nnMs * 10) / 10 },
  });
}

const mean = (xs: number[]): number => Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 1e3) / 1e3;
const summary = {
  meanGapPct: mean(rows.map((r) => r.gapPct)),
  maxGapPct: Math.max(...rows.map((r) => r.gapPct)),
  nearestNeighbour: {
    meanGapPct: mean(rows.map((r) => r.nearestNeighbour.gapPct)),
    maxGapPct: Math.max(...rows.map((r) => r.nearestNeighbour.gapPct)),
  },
  seed,
  node: process.version,
};

console.table(
  rows.map((r) => ({
    instance: r.instance,
    n: r.n,
    optimum: r.optimum,
    found: r.found,
    'gap %': r.gapPct,
    ms: r.ms,
    iterations: r.iterations,
    'NN found': r.nearestNeighbour.found,
    'NN gap %': r.nearestNeighbour.gapPct,
  })),
);
console.log(
  `ILS mean gap ${summary.meanGapPct} %, max ${summary.maxGapPct} % | nearest neighbour mean ${summary.nearestNeighbour.meanGapPct} %, max ${summary.nearestNeighbour.maxGapPct} %`,
);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results', 'tsp.json'),
  `${JSON.stringify({ results: rows, summary }, null, 2)}\n`,
);
