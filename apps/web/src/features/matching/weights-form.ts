/** Weights as typed in the editor: whole points per criterion, 0–100 each, summing to 100. */
export type WeightsCheck =
  | { ok: true; sum: 100 }
  | { ok: false; sum: number; reason: 'sum' | 'range'; criterion?: string };

export function checkWeights(weights: Readonly<Record<string, number | string>>): WeightsCheck {
  let sum = 0;
  for (const [criterion, raw] of Object.entries(weights)) {
    const value = typeof raw === 'number' ? raw : Number.NaN;
    if (!Number.isInteger(value) || value < 0 || value > 100)
      return { ok: false, sum: Number.NaN, reason: 'range', criterion };
    sum += value;
  }
  return sum === 100 ? { ok: true, sum: 100 } : { ok: false, sum, reason: 'sum' };
}

/**
 * The set a search uses today: the organisation's latest revision, else the newest platform
 * default (the API resolves "latest" the same way). Items come newest first.
 */
export function currentSet<T extends { organisationId: string | null }>(items: readonly T[]): T | undefined {
  return items.find((i) => i.organisationId !== null) ?? items[0];
}
