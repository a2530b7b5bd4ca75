import { defineConfig, type MatchingConfig } from '../shared/config.ts';
import { contains, monthOf } from '../shared/dates.ts';
import { haversineDegrees } from '../shared/geo.ts';
import { place } from '../shared/place.ts';
import {
  budgetFit,
  feeExclusion,
  feeExplanation,
  linearDecay,
  type Sink,
  tenths,
} from '../shared/scoring.ts';
import { EXCLUDED, type Explanation } from '../shared/types.ts';
import { audienceFit, experienceSub, gaugeFit, gaugeRatio, powerFit, spaceFit, typeFit } from './criteria.ts';
import { bestType } from './matcher.ts';
import {
  type AudienceTag,
  CAMPSITE_CRITERIA,
  type CampsiteCriterion,
  type CampsiteParams,
  type CampsiteRequest,
  type StreetCompanyProfile,
} from './types.ts';

export type CampsiteConfig = MatchingConfig<CampsiteCriterion, CampsiteParams>;

export const CAMPSITE_CONFIG_V1: CampsiteConfig = defineConfig(
  'campsite',
  '2026-06.1',
  CAMPSITE_CRITERIA,
  { budget: 25, family: 20, circuit: 20, availability: 15, space: 10, experience: 10 },
  {
    budgetHardRatio: 1.5,
    gaugeHardRatio: 8,
    circuitFullMetres: 40_000,
    circuitZeroMetres: 600_000,
    seasonFromMonth: 6,
    seasonToMonth: 9,
  },
);

const FAMILY: readonly AudienceTag[] = ['famille', 'enfants'];
const EXPERIENCE = new Float64Array(2);

/** Stops outside the campsite season: a request error to show to the chain, not a candidate's fault. */
export function validateCampsiteRequest(req: CampsiteRequest, config: CampsiteConfig): Explanation[] {
  const { seasonFromMonth: from, seasonToMonth: to } = config.params;
  return req.circuit
    .filter((s) => monthOf(s.date) < from || monthOf(s.date) > to)
    .map((s) => ({
      key: 'campsite.outOfSeason',
      params: { date: { day: s.date }, site: place(s.location) },
    }));
}

/** A stop the company can play: not busy, and inside its touring season when it declares one. */
function canPlay(c: StreetCompanyProfile, day: string): boolean {
  if (contains(c.availability.busy, day)) return false;
  return c.seasonMonths === undefined || c.seasonMonths.includes(monthOf(day));
}

export function evaluateCampsite(
  req: CampsiteRequest,
  c: StreetCompanyProfile,
  config: CampsiteConfig,
  sink: Sink<CampsiteCriterion> | null,
): number {
  const p = config.params;
  const w = config.weights;
  const stops = req.circuit.length;
  let free = 0;
  let declared = 0;
  let lat = 0;
  let lon = 0;
  let audienceSum = 0;
  let minPower = Number.POSITIVE_INFINITY;
  let typeSum = 0;
  for (let i = 0; i < stops; i++) {
    const s = req.circuit[i]!;
    lat += s.location.lat / stops;
    lon += s.location.lon / stops;
    audienceSum += s.expectedAudience;
    if (s.availablePowerKw < minPower) minPower = s.availablePowerKw;
    typeSum += typeFit(c.performanceTypes, s.placeType, undefined);
    if (canPlay(c, s.date)) {
      free++;
      if (contains(c.availability.available, s.date)) declared++;
    }
  }
  const meanAudience = stops === 0 ? 0 : audienceSum / stops;
  let excluded = false;
  if (free === 0) {
    if (!sink) return EXCLUDED;
    excluded = true;
    sink.exclude('DATE_UNAVAILABLE', { key: 'exclusion.circuitBusy', params: { count: stops } });
  }
  const feeIssue = feeExclusion(c.fee, req.budget, p.budgetHardRatio);
  if (feeIssue) {
    if (!sink) return EXCLUDED;
    excluded = true;
    sink.exclude(feeIssue, feeExplanation(feeIssue, c.fee, req.budget, p.budgetHardRatio));
  }
  if (stops > 0 && gaugeRatio(meanAudience, c.gauge) >= p.gaugeHardRatio) {
    if (!sink) return EXCLUDED;
    excluded = true;
    sink.exclude('GAUGE_MISMATCH', {
      key: 'exclusion.gauge',
      params: { audience: Math.round(meanAudience), gauge: { range: [c.gauge.min, c.gauge.max] } },
    });
  }
  if (excluded) return EXCLUDED;

  const money = budgetFit(c.fee.minCents, c.fee.maxCents, req.budget.maxCents, p.budgetHardRatio);
  const wanted = req.audiences ?? FAMILY;
  const family = audienceFit(wanted, c.audiences, req.pmrRequired ?? false, c.pmrAccessible);
  const distance = haversineDegrees(c.base.lat, c.base.lon, lat, lon);
  const circuit = linearDecay(distance, p.circuitFullMetres, p.circuitZeroMetres);
  // the whole circuit matters: a company free on 3 of 5 stops is worth much less
  const availability = (free / stops) * (0.8 + (0.2 * declared) / free);
  const space = spaceFit(
    typeSum / stops,
    gaugeFit(meanAudience, c.gauge),
    powerFit(c.powerNeededKw, minPower),
  );
  const experience = experienceSub(c.engagements, 'campsite', 'municipality', EXPERIENCE);
  const total =
    tenths(w.budget, money) +
    tenths(w.family, family) +
    tenths(w.circuit, circuit) +
    tenths(w.availability, availability) +
    tenths(w.space, space) +
    tenths(w.experience, experience);

  if (sink) {
    sink.line('budget', w.budget, money, {
      key: money === 1 ? 'budget.full' : money >= 0.8 ? 'budget.partial' : 'budget.below',
      params: {
        budget: { money: req.budget.maxCents, currency: req.budget.currency },
        feeMin: { money: c.fee.minCents, currency: c.fee.currency },
        feeMax: { money: c.fee.maxCents, currency: c.fee.currency },
      },
    });
    sink.line('family', w.family, family, {
      key: req.pmrRequired && !c.pmrAccessible ? 'audience.pmrMissing' : 'campsite.family',
      params: { share: Math.round(family * 100) },
    });
    sink.line('circuit', w.circuit, circuit, {
      key: 'campsite.circuit',
      params: { distance: { metres: distance }, count: stops, place: place(c.base) },
    });
    sink.line('availability', w.availability, availability, {
      key: 'campsite.availability',
      params: { free, count: stops },
    });
    sink.line('space', w.space, space, {
      key: 'space.fit',
      params: {
        type: { term: bestType(c, req.circuit[0]?.placeType ?? 'parc') },
        placeType: { term: req.circuit[0]?.placeType ?? 'parc' },
        audience: Math.round(meanAudience),
        gauge: { range: [c.gauge.min, c.gauge.max] },
        power: c.powerNeededKw,
        available: Number.isFinite(minPower) ? minPower : 0,
      },
    });
    const [count = 0, rating = 0] = EXPERIENCE;
    sink.line('experience', w.experience, experience, {
      key: count === 0 ? 'campsite.noExperience' : 'campsite.experience',
      params: { count, rating: Math.round(rating * 10) / 10 },
    });
  }
  return total;
}
