import { notFound } from '../../errors.ts';
import { passes } from './engine/rank-objects.ts';
import type { MatchBody } from './match.schema.ts';
import { findCandidate, presentCandidate, presentHit, presentReasons, runMatch } from './run-match.ts';
import { type MatchDeps, prepare } from './search.ts';

const RANK_HORIZON = 100;

/**
 * "Why not this one": the hard constraints a candidate fails (every one, in the user's language),
 * or its score, breakdown and rank when it is eligible; 'filtered' when only the user's filters hide it.
 */
export async function whyNot(deps: MatchDeps, userId: string, body: MatchBody, candidateId: string) {
  const { built, config, weights } = await prepare(deps, userId, body);
  const hit = findCandidate(deps.index, built.built, config, candidateId);
  if (!hit) throw notFound('Candidate profile');
  const candidate = presentCandidate(hit, built.origin);
  const result = hit.result();
  if (result.kind === 'excluded') {
    return {
      candidate,
      weights,
      verdict: 'excluded' as const,
      reasons: presentReasons(result.reasons, body.locale),
      score: null,
      rank: null,
      lines: [],
    };
  }
  const presented = presentHit(hit, 0, built.origin, body.locale);
  const filtered =
    !passes(
      { meta: hit.meta, profile: null, lat: hit.lat, lon: hit.lon, price: hit.price?.minCents ?? 0 },
      built.filter,
      built.origin.lat,
      built.origin.lon,
    ) || hit.t < (built.filter.minScoreTenths ?? 0);
  // Rank among eligible candidates (within the first 100), under the same filters.
  const top = runMatch(deps.index, built.built, config, RANK_HORIZON, built.filter, built.origin);
  const position = top.hits.findIndex((h) => h.meta.id === candidateId);
  return {
    candidate,
    weights,
    verdict: filtered ? ('filtered' as const) : ('eligible' as const),
    reasons: [],
    score: presented.score,
    rank: position === -1 ? null : position + 1,
    lines: presented.lines,
  };
}
