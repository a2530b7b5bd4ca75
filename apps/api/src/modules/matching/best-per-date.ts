import type { BuiltRequest } from './build-request.ts';
import type { MatchBody } from './match.schema.ts';
import { presentHit, presentNotices, runMatch } from './run-match.ts';
import { type MatchDeps, prepare } from './search.ts';

/** The BRD journey "5 best venues per date": one ranking per candidate date of the artist's tour. */
export async function bestPerDate(
  deps: MatchDeps,
  userId: string,
  body: Extract<MatchBody, { kind: 'venues-for-artist' }>,
  perDate: number,
) {
  const { built, config, weights } = await prepare(deps, userId, body);
  const b = built.built;
  if (b.kind !== 'venues-for-artist') throw new Error('bestPerDate needs a venues-for-artist request');
  const days = built.dates.map((date) => {
    const one: BuiltRequest = { ...b, request: { ...b.request, dates: [date] } };
    const { hits } = runMatch(deps.index, one, config, perDate, built.filter, built.origin);
    return { date, results: hits.map((h, i) => presentHit(h, i + 1, built.origin, body.locale)) };
  });
  return { weights, notices: presentNotices(b, body.locale), days };
}
