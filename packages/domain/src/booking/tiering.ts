/**
 * FR-002: how much of the contract the platform prepares, by match score (0–100).
 * > 95 complete and sendable; 85–95 pre-generated, the seller validates; below, a template with
 * assisted negotiation (guided clause editor). Boundaries: 95 itself is pre-generated, 85 too.
 */
export type ContractTier = 'complete' | 'pre_generated' | 'assisted';

export function tierForScore(score: number): ContractTier {
  if (!Number.isFinite(score)) throw new RangeError(`score must be finite, got ${score}`);
  if (score > 95) return 'complete';
  if (score >= 85) return 'pre_generated';
  return 'assisted';
}

/** Only the complete tier may leave for signature without the seller's explicit validation. */
export function needsSellerValidation(tier: ContractTier): boolean {
  return tier !== 'complete';
}
