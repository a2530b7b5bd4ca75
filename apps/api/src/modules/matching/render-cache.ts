import { type Explanation, type Locale, render } from '@flowstage/domain/matching';
import { LRUCache } from 'lru-cache';

// A true LRU: evicting the oldest key of a full Map (`keys().next()`) walks the holes left by
// earlier deletions, ≈33 µs per insert at this size, which made presenting 20 results cost more
// than finding them once the cache was full.
const cache = new LRUCache<string, string>({ max: 50_000 });

/**
 * The core's render, memoised: the same explanation (same key and parameters) always renders to
 * the same text in a locale, and most lines of a page repeat across searches (history, calendar,
 * affinity, capacity bands).
 */
export function renderCached(explanation: Explanation, locale: Locale): string {
  const key = `${locale}\u0001${explanation.key}\u0001${JSON.stringify(explanation.params)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const text = render(explanation, locale);
  cache.set(key, text);
  return text;
}
