import { type Change, createTwoFilesPatch, diffWords } from 'diff';
import { documentText } from './build.ts';
import type { ContractDocument } from './model.ts';

export type ClauseChange =
  | { readonly kind: 'added' | 'removed'; readonly id: string; readonly title: string }
  | {
      readonly kind: 'modified';
      readonly id: string;
      readonly title: string;
      /** Word-level changes of the clause text (`added`/`removed` flags as in the diff package). */
      readonly words: readonly Change[];
    };

export interface ContractDiff {
  readonly clauses: readonly ClauseChange[];
  /** Unified diff of the whole document text. */
  readonly patch: string;
  readonly identical: boolean;
}

/** Clause-level and text-level comparison of two versions of a contract. */
export function diffContractDocuments(
  before: ContractDocument,
  after: ContractDocument,
  labels: { before: string; after: string } = { before: 'before', after: 'after' },
): ContractDiff {
  const old = new Map(before.clauses.map((c) => [c.id, c]));
  const next = new Map(after.clauses.map((c) => [c.id, c]));
  const clauses: ClauseChange[] = [];
  for (const c of before.clauses) {
    if (!next.has(c.id)) clauses.push({ kind: 'removed', id: c.id, title: c.title });
  }
  for (const c of after.clauses) {
    const prior = old.get(c.id);
    if (!prior) clauses.push({ kind: 'added', id: c.id, title: c.title });
    else if (prior.text !== c.text || prior.title !== c.title)
      clauses.push({ kind: 'modified', id: c.id, title: c.title, words: diffWords(prior.text, c.text) });
  }
  const a = documentText(before);
  const b = documentText(after);
  return {
    clauses,
    patch: createTwoFilesPatch(labels.before, labels.after, a, b, '', '', { context: 2 }),
    identical: a === b,
  };
}
