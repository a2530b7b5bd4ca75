import type { ContractCountry, ContractKind, ContractLanguage } from './model.ts';

export interface ContractTemplate {
  readonly country: ContractCountry;
  readonly kind: ContractKind;
  readonly languages: readonly ContractLanguage[];
  readonly title: Partial<Readonly<Record<ContractLanguage, string>>>;
  /** Library clauses in document order; optional ones are dropped when their terms are absent. */
  readonly clauses: readonly string[];
}

const COMMON_TAIL = [
  'show.details',
  'financial.fee',
  'payment.terms',
  'promotion.default',
  'cancellation.default',
  'force_majeure.default',
  'radius.default',
  'insurance.default',
  'annexes.riders',
  'law.default',
] as const;

const clausesFor = (kind: ContractKind): string[] => {
  const employment = kind === 'engagement' ? 'employment.guso' : 'employment.producer_employer';
  const [show, ...rest] = COMMON_TAIL;
  return [`object.${kind}`, show, employment, ...rest];
};

/**
 * One template per country and kind. Languages follow where the contract is used: FR in French,
 * BE in French or Dutch (Flanders), CH and LU in French or German; English everywhere for touring
 * artists from abroad.
 */
export const CONTRACT_TEMPLATES: readonly ContractTemplate[] = [
  {
    country: 'FR',
    kind: 'cession',
    languages: ['fr', 'en'],
    title: {
      fr: "Contrat de cession du droit d'exploitation d'un spectacle",
      en: 'Agreement for the sale of the right to present a show (contrat de cession)',
    },
    clauses: clausesFor('cession'),
  },
  {
    country: 'FR',
    kind: 'engagement',
    languages: ['fr', 'en'],
    title: {
      fr: "Contrat d'engagement d'artistes du spectacle",
      en: 'Employment contract for performing artists (contrat d’engagement)',
    },
    clauses: clausesFor('engagement'),
  },
  {
    country: 'FR',
    kind: 'co_realisation',
    languages: ['fr', 'en'],
    title: { fr: 'Contrat de co-réalisation', en: 'Co-production agreement (co-réalisation)' },
    clauses: clausesFor('co_realisation'),
  },
  {
    country: 'BE',
    kind: 'cession',
    languages: ['fr', 'nl', 'en'],
    title: {
      fr: 'Contrat de vente de spectacle',
      nl: 'Verkoopovereenkomst van een voorstelling',
      en: 'Show sale agreement',
    },
    clauses: clausesFor('cession'),
  },
  {
    country: 'BE',
    kind: 'engagement',
    languages: ['fr', 'nl', 'en'],
    title: {
      fr: "Contrat de travail d'artistes de spectacle",
      nl: 'Arbeidsovereenkomst voor podiumkunstenaars',
      en: 'Employment contract for performing artists',
    },
    clauses: clausesFor('engagement').filter((c) => c !== 'employment.guso'),
  },
  {
    country: 'BE',
    kind: 'co_realisation',
    languages: ['fr', 'nl', 'en'],
    title: { fr: 'Contrat de coréalisation', nl: 'Coproductieovereenkomst', en: 'Co-production agreement' },
    clauses: clausesFor('co_realisation'),
  },
  ...(['CH', 'LU'] as const).flatMap((country): ContractTemplate[] => [
    {
      country,
      kind: 'cession',
      languages: ['fr', 'de', 'en'],
      title: { fr: 'Contrat de représentation', de: 'Gastspielvertrag', en: 'Performance agreement' },
      clauses: clausesFor('cession'),
    },
    {
      country,
      kind: 'engagement',
      languages: ['fr', 'de', 'en'],
      title: {
        fr: "Contrat d'engagement d'artistes",
        de: 'Engagementvertrag für Künstler',
        en: 'Artist employment contract',
      },
      clauses: clausesFor('engagement').filter((c) => c !== 'employment.guso'),
    },
    {
      country,
      kind: 'co_realisation',
      languages: ['fr', 'de', 'en'],
      title: { fr: 'Contrat de coréalisation', de: 'Koproduktionsvertrag', en: 'Co-production agreement' },
      clauses: clausesFor('co_realisation'),
    },
  ]),
];

export function findTemplate(country: ContractCountry, kind: ContractKind): ContractTemplate {
  const template = CONTRACT_TEMPLATES.find((t) => t.country === country && t.kind === kind);
  // Every country × kind pair is listed above (a test enumerates them).
  if (!template) throw new Error(`no template for ${country}/${kind}`);
  return template;
}
