import { contractClauses, type Db, type DbOrTx } from '@flowstage/db';
import {
  CLAUSE_LIBRARY,
  type ContractKind,
  type ContractLanguage,
  type LibraryClause,
} from '@flowstage/domain/contracts';
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';

const LANGS: readonly ContractLanguage[] = ['fr', 'en', 'nl', 'de'];

/** Missing languages fall back to English so every clause renders in every template language. */
function complete(texts: Record<string, string>): Record<ContractLanguage, string> {
  const en = texts.en ?? '';
  return Object.fromEntries(LANGS.map((l) => [l, texts[l] ?? en])) as Record<ContractLanguage, string>; // all four keys set just above
}

type Row = typeof contractClauses.$inferSelect;

function toLibraryClause(row: Row): LibraryClause {
  return {
    id: `org:${row.key}`,
    category: 'custom',
    kinds: 'all',
    title: complete(row.title),
    text: complete(row.text),
  };
}

/** The organisation's own clauses, usable by id (`org:<key>`) like the platform library's. */
export async function organisationLibrary(db: DbOrTx, orgId: string): Promise<LibraryClause[]> {
  const rows = await db
    .select()
    .from(contractClauses)
    .where(eq(contractClauses.organisationId, orgId))
    .orderBy(asc(contractClauses.key));
  return rows.map(toLibraryClause);
}

export interface NewClause {
  readonly key: string;
  readonly title: { fr: string; en: string; nl?: string | undefined; de?: string | undefined };
  readonly text: { fr: string; en: string; nl?: string | undefined; de?: string | undefined };
}

export async function addOrganisationClause(db: Db, orgId: string, clause: NewClause) {
  const clean = (r: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(r).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const [row] = await db
    .insert(contractClauses)
    .values({
      organisationId: orgId,
      key: clause.key,
      category: 'custom',
      title: clean(clause.title),
      text: clean(clause.text),
    })
    .onConflictDoNothing()
    .returning();
  if (!row)
    throw new AppError('CONFLICT', 'clause key taken', {
      detail: `A clause with the key "${clause.key}" already exists in your library.`,
    });
  return present(toLibraryClause(row));
}

export function present(c: LibraryClause) {
  return {
    id: c.id,
    category: c.category,
    kinds: c.kinds === 'all' ? c.kinds : [...c.kinds],
    title: c.title,
    text: c.text,
  };
}

const fits = (kind: ContractKind | undefined) => (c: LibraryClause) =>
  kind === undefined || c.kinds === 'all' || c.kinds.includes(kind);

/** The platform library (only the clauses meant for `kind` when given) and the organisation's own clauses. */
export async function listClauses(db: DbOrTx, orgId: string, kind?: ContractKind) {
  return [...CLAUSE_LIBRARY.filter(fits(kind)), ...(await organisationLibrary(db, orgId))].map(present);
}
