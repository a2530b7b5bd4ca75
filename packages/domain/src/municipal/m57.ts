import type { DatedTable } from '../reference/dated.ts';

/**
 * A small extract of the M57 budget and accounting nomenclature (nature accounts) covering what a
 * town hall uses to buy and stage shows. Imputation is always on a leaf account, never a chapter.
 */
export const M57_NOMENCLATURE: DatedTable<'M57'> = [
  {
    value: 'M57',
    validFrom: '2024-01-01',
    validTo: null,
    source: 'instruction budgétaire et comptable M57 (généralisée au 2024-01-01, remplace la M14)',
    note: 'some communes adopted M57 earlier by choice',
  },
];

export interface M57Chapter {
  readonly code: string;
  readonly label: string;
}

export interface M57Account {
  readonly code: string;
  readonly chapter: string;
  readonly label: string;
}

export const M57_CHAPTERS: readonly M57Chapter[] = [
  { code: '011', label: 'Charges à caractère général' },
  { code: '012', label: 'Charges de personnel et frais assimilés' },
];

export const M57_ACCOUNTS: readonly M57Account[] = [
  {
    code: '6042',
    chapter: '011',
    label: 'Achats de prestations de services (autres que terrains à aménager)',
  },
  { code: '6135', chapter: '011', label: 'Locations mobilières' },
  { code: '6188', chapter: '011', label: 'Autres frais divers' },
  { code: '6226', chapter: '011', label: 'Honoraires' },
  { code: '6228', chapter: '011', label: 'Divers (rémunérations d’intermédiaires et honoraires)' },
  { code: '6231', chapter: '011', label: 'Annonces et insertions' },
  { code: '6232', chapter: '011', label: 'Fêtes et cérémonies' },
  { code: '6236', chapter: '011', label: 'Catalogues et imprimés' },
  { code: '6251', chapter: '011', label: 'Voyages et déplacements' },
  { code: '6257', chapter: '011', label: 'Réceptions' },
  { code: '6218', chapter: '012', label: 'Autre personnel extérieur' },
];

/** Usual imputations; a commune's own practice (set in its settings) takes precedence. */
export const SUGGESTED_IMPUTATION = {
  cession_contract: '6042',
  festivity: '6232',
  legal_notice: '6231',
  printing: '6236',
  equipment_hire: '6135',
  travel: '6251',
  reception: '6257',
  miscellaneous: '6188',
} as const satisfies Record<string, string>;

export interface Imputation {
  readonly chapter: string;
  readonly article: string;
}

export type ImputationCheck =
  | { readonly kind: 'valid'; readonly chapter: M57Chapter; readonly account: M57Account }
  | {
      readonly kind: 'invalid';
      readonly reason: 'unknown_chapter' | 'unknown_article' | 'article_not_in_chapter' | 'not_a_leaf';
      readonly message: string;
    };

export function validateImputation(imputation: Imputation): ImputationCheck {
  const chapter = M57_CHAPTERS.find((c) => c.code === imputation.chapter);
  if (!chapter) {
    return {
      kind: 'invalid',
      reason: 'unknown_chapter',
      message: `Chapitre ${imputation.chapter} inconnu en M57.`,
    };
  }
  const account = M57_ACCOUNTS.find((a) => a.code === imputation.article);
  if (!account) {
    const isParent = M57_ACCOUNTS.some((a) => a.code.startsWith(imputation.article));
    return isParent
      ? {
          kind: 'invalid',
          reason: 'not_a_leaf',
          message: `Le compte ${imputation.article} est un compte de regroupement : imputer sur un compte de détail.`,
        }
      : { kind: 'invalid', reason: 'unknown_article', message: `Article ${imputation.article} inconnu.` };
  }
  if (account.chapter !== chapter.code) {
    return {
      kind: 'invalid',
      reason: 'article_not_in_chapter',
      message: `L’article ${account.code} relève du chapitre ${account.chapter}, pas du ${chapter.code}.`,
    };
  }
  return { kind: 'valid', chapter, account };
}
