import { type Explanation, type Locale, render } from '@flowstage/domain/matching';

const MAX = 50_000;
const cache = new Map<string, string>();

/**
 * The core's render, memoised: rendering builds Intl formatters on every call (≈0.1 ms), and the
 * same explanation (same key and parameters) always renders to the same text in a locale.
 */
export function renderCached(explanation: Explanation, locale: Locale): string {
  const key = `${locale}\u0001${explanation.key}\u0001${JSON.stringify(explanation.params)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const text = render(explanation, locale);
  if (cache.size >= MAX) cache.delete(cache.keys().next().value as string); // oldest first (Map order)
  cache.set(key, text);
  return text;
}
