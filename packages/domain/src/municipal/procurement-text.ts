import type { AppliedRule, Procedure, ProcedureInput, PublicityRequirement } from './procurement.ts';
import { type Bilingual, formatEuros } from './text.ts';

export const PROCEDURE_LABELS: Readonly<Record<Procedure, Bilingual>> = {
  no_publicity: {
    fr: 'Marché sans publicité ni mise en concurrence',
    en: 'Contract without publicity or competition',
  },
  mapa_adapted_publicity: {
    fr: 'Procédure adaptée (MAPA) avec publicité adaptée au montant',
    en: 'Adapted procedure (MAPA) with publicity suited to the amount',
  },
  mapa_boamp_or_jal: {
    fr: 'Procédure adaptée (MAPA) avec avis au BOAMP ou dans un journal d’annonces légales',
    en: 'Adapted procedure (MAPA) with a notice in the BOAMP or a legal-notices journal',
  },
  formalised: { fr: 'Procédure formalisée (seuils européens)', en: 'Formalised procedure (EU thresholds)' },
  negotiated_artistic_exception: {
    fr: 'Marché négocié sans publicité ni mise en concurrence (prestation artistique unique)',
    en: 'Negotiated contract without publicity or competition (unique artistic performance)',
  },
};

export const PUBLICITY: Readonly<Record<Procedure, PublicityRequirement>> = {
  no_publicity: {
    required: false,
    competitionRequired: false,
    channels: [],
    description: {
      fr: 'Aucune publicité requise ; choisir une offre pertinente, faire une bonne utilisation des deniers publics et ne pas contracter systématiquement avec le même opérateur.',
      en: 'No publicity required; choose a relevant offer, use public money well and do not always contract with the same operator.',
    },
  },
  mapa_adapted_publicity: {
    required: true,
    competitionRequired: true,
    channels: ['adapted_to_amount'],
    description: {
      fr: 'Publicité libre adaptée au montant et à l’objet (site de l’acheteur, profil d’acheteur, presse spécialisée…).',
      en: "Publicity chosen by the buyer, suited to the amount and subject (buyer's website, buyer profile, trade press…).",
    },
  },
  mapa_boamp_or_jal: {
    required: true,
    competitionRequired: true,
    channels: ['boamp_or_jal'],
    description: {
      fr: 'Avis d’appel public à la concurrence au BOAMP ou dans un journal habilité à recevoir des annonces légales (CCP R2131-12).',
      en: 'Contract notice in the BOAMP or a journal entitled to publish legal notices (CCP R2131-12).',
    },
  },
  formalised: {
    required: true,
    competitionRequired: true,
    channels: ['boamp', 'joue'],
    description: {
      fr: 'Avis de marché au BOAMP et au Journal officiel de l’Union européenne (CCP R2131-16).',
      en: 'Contract notice in the BOAMP and the Official Journal of the European Union (CCP R2131-16).',
    },
  },
  negotiated_artistic_exception: {
    required: false,
    competitionRequired: false,
    channels: [],
    description: {
      fr: 'Ni publicité ni mise en concurrence ; conserver au dossier la justification de l’unicité artistique.',
      en: 'No publicity or competition; keep the justification of artistic uniqueness on file.',
    },
  },
};

const RULE_NAMES: Readonly<Record<AppliedRule['id'], Bilingual>> = {
  no_publicity_supplies_services: { fr: 'seuil de dispense de publicité', en: 'no-publicity threshold' },
  no_publicity_works: {
    fr: 'seuil de dispense de publicité (travaux)',
    en: 'no-publicity threshold (works)',
  },
  mapa_boamp_or_jal: { fr: 'seuil de publicité BOAMP/JAL', en: 'BOAMP/legal-notice threshold' },
  formalised_local_authority_supplies_services: {
    fr: 'seuil des procédures formalisées (collectivités)',
    en: 'formalised procedure threshold (local authorities)',
  },
  formalised_central_government_supplies_services: {
    fr: 'seuil des procédures formalisées (État)',
    en: 'formalised procedure threshold (central government)',
  },
  formalised_works: {
    fr: 'seuil des procédures formalisées (travaux)',
    en: 'formalised procedure threshold (works)',
  },
  artistic_exception: { fr: 'exception artistique', en: 'artistic exception' },
};

function describeRule(rule: AppliedRule): Bilingual {
  const name = RULE_NAMES[rule.id];
  const until = rule.validTo ?? null;
  const amount = rule.thresholdCents === null ? null : formatEuros(rule.thresholdCents);
  return {
    fr: `${name.fr}${amount ? ` ${amount.fr} HT` : ''} (${rule.source}, en vigueur depuis le ${rule.validFrom}${until ? ` jusqu’au ${until}` : ''})`,
    en: `${name.en}${amount ? ` ${amount.en} excl. VAT` : ''} (${rule.source}, in force from ${rule.validFrom}${until ? ` to ${until}` : ''})`,
  };
}

export function procedureExplanation(args: {
  readonly estimatedAmountExclVatCents: number;
  readonly purchaseDate: string;
  readonly artisticException?: ProcedureInput['artisticException'];
  readonly procedure: Procedure;
  readonly compared: number;
  readonly rules: readonly AppliedRule[];
}): Bilingual {
  const amount = formatEuros(args.estimatedAmountExclVatCents);
  const total = formatEuros(args.compared);
  const rules = args.rules.map(describeRule);
  const label = PROCEDURE_LABELS[args.procedure];
  const thresholds = args.rules.flatMap((r) => (r.thresholdCents === null ? [] : [r.thresholdCents]));
  const reached = thresholds.filter((t) => args.compared >= t).sort((a, b) => b - a)[0];
  const below = thresholds.filter((t) => args.compared < t).sort((a, b) => a - b)[0];
  const position = {
    fr: [
      reached === undefined ? null : `au moins ${formatEuros(reached).fr}`,
      below === undefined ? null : `sous ${formatEuros(below).fr}`,
    ]
      .filter((x) => x !== null)
      .join(' et '),
    en: [
      reached === undefined ? null : `at least ${formatEuros(reached).en}`,
      below === undefined ? null : `below ${formatEuros(below).en}`,
    ]
      .filter((x) => x !== null)
      .join(' and '),
  };
  const why =
    args.procedure === 'negotiated_artistic_exception'
      ? {
          fr: ` Justification : « ${args.artisticException?.justification.trim() ?? ''} ».`,
          en: ` Justification: "${args.artisticException?.justification.trim() ?? ''}".`,
        }
      : { fr: '', en: '' };
  return {
    fr: `Achat de ${amount.fr} HT le ${args.purchaseDate}, cumul annuel des besoins homogènes ${total.fr} HT. Règles appliquées : ${rules.map((r) => r.fr).join(' ; ')}. ${position.fr ? `Le cumul est ${position.fr}. ` : ''}Procédure : ${label.fr}.${why.fr}`,
    en: `Purchase of ${amount.en} excl. VAT on ${args.purchaseDate}, yearly total of homogeneous needs ${total.en} excl. VAT. Rules applied: ${rules.map((r) => r.en).join('; ')}. ${position.en ? `The total is ${position.en}. ` : ''}Procedure: ${label.en}.${why.en}`,
  };
}
