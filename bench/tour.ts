/**
 * Tour-planning benchmark: 20 seeded scenarios on real FR/BE/CH/LU towns (bench/data/towns.json),
 * 10–40 candidate venues, 8–25 shows, availability windows, festivals, radius clauses, school and
 * public holidays. Reports cost, savings vs the naive plan, violations and time; writes bench-results/tour.json.
 * Usage: npm run bench:tour [-- --budget-ms=1500 --seed=1]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHOOL_HOLIDAYS, type SchoolCalendar } from '@flowstage/domain/reference';
import {
  type CountryCode,
  type Festival,
  mulberry32,
  planTour,
  type Rng,
  type Stop,
  type TimeWindow,
  type TourProblem,
  type VehicleType,
} from '@flowstage/domain/touring';
import Holidays from 'date-holidays';

interface Town {
  name: string;
  country: CountryCode;
  lat: number;
  lon: number;
  zone?: 'A' | 'B' | 'C' | 'FWB';
}

const root = join(import.meta.dirname, '..');
const arg = (name: string, fallback: number): number => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const budgetMs = arg('budget-ms', 1500);
const baseSeed = arg('seed', 1);
const towns: Town[] = JSON.parse(readFileSync(join(root, 'bench', 'data', 'towns.json'), 'utf8')).towns;

const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function publicHolidays(from: string, to: string): string[] {
  const out = new Set<string>();
  for (const country of ['FR', 'BE', 'CH', 'LU']) {
    const hd = new Holidays(country);
    for (const year of [Number(from.slice(0, 4)), Number(to.slice(0, 4))]) {
      for (const h of hd.getHolidays(year)) {
        const day = h.date.slice(0, 10);
        if (h.type === 'public' && day >= from && day <= to) out.add(day);
      }
    }
  }
  return [...out].sort();
}

function calendarOf(town: Town): SchoolCalendar | undefined {
  if (town.zone === 'FWB') return { country: 'BE', zone: 'FWB' };
  return town.zone ? { country: 'FR', zone: town.zone } : undefined;
}

function pick<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(rng.int(pool.length), 1)[0]!);
  return out;
}

function scenario(index: number): TourProblem {
  const rng = mulberry32(baseSeed * 1000 + index);
  const venueCount = 10 + rng.int(31);
  const showsWanted = Math.min(8 + rng.int(18), Math.floor(venueCount * 0.75));
  const home = towns[rng.int(towns.length)]!;
  // Tours run between October 2025 and May 2026, where school calendars are published.
  const from = addDays('2025-10-01', rng.int(180));
  const span = Math.max(30, showsWanted * 3 + rng.int(20));
  const to = addDays(from, span - 1);
  const venueTowns = pick(rng, towns, venueCount);
  const stops: Stop[] = venueTowns.map((town, i) => {
    const windows: TimeWindow[] = [];
    for (let d = rng.int(4); d < span; d += 2 + rng.int(6)) {
      const len = 1 + rng.int(4);
      windows.push({
        kind: 'days',
        from: addDays(from, d),
        to: addDays(from, Math.min(span - 1, d + len - 1)),
      });
      d += len;
    }
    const capacity = Math.round(150 * 20 ** rng.next());
    return {
      id: `v${i + 1}`,
      name: `${town.name} (${capacity} seats)`,
      location: { lat: town.lat, lon: town.lon, country: town.country },
      capacity,
      windows,
      schoolCalendar: calendarOf(town),
      ...(rng.next() < 0.2 ? { radiusClause: { radiusMetres: 60_000, days: 14 } } : {}),
    };
  });
  const festivals: Festival[] = pick(rng, towns, 1 + rng.int(2)).map((town) => {
    const start = addDays(from, rng.int(span));
    return {
      name: `Festival ${town.name}`,
      location: { lat: town.lat, lon: town.lon, country: town.country },
      from: start,
      to: addDays(start, 2),
      radiusMetres: 80_000,
      bufferDays: 2,
    };
  });
  // One or two confirmed shows in large rooms (no school-holiday rule), away from festival dates.
  const clear = (day: string): boolean =>
    festivals.every((f) => day < addDays(f.from, -2) || day > addDays(f.to, 2));
  const fixedDays: string[] = [];
  // Confirmed shows at least 3 days apart, so two of them never conflict with each other.
  const apart = (day: string): boolean => fixedDays.every((f) => day < addDays(f, -2) || day > addDays(f, 2));
  const large = stops.filter((v) => v.capacity >= 1000);
  for (const s of pick(rng, large, 1 + rng.int(2))) {
    const w = s.windows.find((x) => x.kind === 'days' && clear(x.from) && apart(x.from));
    if (w?.kind === 'days') {
      Object.assign(s, { fixedDate: w.from });
      fixedDays.push(w.from);
    }
  }
  const party = 3 + rng.int(6);
  const vehicle: VehicleType = index % 7 === 3 ? 'nightliner' : 'van';
  return {
    currency: 'EUR',
    start: { location: { lat: home.lat, lon: home.lon, country: home.country } },
    dateRange: { from, to },
    showsWanted,
    party: { size: vehicle === 'nightliner' ? party + 4 : party, vehicle },
    stops,
    festivals,
    schoolHolidays: SCHOOL_HOLIDAYS,
    publicHolidays: publicHolidays(from, to),
  };
}

const rows = [];
for (let i = 0; i < 20; i++) {
  const problem = scenario(i);
  const start = performance.now();
  const result = planTour(problem, {
    seed: baseSeed + i,
    timeBudgetMs: budgetMs,
    alternativeVehicles: ['train'],
  });
  const ms = Math.round(performance.now() - start);
  const base = { scenario: i + 1, venues: problem.stops.length, shows: problem.showsWanted, ms };
  if (!result.ok) {
    rows.push({
      ...base,
      ok: false,
      reason: result.reason,
      detail: result.reason === 'infeasible' ? result.conflicts : result.errors,
    });
    continue;
  }
  const balanced = result.variants.find((v) => v.kinds.includes('balanced')) ?? result.variants[0]!;
  const cheapest = result.variants.find((v) => v.kinds.includes('cheapest')) ?? balanced;
  const hardViolations = result.variants.reduce(
    (sum, v) => sum + v.evaluation.violations.filter((x) => x.severity === 'hard').length,
    0,
  );
  rows.push({
    ...base,
    ok: true,
    vehicle: problem.party.vehicle,
    party: problem.party.size,
    naiveCostEur: result.naive.evaluation.breakdown.travelCostCents / 100,
    naiveKm: Math.round(result.naive.evaluation.breakdown.metres / 1000),
    naiveHardViolations: result.naive.evaluation.violations.filter((v) => v.severity === 'hard').length,
    cheapestCostEur: cheapest.evaluation.breakdown.travelCostCents / 100,
    cheapestKm: Math.round(cheapest.evaluation.breakdown.metres / 1000),
    savingsPct: cheapest.savingsVsNaive.travelCostPct,
    // Fuel + tolls + wear only (∝ km): the routing share of the cost, without hotels, per diems and hire.
    distanceSavingsPct:
      Math.round(
        (1 -
          cheapest.evaluation.breakdown.distanceCostCents /
            result.naive.evaluation.breakdown.distanceCostCents) *
          1000,
      ) / 10,
    balancedSavingsPct: balanced.savingsVsNaive.travelCostPct,
    variants: result.variants.length,
    hardViolations,
    iterations: result.iterations,
    variantDetails: result.variants.map((v) => ({
      kinds: v.kinds,
      breakdown: v.evaluation.breakdown,
      savings: v.savingsVsNaive,
    })),
  });
}

const okRows = rows.filter((r) => r.ok === true && 'savingsPct' in r);
const savings = okRows.map((r) => ('savingsPct' in r ? r.savingsPct : 0));
const summary = {
  scenarios: rows.length,
  solved: okRows.length,
  meanSavingsPct: Math.round((savings.reduce((s, x) => s + x, 0) / Math.max(1, savings.length)) * 10) / 10,
  minSavingsPct: Math.min(...savings),
  meanDistanceSavingsPct:
    Math.round(
      (okRows.reduce((t, r) => t + ('distanceSavingsPct' in r ? r.distanceSavingsPct : 0), 0) /
        Math.max(1, okRows.length)) *
        10,
    ) / 10,
  minDistanceSavingsPct: Math.min(
    ...okRows.map((r) => ('distanceSavingsPct' in r ? r.distanceSavingsPct : 0)),
  ),
  totalHardViolations: okRows.reduce((s, r) => s + ('hardViolations' in r ? r.hardViolations : 0), 0),
  meanMs: Math.round(rows.reduce((s, r) => s + r.ms, 0) / rows.length),
  budgetMs,
};
console.table(
  rows.map((r) =>
    'savingsPct' in r
      ? {
          scenario: r.scenario,
          venues: r.venues,
          shows: r.shows,
          vehicle: r.vehicle,
          'naive €': r.naiveCostEur,
          'cheapest €': r.cheapestCostEur,
          'naive km': r.naiveKm,
          'cheapest km': r.cheapestKm,
          'savings %': r.savingsPct,
          'distance savings %': r.distanceSavingsPct,
          'balanced %': r.balancedSavingsPct,
          variants: r.variants,
          'hard viol.': r.hardViolations,
          ms: r.ms,
        }
      : { scenario: r.scenario, venues: r.venues, shows: r.shows, vehicle: 'FAILED', ms: r.ms },
  ),
);
console.log(summary);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results', 'tour.json'),
  `${JSON.stringify({ results: rows, summary }, null, 2)}\n`,
);
