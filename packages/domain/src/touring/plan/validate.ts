import { daysBetween, isIsoDay } from '../../reference/index.ts';
import { windowDays } from './compile.ts';
import type { Place, TourProblem } from './problem.ts';
import { vehicleProfilesOn } from './vehicles.ts';

export type ValidationCode =
  | 'invalid_date'
  | 'invalid_range'
  | 'invalid_number'
  | 'missing_location'
  | 'invalid_matrix'
  | 'duplicate_id'
  | 'window_outside_range'
  | 'fixed_date_unavailable'
  | 'too_many_shows'
  | 'party_too_large'
  | 'no_cost_data';

export interface ValidationError {
  /** JSON path of the offending value, e.g. "stops[3].windows[0]". */
  readonly path: string;
  readonly code: ValidationCode;
  readonly message: string;
}

const VEHICLES = ['van', 'nightliner', 'truck', 'train'] as const;

/** Every problem a booker (or an API client) can get wrong, as a list; empty means valid. */
export function validateProblem(problem: TourProblem): ValidationError[] {
  const errors: ValidationError[] = [];
  const err = (path: string, code: ValidationCode, message: string): void => {
    errors.push({ path, code, message });
  };
  const { from, to } = problem.dateRange;
  const rangeOk = isIsoDay(from) && isIsoDay(to) && from <= to;
  if (!rangeOk)
    err('dateRange', 'invalid_range', `date range must be two YYYY-MM-DD days, from ≤ to (${from} → ${to})`);
  const size = problem.party.size;
  if (!Number.isInteger(size) || size < 1)
    err('party.size', 'invalid_number', 'party size must be a positive integer');
  if (!VEHICLES.includes(problem.party.vehicle))
    err('party.vehicle', 'invalid_number', `unknown vehicle "${problem.party.vehicle}"`);
  const profiles = rangeOk ? vehicleProfilesOn(from) : null;
  if (rangeOk && !profiles) err('dateRange.from', 'no_cost_data', `no vehicle cost data in force on ${from}`);
  if (profiles) {
    const profile = profiles[problem.party.vehicle];
    if (profile && size > profile.maxPartySize) {
      err(
        'party.size',
        'party_too_large',
        `a ${problem.party.vehicle} carries at most ${profile.maxPartySize} people`,
      );
    }
  }
  const matrixSize = checkMatrix(problem, err);
  const checkPlace = (place: Place, path: string): void => {
    const loc = place.location;
    if (loc && !(Math.abs(loc.lat) <= 90 && Math.abs(loc.lon) <= 180)) {
      err(`${path}.location`, 'invalid_number', `coordinates out of range (${loc.lat}, ${loc.lon})`);
    }
    const idx = place.matrixIndex;
    if (
      idx !== undefined &&
      (matrixSize === null || !Number.isInteger(idx) || idx < 0 || idx >= matrixSize)
    ) {
      err(`${path}.matrixIndex`, 'invalid_matrix', `matrix index ${idx} does not exist`);
    }
    if (!loc && (idx === undefined || matrixSize === null)) {
      err(path, 'missing_location', 'needs coordinates (lat/lon) or a row of the distance matrix');
    }
  };
  checkPlace(problem.start, 'start');
  if (problem.end) checkPlace(problem.end, 'end');
  const ids = new Set<string>();
  const availableDays = new Set<number>();
  const dayOf = (day: string): number => daysBetween(from, day);
  const dayCount = rangeOk ? dayOf(to) + 1 : 0;
  problem.stops.forEach((stop, i) => {
    const path = `stops[${i}]`;
    checkPlace(stop, path);
    if (ids.has(stop.id)) err(`${path}.id`, 'duplicate_id', `stop id "${stop.id}" is used twice`);
    ids.add(stop.id);
    if (!Number.isInteger(stop.capacity) || stop.capacity < 1) {
      err(`${path}.capacity`, 'invalid_number', 'capacity must be a positive integer');
    }
    if (stop.serviceSeconds !== undefined && !(stop.serviceSeconds >= 0 && stop.serviceSeconds <= 86_400)) {
      err(`${path}.serviceSeconds`, 'invalid_number', 'service duration must fit in one day (0–86 400 s)');
    }
    const open = new Set<number>();
    stop.windows.forEach((w, k) => {
      const wPath = `${path}.windows[${k}]`;
      if (w.kind === 'days' && !(isIsoDay(w.from) && isIsoDay(w.to) && w.from <= w.to)) {
        err(wPath, 'invalid_date', 'window must be two YYYY-MM-DD days, from ≤ to');
        return;
      }
      if (w.kind === 'seconds' && !(w.start >= 0 && w.end > w.start)) {
        err(wPath, 'invalid_number', 'window seconds must satisfy 0 ≤ start < end');
        return;
      }
      if (!rangeOk) return;
      const [a, b] = windowDays(w, dayOf);
      if (b < 0 || a >= dayCount)
        err(wPath, 'window_outside_range', `window is outside the tour dates ${from} → ${to}`);
      for (let d = Math.max(0, a); d <= Math.min(dayCount - 1, b); d++) open.add(d);
    });
    for (const d of open) availableDays.add(d);
    if (stop.fixedDate !== undefined) {
      if (!isIsoDay(stop.fixedDate))
        err(`${path}.fixedDate`, 'invalid_date', 'fixed date must be YYYY-MM-DD');
      else if (rangeOk && !open.has(dayOf(stop.fixedDate))) {
        err(
          `${path}.fixedDate`,
          'fixed_date_unavailable',
          `confirmed date ${stop.fixedDate} is outside the venue's windows or the tour dates`,
        );
      }
    }
    if (stop.radiusClause && !(stop.radiusClause.radiusMetres >= 0 && stop.radiusClause.days >= 0)) {
      err(`${path}.radiusClause`, 'invalid_number', 'radius clause needs non-negative metres and days');
    }
  });
  (problem.festivals ?? []).forEach((f, i) => {
    if (!(isIsoDay(f.from) && isIsoDay(f.to) && f.from <= f.to))
      err(`festivals[${i}]`, 'invalid_date', 'festival dates must be YYYY-MM-DD, from ≤ to');
    checkPlace(f, `festivals[${i}]`);
  });
  (problem.publicHolidays ?? []).forEach((d, i) => {
    if (!isIsoDay(d)) err(`publicHolidays[${i}]`, 'invalid_date', `"${d}" is not a YYYY-MM-DD day`);
  });
  const wanted = problem.showsWanted;
  if (wanted !== undefined) {
    const fixedCount = problem.stops.filter((s) => s.fixedDate !== undefined).length;
    if (!Number.isInteger(wanted) || wanted < 0)
      err('showsWanted', 'invalid_number', 'shows wanted must be a non-negative integer');
    else if (wanted > problem.stops.length)
      err('showsWanted', 'too_many_shows', `${wanted} shows wanted but only ${problem.stops.length} venues`);
    else if (rangeOk && wanted > availableDays.size) {
      err(
        'showsWanted',
        'too_many_shows',
        `${wanted} shows wanted but venues are available on only ${availableDays.size} days`,
      );
    } else if (fixedCount > wanted)
      err('showsWanted', 'too_many_shows', `${fixedCount} confirmed shows exceed the ${wanted} wanted`);
  }
  return errors;
}

function checkMatrix(
  problem: TourProblem,
  err: (path: string, code: ValidationCode, message: string) => void,
): number | null {
  const matrix = problem.matrix;
  if (!matrix) return null;
  const n = matrix.metres.length;
  const square = (rows: readonly (readonly number[])[]): boolean =>
    rows.length === n &&
    rows.every((row) => row.length === n && row.every((v) => Number.isFinite(v) && v >= 0));
  if (!square(matrix.metres) || !square(matrix.seconds)) {
    err(
      'matrix',
      'invalid_matrix',
      'metres and seconds must be square matrices of the same size with finite values ≥ 0',
    );
    return null;
  }
  return n;
}
