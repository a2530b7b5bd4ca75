import type { ApiContext } from '../../context.ts';
import { MatchingIndex } from './index/matching-index.ts';

const indexes = new WeakMap<ApiContext, MatchingIndex>();

/** The matching index of an app (one per process and database); created on first use. */
export function matchingIndexFor(ctx: ApiContext): MatchingIndex {
  let index = indexes.get(ctx);
  if (!index) {
    index = new MatchingIndex(ctx.db, {
      pollMs: 500,
      onError: (e) => console.error('matching index sync failed', e),
    });
    indexes.set(ctx, index);
  }
  return index;
}
