/** CTR-2026-000123: year of creation and a per-year number from an unbroken sequence. */
export function formatContractReference(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`bad year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999)
    throw new RangeError(`bad sequence ${sequence}`);
  return `CTR-${year}-${String(sequence).padStart(6, '0')}`;
}

export function parseContractReference(text: string): { year: number; sequence: number } | null {
  const m = /^CTR-(\d{4})-(\d{6})$/.exec(text);
  if (!m) return null;
  const sequence = Number(m[2]);
  return sequence >= 1 ? { year: Number(m[1]), sequence } : null;
}
