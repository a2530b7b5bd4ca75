import type { EventBrief, PerformanceFormat, SelectionCriterion } from './cahier-des-charges.ts';
import { formatEuros } from './text.ts';

export interface RequiredDocument {
  readonly id:
    | 'financial_offer'
    | 'artistic_presentation'
    | 'technical_rider'
    | 'insurance'
    | 'company_registration'
    | 'sworn_statement'
    | 'licence_receipt'
    | 'vigilance_certificate'
    | 'programme'
    | 'artists_list';
  readonly label: string;
  readonly legalBasis?: string;
}

export interface CdcSection {
  readonly id: string;
  readonly heading: string;
  readonly items: readonly string[];
}

export interface CdcDocument {
  readonly title: string;
  readonly buyerName: string;
  readonly issuedOn: string;
  readonly responseDeadline: string;
  readonly criteria: readonly SelectionCriterion[];
  readonly requiredDocuments: readonly RequiredDocument[];
  readonly sections: readonly CdcSection[];
}

const FORMAT_LABELS: Readonly<Record<PerformanceFormat, string>> = {
  deambulation: 'déambulation',
  fixe: 'spectacle en point fixe',
  interactif: 'forme interactive',
  atelier: 'atelier',
  concert: 'concert',
};

const AUDIENCE: Readonly<Record<EventBrief['audience']['target'], string>> = {
  all: 'tout public',
  children: 'jeune public',
  families: 'familial',
  adults: 'adulte',
};

const BAD_WEATHER: Readonly<Record<EventBrief['technical']['badWeather'], string>> = {
  indoor_fallback: 'repli en salle prévu par la commune',
  postpone: 'report à une date à convenir',
  cancel: 'annulation sans indemnité au-delà des frais engagés',
  maintain: 'maintien de la prestation sauf danger',
};

/** Documents to ask for, with the rule that makes each one mandatory where there is one. */
export function requiredDocuments(
  brief: EventBrief,
  vigilanceThresholdCents: number | null,
): RequiredDocument[] {
  const docs: RequiredDocument[] = [
    { id: 'financial_offer', label: 'Offre financière détaillée (HT, TVA, TTC, frais annexes)' },
    { id: 'artistic_presentation', label: 'Présentation artistique (note d’intention, photos, vidéos)' },
    { id: 'technical_rider', label: 'Fiche technique du spectacle' },
    {
      id: 'insurance',
      label: 'Attestation d’assurance responsabilité civile professionnelle en cours de validité',
    },
    { id: 'company_registration', label: 'Avis de situation SIRENE ou extrait Kbis de moins de 3 mois' },
    {
      id: 'sworn_statement',
      label: 'Déclaration sur l’honneur de non-interdiction de soumissionner',
      legalBasis: 'CCP L2141-1 à L2141-5, R2143-3',
    },
    { id: 'programme', label: 'Programme : liste des œuvres interprétées (déclarations SACEM / SACD)' },
  ];
  if (brief.contractType === 'cession') {
    docs.push({
      id: 'licence_receipt',
      label: 'Récépissé de déclaration d’entrepreneur de spectacles (PLATESV), à reporter sur le contrat',
      legalBasis: 'Code du travail L7122-3',
    });
  } else {
    docs.push({
      id: 'artists_list',
      label: 'Liste des artistes et techniciens à engager (déclaration GUSO)',
    });
  }
  const budget = brief.budgetCeilingExclVatCents;
  // Unknown budget: ask anyway, the certificate becomes mandatory as soon as the offer reaches the threshold.
  if (vigilanceThresholdCents !== null && (budget === undefined || budget >= vigilanceThresholdCents)) {
    docs.push({
      id: 'vigilance_certificate',
      label: `Attestation de vigilance URSSAF de moins de 6 mois (marché ≥ ${formatEuros(vigilanceThresholdCents).fr} HT)`,
      legalBasis: 'Code du travail L8222-1, D8222-5',
    });
  }
  return docs;
}

export function sectionsOf(
  brief: EventBrief,
  criteria: readonly SelectionCriterion[],
  documents: readonly RequiredDocument[],
): CdcSection[] {
  const p = brief.place;
  const t = brief.technical;
  const a = brief.audience;
  return [
    {
      id: 'object',
      heading: '1. Objet du marché',
      items: [
        brief.need.trim(),
        `Formes attendues : ${brief.formats.map((f) => FORMAT_LABELS[f]).join(', ')}.`,
      ],
    },
    {
      id: 'place',
      heading: '2. Lieu',
      items: [
        `${p.name}, ${p.address}${p.outdoor ? ' (en extérieur)' : ' (en intérieur)'}.`,
        ...(p.surfaceSquareMetres ? [`Surface disponible : ${p.surfaceSquareMetres} m².`] : []),
        `Accessibilité PMR : ${p.accessibleReducedMobility ? 'oui' : 'non'}. Alimentation électrique sur place : ${p.powerAvailable ? 'oui' : 'non'}.`,
      ],
    },
    {
      id: 'dates',
      heading: '3. Dates et horaires',
      items: brief.performances.map((d) => `${d.date}, de ${d.start} à ${d.end}.`),
    },
    {
      id: 'audience',
      heading: '4. Public',
      items: [
        `Jauge attendue : ${a.expectedSize} personnes ; public ${AUDIENCE[a.target]} ; ${a.free ? 'gratuit' : 'payant'}.`,
      ],
    },
    {
      id: 'technical',
      heading: '5. Contraintes techniques',
      items: [
        `Autonomie son exigée : ${t.soundAutonomyRequired ? 'oui' : 'non'}.`,
        ...(t.powerKva ? [`Puissance électrique disponible : ${t.powerKva} kVA.`] : []),
        `Intempéries : ${BAD_WEATHER[t.badWeather]}.`,
        ...(t.curfew ? [`Fin de toute émission sonore à ${t.curfew}.`] : []),
        ...(t.other ?? []),
      ],
    },
    ...(brief.budgetCeilingExclVatCents
      ? [
          {
            id: 'budget',
            heading: '6. Budget',
            items: [
              `Enveloppe maximale : ${formatEuros(brief.budgetCeilingExclVatCents).fr} HT, tous frais compris.`,
            ],
          },
        ]
      : []),
    {
      id: 'criteria',
      heading: 'Critères de choix des offres',
      items: criteria.map((c) => `${c.label} : ${c.weightPercent} %`),
    },
    {
      id: 'documents',
      heading: 'Pièces à fournir',
      items: documents.map((d) => (d.legalBasis ? `${d.label} (${d.legalBasis})` : d.label)),
    },
    {
      id: 'response',
      heading: 'Modalités de réponse',
      items: [
        `Offres à remettre au plus tard le ${brief.responseDeadline}.`,
        `Contrat proposé : contrat de ${brief.contractType}.`,
      ],
    },
  ];
}
