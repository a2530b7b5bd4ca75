import { isIsoDay } from './day-date.ts';

/**
 * A value with legal force over a period. `validTo` is the last day of validity (inclusive),
 * so "until 2026-03-31" and "from 2026-04-01" chain without a gap; null means "until further notice".
 */
export interface DatedValue<T> {
  readonly value: T;
  readonly validFrom: string;
  readonly validTo: string | null;
  /** Legal text or official page the value was read from. */
  readonly source: string;
  /** The value could not be confirmed from an official source: keep it configurable, show "to verify". */
  readonly unconfirmed?: boolean;
  readonly note?: string;
}

export type DatedTable<T> = readonly DatedValue<T>[];

export type DatedLookup<T> =
  | { readonly kind: 'found'; readonly value: T; readonly rule: DatedValue<T> }
  | { readonly kind: 'no_rule_in_force'; readonly date: string };

export function isInForce(rule: DatedValue<unknown>, date: string): boolean {
  // ISO days compare correctly as strings.
  return rule.validFrom <= date && (rule.validTo === null || date <= rule.validTo);
}

/**
 * The rule in force on `date`. Tables are checked for overlaps in tests; should two rows still
 * overlap, the most recent `validFrom` wins because a newer text supersedes an older one.
 */
export function valueAt<T>(table: DatedTable<T>, date: string): DatedLookup<T> {
  if (!isIsoDay(date)) throw new RangeError(`not a YYYY-MM-DD day: ${date}`);
  let best: DatedValue<T> | undefined;
  for (const rule of table) {
    if (isInForce(rule, date) && (best === undefined || rule.validFrom > best.validFrom)) best = rule;
  }
  return best ? { kind: 'found', value: best.value, rule: best } : { kind: 'no_rule_in_force', date };
}

export type TableProblem =
  | { readonly kind: 'invalid_date'; readonly index: number; readonly date: string }
  | { readonly kind: 'inverted_period'; readonly index: number }
  | { readonly kind: 'missing_source'; readonly index: number }
  | { readonly kind: 'overlap'; readonly first: number; readonly second: number };

/** Structural checks for a dated table: used by tests on every data table, and by admin tooling. */
export function checkDatedTable(table: DatedTable<unknown>): TableProblem[] {
  const problems: TableProblem[] = [];
  table.forEach((rule, index) => {
    for (const date of [rule.validFrom, rule.validTo]) {
      if (date !== null && !isIsoDay(date)) problems.push({ kind: 'invalid_date', index, date });
    }
    if (rule.validTo !== null && rule.validTo < rule.validFrom)
      problems.push({ kind: 'inverted_period', index });
    if (rule.source.trim() === '') problems.push({ kind: 'missing_source', index });
  });
  for (let i = 0; i < table.length; i++) {
    for (let j = i + 1; j < table.length; j++) {
      const a = table[i]!;
      const b = table[j]!;
      const aEndsBeforeB = a.validTo !== null && a.validTo < b.validFrom;
      const bEndsBeforeA = b.validTo !== null && b.validTo < a.validFrom;
      if (!aEndsBeforeB && !bEndsBeforeA) problems.push({ kind: 'overlap', first: i, second: j });
    }
  }
  return problems;
}

type FoundRow<T> = { readonly value: T; readonly rule: DatedValue<T> };
type FoundRows<R> = { readonly [K in keyof R]: R[K] extends DatedTable<infer T> ? FoundRow<T> : never };

/** Looks up several tables at once; answers the first table with no rule in force, by name. */
export function valuesAt<R extends Record<string, DatedTable<unknown>>>(
  tables: R,
  date: string,
):
  | { readonly kind: 'found'; readonly rows: FoundRows<R> }
  | { readonly kind: 'no_rule_in_force'; readonly date: string; readonly missing: keyof R & string } {
  const rows: Record<string, FoundRow<unknown>> = {};
  for (const [name, table] of Object.entries(tables)) {
    const found = valueAt(table, date);
    if (found.kind !== 'found') return { kind: 'no_rule_in_force', date, missing: name };
    rows[name] = { value: found.value, rule: found.rule };
  }
  // Every key of `tables` was filled above with the row of the matching table.
  return { kind: 'found', rows: rows as FoundRows<R> };
}
