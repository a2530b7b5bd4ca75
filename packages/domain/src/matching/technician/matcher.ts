import { defineConfig, type MatchingConfig } from '../shared/config.ts';
import { contains } from '../shared/dates.ts';
import { haversineMetres } from '../shared/geo.ts';
import { place } from '../shared/place.ts';
import { budgetFit, type Sink, tenths } from '../shared/scoring.ts';
import { EXCLUDED } from '../shared/types.ts';
import { bestEquipmentMatch } from '../taxonomy/equipment.ts';
import {
  expertiseSub,
  relevantToRole,
  reputationSub,
  showsAtVenue,
  technicianGeographySub,
  venueKnowledgeSub,
} from './criteria.ts';
import {
  TECHNICIAN_CRITERIA,
  type TechnicianCriterion,
  type TechnicianParams,
  type TechnicianProfile,
  type TechnicianRequest,
} from './types.ts';

export type TechnicianConfig = MatchingConfig<TechnicianCriterion, TechnicianParams>;

export const TECHNICIAN_CONFIG_V1: TechnicianConfig = defineConfig(
  'technician',
  '2026-06.1',
  TECHNICIAN_CRITERIA,
  { geography: 25, expertise: 20, venueKnowledge: 15, availability: 15, budget: 15, reputation: 10 },
  {
    defaultRadiusMetres: 50_000,
    geoZeroRadiusFactor: 6,
    budgetHardRatio: 1.5,
    reputationPrior: 3.5,
    reputationPriorWeight: 3,
  },
);

const EXPERTISE = new Float64Array(2);

export function evaluateTechnician(
  req: TechnicianRequest,
  t: TechnicianProfile,
  config: TechnicianConfig,
  sink: Sink<TechnicianCriterion> | null,
): number {
  const p = config.params;
  const w = config.weights;
  let excluded = false;
  if (!t.roles.includes(req.role)) {
    if (!sink) return EXCLUDED;
    excluded = true;
    sink.exclude('ROLE_MISMATCH', { key: 'exclusion.role', params: { role: { term: req.role } } });
  }
  let declared = 0;
  for (let i = 0; i < req.dates.length; i++) {
    const day = req.dates[i]!;
    if (contains(t.availability.busy, day)) {
      if (!sink) return EXCLUDED;
      excluded = true;
      sink.exclude('DATE_UNAVAILABLE', { key: 'exclusion.technicianBusy', params: { date: { day } } });
    } else if (contains(t.availability.available, day)) declared++;
  }
  const rate = t.dayRate;
  if (rate.currency !== req.budget.currency) {
    if (!sink) return EXCLUDED;
    excluded = true;
    sink.exclude('CURRENCY_MISMATCH', {
      key: 'exclusion.currency',
      params: { feeCurrency: rate.currency, budgetCurrency: req.budget.currency },
    });
  } else if (rate.cents > p.budgetHardRatio * req.budget.maxDayRateCents) {
    if (!sink) return EXCLUDED;
    excluded = true;
    sink.exclude('BUDGET_EXCEEDED', {
      key: 'exclusion.dayRate',
      params: {
        rate: { money: rate.cents, currency: rate.currency },
        budget: { money: req.budget.maxDayRateCents, currency: req.budget.currency },
        ratio: p.budgetHardRatio,
      },
    });
  }
  if (excluded) return EXCLUDED;

  const radius = req.radiusMetres ?? p.defaultRadiusMetres;
  const distance = haversineMetres(t.base, req.venue.location);
  const geography = technicianGeographySub(distance, radius, p);
  const expertise = expertiseSub(t, req, EXPERTISE);
  const shows = showsAtVenue(t, req.venue.id);
  const knowledge = venueKnowledgeSub(shows);
  const days = req.dates.length;
  const availability = days === 0 ? 0.6 : 0.6 + (0.4 * declared) / days;
  const money = budgetFit(rate.cents, rate.cents, req.budget.maxDayRateCents, p.budgetHardRatio);
  const reputation = reputationSub(t, p);
  const total =
    tenths(w.geography, geography) +
    tenths(w.expertise, expertise) +
    tenths(w.venueKnowledge, knowledge) +
    tenths(w.availability, availability) +
    tenths(w.budget, money) +
    tenths(w.reputation, reputation);

  if (sink) {
    sink.line('geography', w.geography, geography, {
      key: distance <= radius ? 'techGeo.local' : 'techGeo.far',
      params: { distance: { metres: distance }, radius: { metres: radius }, place: place(t.base) },
    });
    const [matched = 0, required = 0] = EXPERTISE;
    sink.line('expertise', w.expertise, expertise, {
      key:
        required === 0
          ? 'expertise.noRequirement'
          : matched === required
            ? 'expertise.full'
            : 'expertise.partial',
      params: { matched, total: required, missing: missingItem(t, req) },
    });
    sink.line('venueKnowledge', w.venueKnowledge, knowledge, {
      key: shows > 0 ? 'venueKnowledge.known' : 'venueKnowledge.unknown',
      params: { count: shows },
    });
    sink.line('availability', w.availability, availability, {
      key: declared === days && days > 0 ? 'techAvailability.declared' : 'techAvailability.free',
      params: { count: days, declared },
    });
    sink.line('budget', w.budget, money, {
      key: money === 1 ? 'techBudget.within' : 'techBudget.over',
      params: {
        rate: { money: rate.cents, currency: rate.currency },
        budget: { money: req.budget.maxDayRateCents, currency: req.budget.currency },
      },
    });
    sink.line('reputation', w.reputation, reputation, {
      key: t.reputation.reviews > 0 ? 'reputation.rated' : 'reputation.new',
      params: { rating: Math.round(t.reputation.rating * 10) / 10, count: t.reputation.reviews },
    });
  }
  return total;
}

/** First required item the technician does not master (for the explanation). */
function missingItem(t: TechnicianProfile, req: TechnicianRequest): { equipment: string } | string {
  const all = [...req.riderRequirements, ...req.venue.equipment.filter((s) => relevantToRole(s, req.role))];
  const missing = all.find((slug) => bestEquipmentMatch(slug, t.skills) < 0.7);
  return missing ? { equipment: missing } : '—';
}
