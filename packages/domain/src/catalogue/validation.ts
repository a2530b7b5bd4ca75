import { EQUIPMENT } from '../matching/taxonomy/equipment.ts';
import type { Certification, Insurance, PriceRange, ProfileInput, Range } from './details.ts';
import { isKnownGenreSlug } from './genres.ts';

/** A rule broken by a field of the input: `path` uses dots ("details.fees.0.maxCents"). */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

const EQUIPMENT_SLUGS = new Set(EQUIPMENT.map((e) => e.slug));
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function validDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function range(path: string, r: Range | undefined, issues: FieldIssue[], bounds?: Range) {
  if (!r) return;
  if (r.min < 0) issues.push({ path: `${path}.min`, message: 'must not be negative' });
  if (r.min > r.max)
    issues.push({ path: `${path}.min`, message: `min (${r.min}) is greater than max (${r.max})` });
  if (bounds && (r.min < bounds.min || r.max > bounds.max))
    issues.push({ path, message: `must lie within ${bounds.min}–${bounds.max}` });
}

function money(path: string, r: PriceRange | undefined, issues: FieldIssue[]) {
  if (!r) return;
  if (r.minCents < 0) issues.push({ path: `${path}.minCents`, message: 'must not be negative' });
  if (r.minCents > r.maxCents)
    issues.push({
      path: `${path}.minCents`,
      message: `minimum (${r.minCents}) is greater than maximum (${r.maxCents})`,
    });
}

function period(
  path: string,
  from: string | undefined | null,
  to: string | undefined | null,
  issues: FieldIssue[],
) {
  for (const [name, v] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (v != null && !validDay(v))
      issues.push({ path: `${path}.${name}`, message: 'must be a real day YYYY-MM-DD' });
  }
  if (from && to && validDay(from) && validDay(to) && from > to)
    issues.push({ path, message: 'starts after it ends' });
}

/** Certificates and insurance carry real expiry days (an expired one is kept: it shows as expired). */
function papers(
  d: {
    readonly certifications?: readonly Certification[] | undefined;
    readonly insurance?: Insurance | undefined;
  },
  issues: FieldIssue[],
) {
  const expiry = (path: string, day: string | null | undefined) => {
    if (day != null && !validDay(day)) issues.push({ path, message: 'must be a real day YYYY-MM-DD' });
  };
  d.certifications?.forEach((c, i) => {
    expiry(`details.certifications.${i}.validTo`, c.validTo);
  });
  expiry('details.insurance.validTo', d.insurance?.validTo);
}

/**
 * Business rules a schema cannot say alone (coordinates in range, min ≤ max, known genres…).
 * Returns every issue at once so an import report or a form can show them together.
 */
export function validateProfile(input: ProfileInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!(Math.abs(input.latitude) <= 90))
    issues.push({ path: 'latitude', message: 'must be between -90 and 90' });
  if (!(Math.abs(input.longitude) <= 180))
    issues.push({ path: 'longitude', message: 'must be between -180 and 180' });
  input.genres.forEach((g, i) => {
    if (!isKnownGenreSlug(g)) issues.push({ path: `genres.${i}`, message: `unknown genre "${g}"` });
  });
  switch (input.kind) {
    case 'artist': {
      const d = input.details;
      range('details.capacityRange', d.capacityRange, issues);
      d.fees.forEach((f, i) => {
        money(`details.fees.${i}`, f, issues);
      });
      if (d.travellingParty < 1)
        issues.push({ path: 'details.travellingParty', message: 'at least 1 person travels' });
      d.exclusivityZones?.forEach((z, i) => {
        period(`details.exclusivityZones.${i}`, z.from, z.to, issues);
      });
      break;
    }
    case 'venue': {
      const d = input.details;
      if (d.capacitySeated === undefined && d.capacityStanding === undefined)
        issues.push({ path: 'details.capacityStanding', message: 'give a standing or a seated capacity' });
      for (const key of ['capacitySeated', 'capacityStanding'] as const) {
        const v = d[key];
        if (v !== undefined && v < 0)
          issues.push({ path: `details.${key}`, message: 'must not be negative' });
      }
      money('details.budget', d.budget, issues);
      d.pastProgramming?.forEach((show, i) => {
        show.genres?.forEach((g, j) => {
          if (!isKnownGenreSlug(g))
            issues.push({
              path: `details.pastProgramming.${i}.genres.${j}`,
              message: `unknown genre "${g}"`,
            });
        });
      });
      break;
    }
    case 'street_arts_company': {
      const d = input.details;
      range('details.gauge', d.gauge, issues, { min: 50, max: 5000 });
      money('details.rates', d.rates, issues);
      if (d.durationSeconds <= 0)
        issues.push({ path: 'details.durationSeconds', message: 'must be positive' });
      papers(d, issues);
      break;
    }
    case 'technician': {
      const d = input.details;
      d.equipment.forEach((e, i) => {
        if (!EQUIPMENT_SLUGS.has(e))
          issues.push({ path: `details.equipment.${i}`, message: `unknown equipment "${e}"` });
      });
      papers(d, issues);
      break;
    }
    case 'service_provider':
      money('details.prices', input.details.prices, issues);
      papers(input.details, issues);
      break;
    case 'campsite':
      input.details.sites.forEach((s, i) => {
        if (!/^\d{2}-\d{2}$/.test(s.seasonStart) || !/^\d{2}-\d{2}$/.test(s.seasonEnd))
          issues.push({ path: `details.sites.${i}`, message: 'season dates are MM-DD' });
      });
      money('details.budgetPerShow', input.details.budgetPerShow, issues);
      break;
    case 'municipality':
    case 'audiovisual_production':
      break;
  }
  return issues;
}
