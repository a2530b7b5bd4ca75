/**
 * Seeded tour-planning scenarios on real FR/BE/CH/LU towns (bench/data/towns.json), shared by
 * bench:tour and the optimiser's experiments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHOOL_HOLIDAYS, type SchoolCalendar } from '@flowstage/domain/reference';
import {
  type CountryCode,
  type Festival,
  mulberry32,
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

export function scenario(index: number, baseSeed = 1): TourProblem {
  const rng = mulberry32(baseSeed * 1000 + index);
  const venueCount = 10 + rng.int(31);
  // 8–25 shows (the range), at most three quarters of the venues when there are enough of them
  const showsWanted = Math.max(8, Math.min(8 + rng.int(18), Math.floor(venueCount * 0.75)));
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
