import type { ArtistVenueConfig } from './artist-venue/config.ts';
import { evaluateArtistVenue } from './artist-venue/matcher.ts';
import {
  ARTIST_VENUE_CRITERIA,
  type ArtistProfile,
  type ArtistsForVenueRequest,
  type ArtistVenueCriterion,
  type VenueProfile,
  type VenuesForArtistRequest,
} from './artist-venue/types.ts';
import { type MatchContext, MatchingConfigError } from './shared/config.ts';
import { Collector, type Sink, upperBoundTenths } from './shared/scoring.ts';
import { EXCLUDED, type ExclusionReason, type MatchResult } from './shared/types.ts';
import { type CampsiteConfig, evaluateCampsite } from './street-arts/campsite.ts';
import { evaluateStreetArts, type StreetArtsConfig } from './street-arts/matcher.ts';
import {
  CAMPSITE_CRITERIA,
  type CampsiteCriterion,
  type CampsiteRequest,
  STREET_ARTS_CRITERIA,
  type StreetArtsCriterion,
  type StreetArtsRequest,
  type StreetCompanyProfile,
} from './street-arts/types.ts';
import { evaluateTechnician, type TechnicianConfig } from './technician/matcher.ts';
import {
  TECHNICIAN_CRITERIA,
  type TechnicianCriterion,
  type TechnicianProfile,
  type TechnicianRequest,
} from './technician/types.ts';

/** Every kind of matching request, with its candidates, criteria and configuration. */
export interface MatchKinds {
  'venues-for-artist': {
    request: VenuesForArtistRequest;
    candidate: VenueProfile;
    criterion: ArtistVenueCriterion;
    config: ArtistVenueConfig;
  };
  'artists-for-venue': {
    request: ArtistsForVenueRequest;
    candidate: ArtistProfile;
    criterion: ArtistVenueCriterion;
    config: ArtistVenueConfig;
  };
  technicians: {
    request: TechnicianRequest;
    candidate: TechnicianProfile;
    criterion: TechnicianCriterion;
    config: TechnicianConfig;
  };
  'street-arts': {
    request: StreetArtsRequest;
    candidate: StreetCompanyProfile;
    criterion: StreetArtsCriterion;
    config: StreetArtsConfig;
  };
  campsite: {
    request: CampsiteRequest;
    candidate: StreetCompanyProfile;
    criterion: CampsiteCriterion;
    config: CampsiteConfig;
  };
}
export type MatchKind = keyof MatchKinds;
export type RequestOf<K extends MatchKind> = MatchKinds[K]['request'];
export type CandidateOf<K extends MatchKind> = MatchKinds[K]['candidate'];
export type CriterionOf<K extends MatchKind> = MatchKinds[K]['criterion'];
export type ConfigOf<K extends MatchKind> = MatchKinds[K]['config'];
export type AnyRequest = RequestOf<MatchKind>;

interface Matcher<K extends MatchKind> {
  readonly context: MatchContext;
  readonly criteria: readonly CriterionOf<K>[];
  evaluate(
    req: RequestOf<K>,
    c: CandidateOf<K>,
    config: ConfigOf<K>,
    sink: Sink<CriterionOf<K>> | null,
  ): number;
}

const MATCHERS: { readonly [K in MatchKind]: Matcher<K> } = {
  'venues-for-artist': {
    context: 'artist-venue',
    criteria: ARTIST_VENUE_CRITERIA,
    evaluate: (req, venue, config, sink) => evaluateArtistVenue(req.artist, venue, req.dates, config, sink),
  },
  'artists-for-venue': {
    context: 'artist-venue',
    criteria: ARTIST_VENUE_CRITERIA,
    evaluate: (req, artist, config, sink) => evaluateArtistVenue(artist, req.venue, req.dates, config, sink),
  },
  technicians: { context: 'technician', criteria: TECHNICIAN_CRITERIA, evaluate: evaluateTechnician },
  'street-arts': { context: 'street-arts', criteria: STREET_ARTS_CRITERIA, evaluate: evaluateStreetArts },
  campsite: { context: 'campsite', criteria: CAMPSITE_CRITERIA, evaluate: evaluateCampsite },
};

function matcherFor<K extends MatchKind>(request: RequestOf<K>, config: ConfigOf<K>): Matcher<K> {
  // The registry is keyed by kind and each request carries its kind: the lookup is the matching entry.
  const m = MATCHERS[request.kind] as unknown as Matcher<K>;
  if (m.context !== config.context) {
    throw new MatchingConfigError(
      `a ${request.kind} request needs a ${m.context} configuration, got ${config.context}@${config.version}`,
    );
  }
  return m;
}

