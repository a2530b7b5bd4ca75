import type { CandidateOf, MatchKind, RequestOf } from '../api.ts';

/**
 * One labelled judgement of the trade: for this request, candidate A should rank above B.
 * Written from booking practice, not from the scorer's output.
 */
export type EvalCase = {
  [K in MatchKind]: {
    readonly id: string;
    readonly matcher: K;
    readonly request: RequestOf<K>;
    readonly a: CandidateOf<K>;
    readonly b: CandidateOf<K>;
    readonly reason: string;
  };
}[MatchKind];

/** Builds a case with its kind inferred from the request. */
export function judge<K extends MatchKind>(
  id: string,
  request: RequestOf<K> & { readonly kind: K },
  a: CandidateOf<K>,
  b: CandidateOf<K>,
  reason: string,
): EvalCase {
  // The mapped union cannot be narrowed from a generic K; the fields are consistent by construction.
  return { id, matcher: request.kind, request, a, b, reason } as EvalCase;
}
