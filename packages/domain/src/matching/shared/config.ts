/** The contexts a weights configuration applies to. */
export type MatchContext = 'artist-venue' | 'technician' | 'street-arts' | 'campsite';

/**
 * Versioned weights (and tuning thresholds) of one matching context. A result carries the
 * version so a score can be reproduced later from the same configuration.
 */
export interface MatchingConfig<C extends string, P extends object = object> {
  readonly context: MatchContext;
  readonly version: string;
  readonly weights: Readonly<Record<C, number>>;
  readonly params: Readonly<P>;
}

export class MatchingConfigError extends Error {
  override readonly name = 'MatchingConfigError';
}

/**
 * Throws a MatchingConfigError naming every problem: unknown or missing criteria, negative
 * weights, or weights not summing to 100. Configuration errors are programming errors, hence a throw.
 */
export function validateWeights<C extends string>(
  context: MatchContext,
  version: string,
  weights: Readonly<Record<string, number>>,
  criteria: readonly C[],
): Readonly<Record<C, number>> {
  const problems: string[] = [];
  for (const c of criteria) {
    const w = weights[c];
    if (w === undefined) problems.push(`missing weight for "${c}"`);
    else if (!Number.isFinite(w) || w < 0) problems.push(`weight of "${c}" must be a number ≥ 0, got ${w}`);
  }
  for (const key of Object.keys(weights)) {
    if (!(criteria as readonly string[]).includes(key)) problems.push(`unknown criterion "${key}"`);
  }
  const sum = criteria.reduce((s, c) => s + (weights[c] ?? 0), 0);
  if (Math.abs(sum - 100) > 1e-9) problems.push(`weights must sum to 100, got ${sum}`);
  if (problems.length > 0) {
    throw new MatchingConfigError(`invalid weights for ${context}@${version}: ${problems.join('; ')}`);
  }
  // Safe: every criterion was checked present above and no extra key remains.
  return weights as Readonly<Record<C, number>>;
}

/** Builds a validated configuration (throws MatchingConfigError when weights are inconsistent). */
export function defineConfig<C extends string, P extends object>(
  context: MatchContext,
  version: string,
  criteria: readonly C[],
  weights: Readonly<Record<C, number>>,
  params: P,
): MatchingConfig<C, P> {
  return { context, version, weights: validateWeights(context, version, weights, criteria), params };
}
