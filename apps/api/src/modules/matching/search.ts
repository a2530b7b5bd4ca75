import type { DbOrTx } from '@flowstage/db';
import { render, validateCampsiteRequest } from '@flowstage/domain/matching';
import { LRUCache } from 'lru-cache';
import { AppError } from '../../errors.ts';
import { requireMembership } from '../identity/index.ts';
import { type Built, buildRequest, CONTEXT_OF } from './build-request.ts';
import type { MatchingIndex } from './index/matching-index.ts';
import type { MatchBody } from './match.schema.ts';
import { type AnyConfig, presentHit, presentNotices, runMatch } from './run-match.ts';
import { type ConfigByContext, CRITERIA, presentWeights, resolveConfig } from './weights.ts';

export interface MatchDeps {
  readonly db: DbOrTx;
  readonly index: MatchingIndex;
}

const BASE_SORTS = ['score', 'distance', 'price', 'capacity', 'name'] as const;

// Searches are the hot path: a confirmed membership is trusted for one second (the same delay as
// catalogue changes reaching the index) instead of a database round-trip per search. Refusals
// are never cached, so a new member is let in at once; a removed one loses access within 1 s.
const MEMBER_TTL_MS = 1000;
const members = new Map<string, number>();

async function requireMemberQuickly(db: DbOrTx, userId: string, organisationId: string): Promise<void> {
  const key = `${userId}|${organisationId}`;
  const now = Date.now();
  if ((members.get(key) ?? 0) > now) return;
  await requireMembership(db, userId, organisationId);
  if (members.size > 10_000) members.clear();
  members.set(key, now + MEMBER_TTL_MS);
}

/** Membership, fresh index, request, configuration: what every matching use-case starts with. */
export async function prepare(deps: MatchDeps, userId: string, body: MatchBody) {
  await requireMemberQuickly(deps.db, userId, body.organisationId);
  await deps.index.fresh();
  const built = await buildRequest(deps.db, deps.index, body);
  const resolved = await resolveConfig(
    deps.db,
    body.organisationId,
    CONTEXT_OF[body.kind],
    body.weightsVersion,
  );
  const config: AnyConfig = resolved.config;
  if (built.built.kind === 'campsite') {
    // resolved above for the campsite context (CONTEXT_OF)
    const problems = validateCampsiteRequest(built.built.request, config as ConfigByContext['campsite']);
    if (problems.length > 0) {
      const messages = problems.map((p) => render(p, body.locale));
      throw new AppError('VALIDATION_FAILED', 'campsite stops out of season', {
        detail: messages.join(' '),
        errors: messages.map((message) => ({ path: 'circuit', message })),
      });
    }
  }
  const sort = body.sort;
  if (!(BASE_SORTS as readonly string[]).includes(sort) && !CRITERIA[config.context].includes(sort)) {
    throw new AppError('VALIDATION_FAILED', `unknown sort ${sort}`, {
      detail: `Sort by ${[...BASE_SORTS, ...CRITERIA[config.context]].join(', ')}.`,
      errors: [{ path: 'sort', message: `Unknown sort "${sort}".` }],
    });
  }
  return { built, config, weights: presentWeights(resolved) };
}

type Presented = ReturnType<typeof presentHit>;

export function sortResults(results: Presented[], sort: string): Presented[] {
  const by: Record<string, (a: Presented, b: Presented) => number> = {
    score: (a, b) => a.rank - b.rank,
    distance: (a, b) => a.candidate.distanceMetres - b.candidate.distanceMetres,
    price: (a, b) => (a.candidate.price?.minCents ?? 0) - (b.candidate.price?.minCents ?? 0),
    capacity: (a, b) => (b.candidate.capacity?.max ?? 0) - (a.candidate.capacity?.max ?? 0),
    name: (a, b) => a.candidate.name.localeCompare(b.candidate.name),
  };
  const points = (r: Presented) => r.lines.find((l) => l.criterion === sort)?.points ?? 0;
  const compare = by[sort] ?? ((a: Presented, b: Presented) => points(b) - points(a));
  return [...results].sort((a, b) => compare(a, b) || a.rank - b.rank);
}

export function execute(
  deps: MatchDeps,
  built: Built,
  config: AnyConfig,
  limit: number,
  locale: MatchBody['locale'],
) {
  const started = performance.now();
  const { hits, candidates, scored } = runMatch(
    deps.index,
    built.built,
    config,
    limit,
    built.filter,
    built.origin,
  );
  const results = hits.map((h, i) => presentHit(h, i + 1, built.origin, locale));
  return {
    results,
    stats: { candidates, scored, tookMs: Math.round((performance.now() - started) * 100) / 100 },
  };
}

export type SearchResult = {
  kind: string;
  weights: ReturnType<typeof presentWeights>;
  dates: string[];
  notices: ReturnType<typeof presentNotices>;
  results: Presented[];
  stats: { candidates: number; scored: number; tookMs: number };
};

/** A search's reply as JSON bytes, and whether they come from the cache. */
export interface SearchReply {
  readonly json: Buffer;
  readonly cached: boolean;
}

const caches = new WeakMap<MatchingIndex, LRUCache<string, Buffer>>();

/**
 * Ranked results, as the reply's bytes (`toJson`: the route's response serializer). Identical
 * searches (same body, same weights version, same index generation: no catalogue change since)
 * are answered from a small per-process cache, after the access checks. The cache keeps bytes, not
 * answer objects: 500 replies of ~40 KB lie outside the JavaScript heap, which the garbage
 * collector then never walks, and a repeated search costs no serialisation.
 */
export async function searchMatches(
  deps: MatchDeps,
  userId: string,
  body: MatchBody,
  toJson: (answer: SearchResult) => string,
): Promise<SearchReply> {
  const { built, config, weights } = await prepare(deps, userId, body);
  let cache = caches.get(deps.index);
  if (!cache) {
    cache = new LRUCache({ max: 500 });
    caches.set(deps.index, cache);
  }
  const key = `${deps.index.generation}|${weights.organisationId}|${weights.version}|${JSON.stringify(body)}`;
  const hit = cache.get(key);
  if (hit) return { json: hit, cached: true };
  const { results, stats } = execute(deps, built, config, body.limit, body.locale);
  const json = Buffer.from(
    toJson({
      kind: body.kind,
      weights,
      dates: built.dates,
      notices: presentNotices(built.built, body.locale),
      results: sortResults(results, body.sort),
      stats,
    }),
  );
  cache.set(key, json);
  return { json, cached: false };
}
