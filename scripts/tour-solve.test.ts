/**
 * The solver CLI as a user runs it: a child process per case, checked on exit code, stdout and stderr.
 * The cases run concurrently (each process loads the TypeScript sources, which dominates its time).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'tour-solve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function solve(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'tour-solve.ts'), ...args],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const open = [{ kind: 'days', from: '2026-03-02', to: '2026-03-11' }];
// Brest and Nice are ≈ 1,400 km apart by road: confirmed on consecutive days, no tour can keep the
// 600 km/day drive limit.
const infeasible = {
  currency: 'EUR',
  start: { location: { lat: 48.8566, lon: 2.3522, country: 'FR' } },
  dateRange: { from: '2026-03-02', to: '2026-03-11' },
  showsWanted: 2,
  party: { size: 2, vehicle: 'van' },
  stops: [
    {
      id: 'brest',
      location: { lat: 48.3904, lon: -4.4861, country: 'FR' },
      capacity: 800,
      windows: open,
      fixedDate: '2026-03-04',
    },
    {
      id: 'nice',
      location: { lat: 43.7102, lon: 7.262, country: 'FR' },
      capacity: 800,
      windows: open,
      fixedDate: '2026-03-05',
    },
  ],
};

// Six Node processes compile the sources at once: on a busy 2-core machine that takes a while.
describe('npm run tour:solve', { timeout: 120_000 }, () => {
  const example = join(root, 'scripts', 'examples', 'tour-problem.json');
  const runs = {
    valid: solve(example, '--budget-ms=300', '--seed=7'),
    summary: solve(example, '--budget-ms=300', '--summary'),
    badJson: solve(file('broken.json', '{ "currency": "EUR", ')),
    badShape: solve(file('shape.json', JSON.stringify({ ...infeasible, party: { size: 0 } }))),
    infeasible: solve(file('infeasible.json', JSON.stringify({ problem: infeasible }))),
    noFile: solve(),
  };

  it('solves a valid file: JSON result on stdout, exit 0', async () => {
    const run = await runs.valid;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.ok).toBe(true);
    expect(result.variants.length).toBeGreaterThan(0);
    for (const variant of result.variants) {
      expect(variant.tour.shows).toHaveLength(4);
      expect(
        variant.evaluation.violations.filter((v: { severity: string }) => v.severity === 'hard'),
      ).toEqual([]);
    }
    expect(result.naive.evaluation.breakdown.travelCostCents).toBeGreaterThan(0);
    expect(result.timeBudgetMs).toBe(300);
  });

  it('prints one line per variant with --summary', async () => {
    const run = await runs.summary;
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^time used \d+ ms of 300 ms$/);
    expect(lines.slice(0, -1).every((line) => /EUR .* km .* saves -?\d/.test(line))).toBe(true);
  });

  it('reports invalid JSON with the parser message and exit 1', async () => {
    const run = await runs.badJson;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^tour:solve: cannot read .*broken\.json: .*JSON/);
  });

  it('lists the offending fields of a problem that does not match the format, exit 1', async () => {
    const run = await runs.badShape;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the problem does not match the format');
    expect(run.stderr).toContain('"path": "problem.party.');
  });

  it('explains an infeasible problem (conflict and what to relax) with exit 2', async () => {
    const run = await runs.infeasible;
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^tour:solve: no feasible tour: \d+ km in 1 day\(s\) between confirmed shows/);
    expect(run.stderr).toContain('raise maxDriveMetresPerDay');
    const conflicts = JSON.parse(run.stderr.slice(run.stderr.indexOf('\n') + 1));
    expect(conflicts[0]).toMatchObject({ rules: ['max_drive_per_day'], stopIds: ['brest', 'nice'] });
  });

  it('prints the usage without a file, exit 1', async () => {
    const run = await runs.noFile;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('usage: npm run tour:solve -- FILE.json');
  });
});
