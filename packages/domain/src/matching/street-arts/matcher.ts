import { defineConfig, type MatchingConfig } from '../shared/config.ts';
import { contains } from '../shared/dates.ts';
import { haversineMetres } from '../shared/geo.ts';
import { place } from '../shared/place.ts';
import { budgetFit, feeExclusion, feeExplanation, type Sink, tenths } from '../shared/scoring.ts';
import { EXCLUDED } from '../shared/types.ts';
import {
  audienceFit,
  experienceSub,
  gaugeFit,
  gaugeRatio,
  powerFit,
  proximitySub,
  spaceFit,
  typeFit,
} from './criteria.ts';
import {
  STREET_ARTS_CRITERIA,
  type StreetArtsCriterion,
  type StreetArtsParams,
  type StreetArtsRequest,
  type StreetCompanyProfile,
} from './types.ts';

export type StreetArtsConfig = MatchingConfig<StreetArtsCriterion, StreetArtsParams>;

export const STREET_ARTS_CONFIG_V1: StreetArtsConfig = defineConfig(
  'street-arts',
  '2026-06.1',
  STREET_ARTS_CRITERIA,
  { budget: 25, publicSpace: 20, municipalExperience: 15, proximity: 15, audience: 15, availability: 10 },
  { budgetHardRatio: 1.5, gaugeHardRatio: 8, proximityRadiusMetres: 100_000, proximityZeroMetres: 700_000 },
);

const EXPERIENCE = new Float64Array(2);

export function evaluateStreetArts(
  req: StreetArtsRequest,
  c: StreetCompanyProfile,
  config: StreetArtsConfig,
  sink: Sink<StreetArtsCriterion> | null,
): number {
  const p = config.params;
  const w = config.weights;
  const ev = req.event;
  let excluded = false;
  let declared = 0;
  for (let i = 0; i < ev.dates.length; i++) {
    const day = ev.dates[i]!;
    if (contains(c.availability.busy, day)) {
      if (!sink) return EXCLUDED;
      excluded = true;
      sink.exclude('DATE_UNAVAILABLE', { key: 'exclusion.companyBusy', params: { date: { day } } });
    } else if (contains(c.availability.available, day)) declared++;
  }
  const feeIssue = feeExclusion(c.fee, req.budget, p.budgetHardRatio);
  if (feeIssue) {
    if (!sink) return EXCLUDED;
    excluded = true;
    sink.exclude(feeIssue, feeExplanation(feeIssue, c.fee, req.budget, p.budgetHardRatio));
  }
  if (gaugeRatio(ev.expectedAudience, c.gauge) >= p.gaugeHardRatio) {
    if (!sink) return EXCLUDED;
    excluded = true;
    sink.exclude('GAUGE_MISMATCH', {
      key: 'exclusion.gauge',
      params: { audience: ev.expectedAudience, gauge: { range: [c.gauge.min, c.gauge.max] } },
    });
  }
  if (excluded) return EXCLUDED;

  const money = budgetFit(c.fee.minCents, c.fee.maxCents, req.budget.maxCents, p.budgetHardRatio);
  const type = typeFit(c.performanceTypes, ev.placeType, ev.wantedTypes);
  const gauge = gaugeFit(ev.expectedAudience, c.gauge);
  const power = powerFit(c.powerNeededKw, ev.availablePowerKw);
  const space = spaceFit(type, gauge, power);
  const experience = experienceSub(c.engagements, 'municipality', 'festival', EXPERIENCE);
  const radius = req.proximityRadiusMetres ?? p.proximityRadiusMetres;
  const distance = haversineMetres(c.base, ev.location);
  const proximity = proximitySub(distance, radius, Math.max(radius * 2, p.proximityZeroMetres));
  const audience = audienceFit(ev.audiences, c.audiences, ev.pmrRequired, c.pmrAccessible);
  const days = ev.dates.length;
  const availability = days === 0 ? 0.7 : 0.7 + (0.3 * declared) / days;
  const total =
    tenths(w.budget, money) +
    tenths(w.publicSpace, space) +
    tenths(w.municipalExperience, experience) +
    tenths(w.proximity, proximity) +
    tenths(w.audience, audience) +
    tenths(w.availability, availability);

  if (sink) {
    const budget = { money: req.budget.maxCents, currency: req.budget.currency };
    sink.line('budget', w.budget, money, {
      key: money === 1 ? 'budget.full' : money >= 0.8 ? 'budget.partial' : 'budget.below',
      params: {
        budget,
        feeMin: { money: c.fee.minCents, currency: c.fee.currency },
        feeMax: { money: c.fee.maxCents, currency: c.fee.currency },
      },
    });
    sink.line('publicSpace', w.publicSpace, space, {
      key: 'space.fit',
      params: {
        type: { term: bestType(c, ev.placeType) },
        placeType: { term: ev.placeType },
        audience: ev.expectedAudience,
        gauge: { range: [c.gauge.min, c.gauge.max] },
        power: c.powerNeededKw,
        available: ev.availablePowerKw,
      },
    });
    const [count = 0, rating = 0] = EXPERIENCE;
    sink.line('municipalExperience', w.municipalExperience, experience, {
      key: count === 0 ? 'municipal.none' : rating > 0 ? 'municipal.rated' : 'municipal.count',
      params: { count, rating: Math.round(rating * 10) / 10 },
    });
    sink.line('proximity', w.proximity, proximity, {
      key: distance <= radius ? 'proximity.local' : 'proximity.far',
      params: { distance: { metres: distance }, radius: { metres: radius }, place: place(c.base) },
    });
    sink.line('audience', w.audience, audience, {
      key: ev.pmrRequired ? (c.pmrAccessible ? 'audience.pmrOk' : 'audience.pmrMissing') : 'audience.fit',
      params: { share: Math.round(audience * 100) },
    });
    sink.line('availability', w.availability, availability, {
      key: declared === days && days > 0 ? 'companyAvailability.declared' : 'companyAvailability.free',
      params: { count: days },
    });
  }
  return total;
}

/** The company's performance type that suits the place best (shown in the explanation). */
export function bestType(
  c: StreetCompanyProfile,
  placeType: StreetArtsRequest['event']['placeType'],
): string {
  let best = c.performanceTypes[0] ?? 'fixe';
  for (const t of c.performanceTypes) {
    if (typeFitOne(t, placeType) > typeFitOne(best, placeType)) best = t;
  }
  return best;
}

function typeFitOne(
  t: StreetCompanyProfile['performanceTypes'][number],
  placeType: StreetArtsRequest['event']['placeType'],
): number {
  return typeFit([t], placeType, undefined);
}
