/**
 * Invoice numbers form an unbroken chronological sequence (CGI ann. II art. 242 nonies A):
 * PREFIX-YEAR-NNNNNN, restarting at 1 each year.
 */
const PREFIX = /^[A-Z][A-Z0-9]{1,9}$/;
const NUMBER = /^([A-Z][A-Z0-9]{1,9})-(\d{4})-(\d{6,})$/;

export function nextInvoiceNumber(prefix: string, year: number, lastSeq: number): string {
  if (!PREFIX.test(prefix)) throw new RangeError(`invalid invoice prefix: ${prefix}`);
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`invalid year: ${year}`);
  if (!Number.isSafeInteger(lastSeq) || lastSeq < 0)
    throw new RangeError(`invalid last sequence: ${lastSeq}`);
  return `${prefix}-${year}-${(lastSeq + 1).toString().padStart(6, '0')}`;
}

export interface ParsedInvoiceNumber {
  readonly prefix: string;
  readonly year: number;
  readonly seq: number;
}

export function parseInvoiceNumber(text: string): ParsedInvoiceNumber | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  const [, prefix = '', year, seq] = match;
  return { prefix, year: Number(year), seq: Number(seq) };
}

export type SequenceProblem =
  | { readonly kind: 'malformed'; readonly number: string }
  | { readonly kind: 'gap'; readonly after: string; readonly missing: readonly number[] }
  | { readonly kind: 'duplicate'; readonly number: string }
  | { readonly kind: 'does_not_start_at_one'; readonly first: string };

/** Finds gaps and duplicates in the numbers issued for one prefix and year (order of issue). */
export function checkInvoiceSequence(numbers: readonly string[]): SequenceProblem[] {
  const problems: SequenceProblem[] = [];
  const parsed: { number: string; seq: number }[] = [];
  for (const number of numbers) {
    const p = parseInvoiceNumber(number);
    if (p) parsed.push({ number, seq: p.seq });
    else problems.push({ kind: 'malformed', number });
  }
  parsed.sort((a, b) => a.seq - b.seq);
  const first = parsed[0];
  if (first && first.seq !== 1) problems.push({ kind: 'does_not_start_at_one', first: first.number });
  for (let i = 1; i < parsed.length; i++) {
    const prev = parsed[i - 1]!;
    const cur = parsed[i]!;
    if (cur.seq === prev.seq) problems.push({ kind: 'duplicate', number: cur.number });
    else if (cur.seq > prev.seq + 1) {
      const missing = Array.from(
        { length: Math.min(cur.seq - prev.seq - 1, 100) },
        (_, k) => prev.seq + 1 + k,
      );
      problems.push({ kind: 'gap', after: prev.number, missing });
    }
  }
  return problems;
}