/**
 * Fast path: the score 0..100 (one decimal) or EXCLUDED (-1). Allocation-free; always equals
 * `score(...).total` for the same inputs.
 */
export function scoreOnly<K extends MatchKind>(
  request: RequestOf<K>,
  candidate: CandidateOf<K>,
  config: ConfigOf<K>,
): number {
  const t = matcherFor<K>(request, config).evaluate(request, candidate, config, null);
  return t === EXCLUDED ? EXCLUDED : t / 10;
}

/** Full result: the breakdown with explanations, or the exclusion reasons. */
export function score<K extends MatchKind>(
  request: RequestOf<K>,
  candidate: CandidateOf<K>,
  config: ConfigOf<K>,
): MatchResult<CriterionOf<K>> {
  const m = matcherFor<K>(request, config);
  const sink = new Collector<CriterionOf<K>>();
  const t = m.evaluate(request, candidate, config, sink);
  const base = { candidateId: candidate.id, context: config.context, weightsVersion: config.version };
  if (t === EXCLUDED) return { kind: 'excluded', ...base, reasons: sink.reasons };
  // Lines in the configuration's criteria order, whatever order the scorer reported them in.
  const order = m.criteria;
  const lines = [...sink.lines].sort((a, b) => order.indexOf(a.criterion) - order.indexOf(b.criterion));
  return {
    kind: 'scored',
    ...base,
    total: t / 10,
    lines,
    ...(sink.date === undefined ? {} : { date: sink.date }),
  };
}

export type ExclusionExplanation =
  | { readonly kind: 'eligible'; readonly total: number }
  | { readonly kind: 'excluded'; readonly reasons: readonly ExclusionReason[] };

/** "Why not X": every hard constraint the candidate fails, or its score when it is eligible. */
export function explainExclusion<K extends MatchKind>(
  request: RequestOf<K>,
  candidate: CandidateOf<K>,
  config: ConfigOf<K>,
): ExclusionExplanation {
  const r = score<K>(request, candidate, config);
  return r.kind === 'excluded'
    ? { kind: 'excluded', reasons: r.reasons }
    : { kind: 'eligible', total: r.total };
}

export interface Ranking<C extends string> {
  readonly top: readonly Extract<MatchResult<C>, { kind: 'scored' }>[];
  readonly excluded: readonly Extract<MatchResult<C>, { kind: 'excluded' }>[];
}

/**
 * Top-k candidates by score (ties broken by id, ascending), with breakdowns, and every excluded
 * candidate with its reasons. Scores all with the fast path, explains only the retained ones.
 */
export function rankCandidates<K extends MatchKind>(
  request: RequestOf<K>,
  candidates: readonly CandidateOf<K>[],
  config: ConfigOf<K>,
  k: number,
): Ranking<CriterionOf<K>> {
  const m = matcherFor<K>(request, config);
  const kept: { id: string; t: number; c: CandidateOf<K> }[] = [];
  const excluded: Extract<MatchResult<CriterionOf<K>>, { kind: 'excluded' }>[] = [];
  const before = (a: { id: string; t: number }, b: { id: string; t: number }) =>
    a.t > b.t || (a.t === b.t && a.id < b.id);
  for (const c of candidates) {
    const t = m.evaluate(request, c, config, null);
    if (t === EXCLUDED) {
      const r = score<K>(request, c, config);
      if (r.kind === 'excluded') excluded.push(r);
      continue;
    }
    if (k <= 0) continue;
    const entry = { id: c.id, t, c };
    if (kept.length === k) {
      if (!before(entry, kept[k - 1]!)) continue;
      kept.pop();
    }
    // insertion into the sorted top-k (k is small: the API asks for a page of results)
    let i = kept.length;
    while (i > 0 && before(entry, kept[i - 1]!)) i--;
    kept.splice(i, 0, entry);
  }
  const top = kept
    .map(({ c }) => score<K>(request, c, config))
    .filter((r): r is Extract<MatchResult<CriterionOf<K>>, { kind: 'scored' }> => r.kind === 'scored');
  return { top, excluded: excluded.sort((a, b) => (a.candidateId < b.candidateId ? -1 : 1)) };
}

/**
 * Upper bound of the score (0..100) when some sub-scores are known to be at most the given values
 * (others count as 1). Sound for pruning: never below the real score of a matching candidate.
 */
export function upperBound<C extends string>(
  config: { readonly weights: Readonly<Record<C, number>> },
  subScoreBounds: Partial<Record<C, number>>,
): number {
  return upperBoundTenths(config.weights, subScoreBounds) / 10;
}
